"""The design's sizes, each named once: the type scale on screen and on paper, the spacing and the
corners' radius. The colours are the palettes' (coach.ui.widgets.palettes).

On screen every size is a multiple of the user's text size (the system's, times the text size
setting), applied with `theme.rescale`, so headings grow with the text. A widget picks a step of
the scale by name; a test fails on a number written in its place.
"""

# The type scale on screen, in multiples of the body text.
BODY = 1.0  # a heading in the body's size (bold): a topic within a page
SECTION = 1.1  # a card's or a section's title
LEAD = 1.25  # the sentence a screen is about: the player's instruction, a routine's name
LARGE = 1.4  # read from a step back: the player's question and its last page's facts
TITLE = 1.6  # a page's or a window's title
DISPLAY = 2.0  # the one thing on a screen: the end of a routine, the week's pain bars

# Spacing between and around controls, in pixels (at 100 %; Qt scales them on high-DPI screens).
SPACE_HAIR = 2  # between the pages' buttons, which are a column of their own
SPACE_TIGHT = 4  # between the buttons of one choice (the 0-10 ratings), and small gaps
SPACE_SMALL = 6  # around a column of buttons
SPACE = 8  # between the parts of a card or a step
SPACE_LARGE = 16  # between the blocks of a calm screen (the end of a routine)
SPACE_WIDE = 24  # between a caption and its value on a calm screen; a calm screen's edge
SPACE_EDGE = 32  # a calm screen's sides

# Corners (the high-contrast theme's outlines).
RADIUS = 4  # buttons, boxes and cards
RADIUS_FIELD = 2  # text fields

# On paper (the clinician report and the handout), in points.
PRINT_TITLE_PT = 17.0
PRINT_HEADING_PT = 13.0
PRINT_SUBHEADING_PT = 10.5
PRINT_BODY_PT = 10.0
PRINT_TABLE_PT = 9.0  # tables, and the charts' axes and legends
PRINT_SMALL_PT = 8.5  # headers, footers, column names: never under 8 pt on paper
