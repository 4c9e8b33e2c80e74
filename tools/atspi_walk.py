#!/usr/bin/python3
r"""Walk Coach's AT-SPI accessibility tree: what a Linux screen reader such as Orca is given.

Coach's accessibility tests run in-process through QAccessible. This tool looks at the other end:
the tree that Qt exports over the AT-SPI D-Bus bus, read as Orca reads it. It prints every node
(role, name, description, labelled-by relation, states) and a summary per window: how many
nodes, how many interactive controls are showing and enabled, which interactive controls have
an empty name (Orca would read those as just "button", "check box", ...) or a name with no letter
or digit, and which focusable containers have no name. With --focus-events it listens instead,
and prints the focus changes, announcements, name and text changes Orca would hear while
xdotool presses keys.

It needs the system Python with pyatspi (Debian: python3-pyatspi), not the project's venv, and
a session with an AT-SPI bus in which Coach runs with accessibility on. One way, headless:

    apt-get install -y python3-pyatspi dbus-x11 xvfb openbox xdotool
    export DISPLAY=:91
    Xvfb :91 -screen 0 1280x800x24 -nolisten tcp &
    eval "$(dbus-launch --sh-syntax)"
    /usr/libexec/at-spi-bus-launcher --launch-immediately &  # starts at-spi2-registryd itself
    openbox &
    QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
        COACH_HOME=/tmp/atspi-home .venv/bin/python -m coach &
    # in German: add LANGUAGE=de LANG=de_DE.UTF-8 (the language setting "system" follows them)

Then, in the same environment (DISPLAY and DBUS_SESSION_BUS_ADDRESS):

    /usr/bin/python3 tools/atspi_walk.py                   # every window of the app
    /usr/bin/python3 tools/atspi_walk.py --window Welcome  # windows whose name has "Welcome"
    /usr/bin/python3 tools/atspi_walk.py --page Exercises --showing   # go to a page, then walk
    /usr/bin/python3 tools/atspi_walk.py --summary         # the counts only
    /usr/bin/python3 tools/atspi_walk.py --focus-events 10 --keys Tab Tab Tab

--page goes there as a screen reader's user does: it presses the page's button in the column of
pages through AT-SPI (its Press action), and checks that the button is then the checked one.

Exit status: 0 when no showing, enabled interactive control is unnamed, 1 when some are, 2 when
the application is not on the AT-SPI desktop or the page is not found.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyatspi

# An AT-SPI accessible object (pyatspi has no type information).
Accessible = Any

# Roles a user operates directly: each must have a name a screen reader can speak.
INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_DATE_EDITOR,
    pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_TREE_ITEM,
}
# Of these, the ones Orca can also name from a "labelled by" relation (a QLabel buddy).
LABELLABLE_ROLES = {
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_DATE_EDITOR,
}
STATE_FLAGS = (
    (pyatspi.STATE_FOCUSABLE, "focusable"),
    (pyatspi.STATE_FOCUSED, "FOCUSED"),
    (pyatspi.STATE_SHOWING, "showing"),
    (pyatspi.STATE_ENABLED, "enabled"),
    (pyatspi.STATE_CHECKED, "checked"),
    (pyatspi.STATE_SELECTED, "selected"),
    (pyatspi.STATE_EDITABLE, "editable"),
    (pyatspi.STATE_READ_ONLY, "read-only"),
)


@dataclass
class Node:
    depth: int
    role: str
    name: str
    description: str
    states: list[str]
    labelled_by: list[str]
    path: str
    interactive: bool
    value: str = ""
    # False when an ancestor is not showing: Qt marks the rows of an item view "showing" even
    # when the view is on a page that is hidden, so "showing" alone over-counts.
    ancestors_showing: bool = True

    @property
    def live(self) -> bool:
        return "showing" in self.states and "enabled" in self.states and self.ancestors_showing

    @property
    def spoken_name(self) -> str:
        """The name Orca would speak: the accessible name, else the labelling widget's name."""
        return self.name.strip() or " ".join(n for n in self.labelled_by if n.strip())


@dataclass
class Walk:
    nodes: list[Node] = field(default_factory=list)

    def interactive(self, live_only: bool = True) -> list[Node]:
        return [n for n in self.nodes if n.interactive and (n.live or not live_only)]

    def unnamed(self, live_only: bool = True) -> list[Node]:
        return [n for n in self.interactive(live_only) if not n.spoken_name]

    def unnamed_focusable(self) -> list[Node]:
        """Showing, enabled, focusable containers (list, table, scroll area...) with no name."""
        return [
            n
            for n in self.nodes
            if not n.interactive and n.live and "focusable" in n.states and not n.spoken_name
        ]

    def odd_names(self, live_only: bool = True) -> list[Node]:
        """Named, but with no letter or digit: '+', '…', '<' and the like."""
        return [
            n
            for n in self.interactive(live_only)
            if n.spoken_name and not any(ch.isalnum() for ch in n.spoken_name)
        ]


