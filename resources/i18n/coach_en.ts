<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExercisesPage</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/exercises.py" line="+246"/>
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
        <location filename="../../coach/ui/text/labels.py" line="+166"/>
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
        <location filename="../../coach/ui/player/pain_page.py" line="+30"/>
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
        <location filename="../../coach/ui/player/window.py" line="+447"/>
        <source>{done} of %n exercise(s) completed in {time}.</source>
        <translation>
            <numerusform>{done} of %n exercise completed in {time}.</numerusform>
            <numerusform>{done} of %n exercises completed in {time}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/progress.py" line="+283"/>
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
        <location line="+57"/>
        <source>Streak: %n day(s) in a row with your routines done.</source>
        <translation>
            <numerusform>Streak: %n day in a row with your routines done.</numerusform>
            <numerusform>Streak: %n days in a row with your routines done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/routines.py" line="+464"/>
        <source>{name}
{time} · %n exercise(s) · {kind}</source>
        <translation>
            <numerusform>{name}
{time} · %n exercise · {kind}</numerusform>
            <numerusform>{name}
{time} · %n exercises · {kind}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../coach/ui/pages/today/page.py" line="+271"/>
        <source>Pain %n out of 10</source>
        <translation>
            <numerusform>Pain %n out of 10</numerusform>
            <numerusform>Pain %n out of 10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+230"/>
        <source>{time}  {routine}: {status}, %n exercise(s) done, {m}:{s:02d}</source>
        <translation>
            <numerusform>{time}  {routine}: {status}, %n exercise done, {m}:{s:02d}</numerusform>
            <numerusform>{time}  {routine}: {status}, %n exercises done, {m}:{s:02d}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>&amp;New symptoms? (%n chosen)</source>
        <translation>
            <numerusform>&amp;New symptoms? (%n chosen)</numerusform>
            <numerusform>&amp;New symptoms? (%n chosen)</numerusform>
        </translation>
    </message>
</context>
</TS>
