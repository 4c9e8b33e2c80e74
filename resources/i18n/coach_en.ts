<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExercisesPage</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/exercises.py" line="+250"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../coach/ui/text/labels.py" line="+203"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message numerus="yes">
        <location filename="../../coach/ui/player/pain_page.py" line="+31"/>
        <source>Pain %n out of 10</source>
        <translation>
            <numerusform>Pain %n out of 10</numerusform>
            <numerusform>Pain %n out of 10</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <location filename="../../coach/ui/plans/view.py" line="+177"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message numerus="yes">
        <location filename="../../coach/ui/player/window.py" line="+475"/>
        <source>{done} of %n exercise(s) completed, {duration}.</source>
        <translation>
            <numerusform>{done} of %n exercise completed, {duration}.</numerusform>
            <numerusform>{done} of %n exercises completed, {duration}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n day(s) in a row with your routines done</source>
        <translation>
            <numerusform>%n day in a row with your routines done</numerusform>
            <numerusform>%n days in a row with your routines done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/progress.py" line="+582"/>
        <source>over %n day(s);</source>
        <translation>
            <numerusform>over %n day;</numerusform>
            <numerusform>over %n days;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Minutes per day: exercise on %n day(s), </source>
        <translation>
            <numerusform>Minutes per day: exercise on %n day, </numerusform>
            <numerusform>Minutes per day: exercise on %n days, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>heat on %n day(s), </source>
        <translation>
            <numerusform>heat on %n day, </numerusform>
            <numerusform>heat on %n days, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Routines done of those planned: {last:.0f} % in the latest week, {mean:.0f} % on average over %n week(s).</source>
        <translation>
            <numerusform>Routines done of those planned: {last:.0f} % in the latest week, {mean:.0f} % on average over %n week.</numerusform>
            <numerusform>Routines done of those planned: {last:.0f} % in the latest week, {mean:.0f} % on average over %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Reminders: %n shown in the latest week:</source>
        <translation>
            <numerusform>Reminders: %n shown in the latest week:</numerusform>
            <numerusform>Reminders: %n shown in the latest week:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Streak: %n day(s) in a row with your routines done.</source>
        <translation>
            <numerusform>Streak: %n day in a row with your routines done.</numerusform>
            <numerusform>Streak: %n days in a row with your routines done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+144"/>
        <source>%n reminder(s) shown</source>
        <translation>
            <numerusform>%n reminder shown</numerusform>
            <numerusform>%n reminders shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/settings/reminders.py" line="+362"/>
        <source>Quiet hours hold back %n reminder(s), which will not come: {list}. Move the time, or the quiet hours.</source>
        <translation>
            <numerusform>Quiet hours hold back %n reminder, which will not come: {list}. Move the time, or the quiet hours.</numerusform>
            <numerusform>Quiet hours hold back %n reminders, which will not come: {list}. Move the time, or the quiet hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/routine_cards.py" line="+376"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/routine_steps.py" line="+124"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/today/page.py" line="+313"/>
        <source>%n routine(s) done</source>
        <translation>
            <numerusform>%n routine done</numerusform>
            <numerusform>%n routines done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Pain %n out of 10</source>
        <translation>
            <numerusform>Pain %n out of 10</numerusform>
            <numerusform>Pain %n out of 10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+286"/>
        <source>{time}  {routine}: {status}, %n exercise(s) done, {duration}</source>
        <translation>
            <numerusform>{time}  {routine}: {status}, %n exercise done, {duration}</numerusform>
            <numerusform>{time}  {routine}: {status}, %n exercises done, {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>&amp;New symptoms? (%n chosen)</source>
        <translation>
            <numerusform>&amp;New symptoms? (%n chosen)</numerusform>
            <numerusform>&amp;New symptoms? (%n chosen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekLine</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/today/week_line.py" line="+74"/>
        <source>%n day(s) in a row with your routines done</source>
        <translation>
            <numerusform>%n day in a row with your routines done</numerusform>
            <numerusform>%n days in a row with your routines done</numerusform>
        </translation>
    </message>
</context>
</TS>