def find_app(name: str, timeout: float = 10.0) -> Accessible | None:
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and name.lower() in (app.name or "").lower():
                return app
        if time.monotonic() > deadline:
            return None
        time.sleep(0.5)


def states_of(acc: Accessible) -> list[str]:
    state_set = acc.getState()
    labels = [label for state, label in STATE_FLAGS if state_set.contains(state)]
    if "editable" not in labels and "read-only" in labels:
        labels.remove("read-only")  # Qt marks every label read-only: only say it of fields
    return labels


def labelled_by(acc: Accessible) -> list[str]:
    names = []
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    names.append(relation.getTarget(i).name or "")
    except Exception:  # a relation set can fail on a node that just went away
        pass
    return names


def value_of(acc: Accessible) -> str:
    try:
        return f"{acc.queryValue().currentValue:g}"
    except NotImplementedError:
        return ""
    except Exception:
        return ""


def walk(root: Accessible, showing_only: bool = False, max_depth: int = 60) -> Walk:
    result = Walk()

    def visit(acc: Accessible, depth: int, path: str, ancestors_showing: bool) -> None:
        if acc is None:
            return
        try:
            role = acc.getRole()
            states = states_of(acc)
        except Exception:
            return
        if showing_only and depth > 0 and "showing" not in states:
            return
        node = Node(
            depth=depth,
            role=acc.getRoleName(),
            name=acc.name or "",
            description=acc.description or "",
            states=states,
            labelled_by=labelled_by(acc) if role in LABELLABLE_ROLES else [],
            path=path,
            interactive=role in INTERACTIVE_ROLES,
            value=value_of(acc) if role in (pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER) else "",
            ancestors_showing=ancestors_showing,
        )
        # A table cell or text is "interactive" only when one can act on it.
        if role in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TEXT) and "focusable" not in states:
            node.interactive = False
        result.nodes.append(node)
        if depth >= max_depth:
            return
        for index in range(acc.childCount):
            try:
                child = acc.getChildAtIndex(index)
            except Exception:
                continue
            visit(child, depth + 1, f"{path}/{index}", ancestors_showing and "showing" in states)

    visit(root, 0, "", True)
    return result


def describe(node: Node) -> str:
    text = f"{'  ' * node.depth}[{node.role}] {node.name!r}"
    if node.value:
        text += f" value={node.value}"
    if node.description:
        text += f" desc={node.description!r}"
    if node.labelled_by:
        text += f" labelled-by={node.labelled_by!r}"
    text += f" ({', '.join(node.states) or '-'})"
    if "showing" in node.states and not node.ancestors_showing:
        text += " [inside a hidden parent]"
    if node.interactive and not node.spoken_name:
        text += "  <-- EMPTY NAME"
    elif node.interactive and not any(ch.isalnum() for ch in node.spoken_name):
        text += "  <-- NAME HAS NO LETTER"
    return text


def windows(app: Accessible, pattern: str | None) -> Iterator[Accessible]:
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is None:
            continue
        if pattern is None or pattern.lower() in (window.name or "").lower():
            yield window


def find_descendant(
    root: Accessible, predicate: Callable[[Accessible], bool], max_depth: int = 60
) -> Accessible | None:
    if predicate(root):
        return root
    if max_depth <= 0:
        return None
    for index in range(root.childCount):
        child = root.getChildAtIndex(index)
        if child is None:
            continue
        found = find_descendant(child, predicate, max_depth - 1)
        if found is not None:
            return found
    return None


PAGE_BUTTON_ROLES = {
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
}


def page_buttons(window: Accessible) -> list[Accessible]:
    """The buttons of the main window's column of pages: the first container whose children are
    all buttons, at least five of them."""

    def is_column(acc: Accessible) -> bool:
        try:
            children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
            return len(children) >= 5 and all(
                child is not None and child.getRole() in PAGE_BUTTON_ROLES for child in children
            )
        except Exception:  # a node that just went away
            return False

    column = find_descendant(window, is_column)
    if column is None:
        return []
    return [column.getChildAtIndex(i) for i in range(column.childCount)]


def select_page(app: Accessible, page: str) -> bool:
    """Go to `page` (a part of its name, in the app's language) as a screen reader's user does:
    press its button in the main window's column of pages (the button's Press action)."""
    buttons: list[Accessible] = []
    for window in windows(app, None):
        buttons = page_buttons(window)
        if buttons:
            break
    if not buttons:
        print("no column of pages found", file=sys.stderr)
        return False
    names = [button.name for button in buttons]
    matches = [i for i, name in enumerate(names) if page.lower() in (name or "").lower()]
    if not matches:
        print(f"no page {page!r} in {names}", file=sys.stderr)
        return False
    button = buttons[matches[0]]
    action = button.queryAction()
    actions = [action.getName(i) for i in range(action.nActions)]
    action.doAction(actions.index("Press") if "Press" in actions else 0)
    time.sleep(1.0)
    if not button.getState().contains(pyatspi.STATE_CHECKED):
        print(f"pressing {names[matches[0]]!r} did not show its page", file=sys.stderr)
        return False
    return True


FOCUS_EVENTS = ("object:state-changed:focused", "focus:")
# Events Orca also listens to, through which an app can make it speak without moving focus. Qt
# sends an event over AT-SPI only while some client listens to it, so listen to hear them.
SPEECH_EVENTS = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed",
    "window:activate",
)


def listen_focus(
    seconds: float, keys: list[str], key_delay: float, extra: tuple[str, ...] = SPEECH_EVENTS
) -> list[str]:
    """Record focus events, and `extra` events, while xdotool presses `keys`."""
    heard: list[str] = []

    def on_event(event: Any) -> None:
        if event.type.startswith("object:state-changed:focused") and not event.detail1:
            return  # focus lost: a screen reader says nothing
        source = event.source
        try:
            app_name = source.getApplication().name
        except Exception:
            app_name = "?"
        try:
            spoken = source.name or " ".join(labelled_by(source)) or ""
            line = f"{event.type:<34} [{source.getRoleName()}] {spoken!r}"
            if source.description:
                line += f" desc={source.description!r}"
        except Exception as error:
            line = f"{event.type} <unreadable: {error}>"
        if not event.type.startswith(("focus:", "object:state-changed")) and event.any_data:
            line += f" data={str(event.any_data)[:160]!r}"
        heard.append(f"{line}   ({app_name})")
        print(heard[-1], flush=True)

    event_types = FOCUS_EVENTS + tuple(extra)
    pyatspi.Registry.registerEventListener(on_event, *event_types)

    def press() -> None:
        time.sleep(1.0)
        for key in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
            print(f"--- pressed {key}", flush=True)
            time.sleep(key_delay)

    threading.Thread(target=press, daemon=True).start()
    threading.Timer(seconds, pyatspi.Registry.stop).start()
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(on_event, *event_types)
    return heard


def report(title: str, result: Walk, print_tree: bool) -> None:
    print(f"=== {title}")
    if print_tree:
        for node in result.nodes:
            print(describe(node))
    live = result.interactive()
    unnamed = result.unnamed()
    odd = result.odd_names()
    containers = result.unnamed_focusable()
    print(
        f"--- nodes: {len(result.nodes)}; interactive: {len(result.interactive(False))}"
        f" (showing+enabled: {len(live)}); unnamed showing+enabled: {len(unnamed)}"
        f"; unnamed anywhere: {len(result.unnamed(False))}; names without a letter: {len(odd)}"
        f"; unnamed focusable containers: {len(containers)}"
    )
    for node in unnamed:
        print(f"    UNNAMED {node.role} at {node.path} {describe(node).strip()}")
    for node in containers:
        print(f"    UNNAMED FOCUSABLE {node.role} at {node.path} {describe(node).strip()}")
    for node in odd:
        print(f"    ODD NAME {node.role} at {node.path} {describe(node).strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--app", default="coach", help="part of the application's name (default: coach)"
    )
    parser.add_argument("--window", help="walk only top-level windows whose name contains this")
    parser.add_argument("--page", help="first go to this page (press its button in the column)")
    parser.add_argument("--showing", action="store_true", help="skip nodes that are not showing")
    parser.add_argument(
        "--summary", action="store_true", help="print the summary only, not the tree"
    )
    parser.add_argument(
        "--focus-events",
        type=float,
        metavar="SECONDS",
        help="listen for focus events this long instead of walking",
    )
    parser.add_argument(
        "--keys",
        nargs="*",
        default=["Tab"] * 5,
        help="xdotool key names to press while listening (default: Tab x5)",
    )
    parser.add_argument("--key-delay", type=float, default=0.7)
    parser.add_argument(
        "--focus-only",
        action="store_true",
        help="with --focus-events: leave out announcements, name and text changes",
    )
    args = parser.parse_args(argv)

    app = find_app(args.app)
    if app is None:
        desktop = pyatspi.Registry.getDesktop(0)
        print(
            f"no application like {args.app!r} on the AT-SPI desktop; there are:"
            f" {[a.name for a in desktop if a is not None]}",
            file=sys.stderr,
        )
        return 2
    if args.focus_events:
        extra = () if args.focus_only else SPEECH_EVENTS
        heard = listen_focus(args.focus_events, args.keys, args.key_delay, extra)
        print(f"--- {len(heard)} events")
        return 0
    if args.page and not select_page(app, args.page):
        return 2
    total = Walk()
    for window in windows(app, args.window):
        result = walk(window, showing_only=args.showing)
        report(f"window [{window.getRoleName()}] {window.name!r}", result, not args.summary)
        total.nodes.extend(result.nodes)
    if args.window is None:
        print(
            f"=== all windows: nodes {len(total.nodes)}, interactive showing+enabled"
            f" {len(total.interactive())}, unnamed {len(total.unnamed())}"
        )
    return 1 if total.unnamed() else 0


if __name__ == "__main__":
    sys.exit(main())
