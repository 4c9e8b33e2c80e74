<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Advice</name>
    <message>
        <location filename="../../coach/ui/text/advice.py" line="+116"/>
        <source>Has this pain been checked by a doctor or physiotherapist?</source>
        <translation>Wurden diese Schmerzen schon von einer Ärztin, einem Arzt oder in der Physiotherapie untersucht?</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This is not a diagnosis: these signs can have many causes, and a clinician can tell which. Coach&apos;s reminders and records stay available meanwhile.</source>
        <translation>Das ist keine Diagnose: Diese Zeichen können viele Ursachen haben, und eine Ärztin oder ein Arzt kann klären, welche. Die Erinnerungen und Aufzeichnungen von Coach bleiben so lange verfügbar.</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Chest pain</source>
        <translation>Schmerzen in der Brust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbness around the genitals or buttocks, trouble peeing, or loss of bladder or bowel control</source>
        <translation>Taubheit an Genitalien oder Gesäß, Probleme beim Wasserlassen, Kontrollverlust über Blase oder Darm</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Weakness in an arm or leg, or trouble walking</source>
        <translation>Schwäche in einem Arm oder Bein oder Probleme beim Gehen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The pain started after a serious accident or fall</source>
        <translation>Die Schmerzen begannen nach einem schweren Unfall oder Sturz</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Weakness or numbness in both legs</source>
        <translation>Schwäche oder Taubheit in beiden Beinen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sudden, severe headache unlike any you have had before</source>
        <translation>Plötzliche, starke Kopfschmerzen, wie Sie sie noch nie hatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dizziness, sudden falls, double vision, or trouble speaking or swallowing</source>
        <translation>Schwindel, plötzliche Stürze, Doppeltsehen oder Probleme beim Sprechen oder Schlucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbness in your face</source>
        <translation>Taubheit im Gesicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling sick (nausea), especially when you move your neck</source>
        <translation>Übelkeit, besonders wenn Sie den Nacken bewegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fever and a stiff neck, with a headache or eyes that hurt in bright light</source>
        <translation>Fieber und ein steifer Nacken, mit Kopfschmerzen oder Augen, die bei hellem Licht schmerzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rash that does not fade when you press a glass on it</source>
        <translation>Ein Ausschlag, der nicht verblasst, wenn Sie ein Glas darauf drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A high fever as well as the back or neck pain</source>
        <translation>Hohes Fieber zusätzlich zu den Rücken- oder Nackenschmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New weakness in one arm or hand</source>
        <translation>Neue Schwäche in einem Arm oder einer Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clumsy hands: dropping things, or trouble with buttons or handwriting</source>
        <translation>Ungeschickte Hände: Dinge fallen Ihnen aus der Hand, oder Knöpfe und Schreiben fallen schwer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walking has become unsteady, or you lose your balance</source>
        <translation>Ihr Gang ist unsicher geworden, oder Sie verlieren das Gleichgewicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pins and needles, numbness or weakness in both arms</source>
        <translation>Kribbeln, Taubheit oder Schwäche in beiden Armen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An electric-shock feeling down your back, arms or legs when you bend your neck</source>
        <translation>Ein Gefühl wie ein elektrischer Schlag in Rücken, Armen oder Beinen, wenn Sie den Kopf nach vorn beugen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new change in how your bladder or bowels work, such as having to go suddenly</source>
        <translation>Eine neue Veränderung beim Wasserlassen oder Stuhlgang, etwa plötzlicher Drang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight loss you cannot explain</source>
        <translation>Gewichtsverlust, den Sie sich nicht erklären können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancer now or in the past, TB, HIV, a weakened immune system or inflammatory arthritis</source>
        <translation>Krebs (jetzt oder früher), Tuberkulose, HIV, geschwächtes Immunsystem oder entzündliche Arthritis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Osteoporosis (thin bones)</source>
        <translation>Osteoporose (Knochenschwund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An operation on your neck in the past</source>
        <translation>Eine frühere Operation am Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bad neck or back injury in the past (with osteoporosis, even a small fall)</source>
        <translation>Eine frühere schwere Verletzung an Nacken oder Rücken (bei Osteoporose auch ein leichter Sturz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking steroid tablets (such as prednisolone) for a long time</source>
        <translation>Kortison-Tabletten (etwa Prednisolon) über lange Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injecting drugs, now or in the past</source>
        <translation>Spritzen von Drogen, jetzt oder früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down syndrome</source>
        <translation>Down-Syndrom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain that is constant, worse at night or wakes you up</source>
        <translation>Schmerzen, die ständig da sind, nachts schlimmer werden oder Sie aufwecken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain that gets worse when you cough or sneeze</source>
        <translation>Schmerzen, die beim Husten oder Niesen schlimmer werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swelling, or a change in the shape of your back</source>
        <translation>Eine Schwellung oder eine Veränderung der Form Ihres Rückens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pins and needles, or an arm that feels cold</source>
        <translation>Kribbeln oder ein Arm, der sich kalt anfühlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain spreading down one or both arms</source>
        <translation>Schmerzen, die in einen oder beide Arme ausstrahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pain began when you were under 20 or over 55</source>
        <translation>Die Schmerzen begannen, als Sie jünger als 20 oder älter als 55 waren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pain has not improved after a few weeks of looking after it</source>
        <translation>Die Schmerzen sind nach einigen Wochen Selbstbehandlung nicht besser geworden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pain has not been checked by a doctor or physiotherapist</source>
        <translation>Die Schmerzen wurden noch nicht ärztlich oder physiotherapeutisch untersucht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Head, face, eyes and speech</source>
        <translation>Kopf, Gesicht, Augen und Sprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest, legs, bladder and bowel</source>
        <translation>Brust, Beine, Blase und Darm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arms, hands and walking</source>
        <translation>Arme, Hände und Gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injury</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the pain behaves</source>
        <translation>Wie sich die Schmerzen verhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your health history</source>
        <translation>Ihre Vorgeschichte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pain spreading to the chest, or chest pain</source>
        <translation>Schmerzen, die in die Brust ausstrahlen, oder Schmerzen in der Brust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness in an arm or hand</source>
        <translation>Schwäche in einem Arm oder einer Hand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>emergency: call an emergency number now</source>
        <translation>Notfall: jetzt den Notruf anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same day: contact your doctor today</source>
        <translation>noch heute: heute an die Hausarztpraxis wenden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please call an emergency number now</source>
        <translation>Bitte rufen Sie jetzt den Notruf an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please contact your doctor today</source>
        <translation>Bitte wenden Sie sich heute an Ihre Hausarztpraxis</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This is worth checking straight away.</source>
        <translation>Das sollte sofort abgeklärt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is worth checking today.</source>
        <translation>Das sollte noch heute abgeklärt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is worth checking.</source>
        <translation>Das sollte abgeklärt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You told Coach about: {reasons}.</source>
        <translation>Sie haben Coach Folgendes angegeben: {reasons}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a diagnosis: these signs can have many causes, and a clinician can tell which. Coach keeps this on its Today page and holds exercise reminders until you tell it that a clinician has checked it; movement breaks, check-ins and your records stay available.</source>
        <translation>Das ist keine Diagnose: Diese Zeichen können viele Ursachen haben, und eine Ärztin oder ein Arzt kann klären, welche. Coach zeigt das auf der Seite „Heute“ und hält die Übungserinnerungen an, bis Sie angeben, dass es ärztlich abgeklärt ist; Bewegungspausen, Einträge und Ihre Aufzeichnungen bleiben verfügbar.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>first-run safety questions</source>
        <translation>Sicherheitsfragen beim ersten Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped a routine because it hurt</source>
        <translation>Programm wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Still open.</source>
        <translation>Noch offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared on {date} (a clinician checked it).</source>
        <translation>Erledigt am {date} (ärztlich abgeklärt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date}, {source}: {reasons}. {advice} {status}</source>
        <translation>{date}, {source}: {reasons}. {advice} {status}</translation>
    </message>
    <message>
        <location filename="../../coach/ui/text/situations.py" line="+32"/>
        <source>Call an emergency number now, or go to an emergency department, and do no exercise until you have been checked.</source>
        <translation>Rufen Sie jetzt den Notruf an oder gehen Sie in eine Notaufnahme, und machen Sie keine Übungen, bis Sie untersucht worden sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact your doctor today (when the practice is closed, an out-of-hours or urgent-care service), and do no exercise until they have checked it.</source>
        <translation>Wenden Sie sich heute an Ihre Hausarztpraxis (wenn sie geschlossen ist, an den ärztlichen Bereitschaftsdienst), und machen Sie keine Übungen, bis das ärztlich abgeklärt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See a doctor soon and tell them about it.</source>
        <translation>Gehen Sie bald zu einer Ärztin oder einem Arzt und erzählen Sie davon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have it assessed by a doctor or physiotherapist before you rely on self-care.</source>
        <translation>Lassen Sie das ärztlich oder physiotherapeutisch untersuchen, bevor Sie sich auf Selbstbehandlung verlassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call an emergency number now for chest pain, weakness or numbness in both legs or around the genitals or buttocks, loss of bladder or bowel control, a sudden severe headache, dizziness, double vision, trouble speaking or swallowing, or a fever with a stiff neck. Contact your doctor today for severe neck pain, new weakness in an arm or hand, clumsy hands, unsteady walking or a high temperature.</source>
        <translation>Rufen Sie sofort den Notruf an bei Schmerzen in der Brust, Schwäche oder Taubheit in beiden Beinen oder an Genitalien oder Gesäß, Kontrollverlust über Blase oder Darm, plötzlichen starken Kopfschmerzen, Schwindel, Doppeltsehen, Problemen beim Sprechen oder Schlucken oder Fieber mit steifem Nacken. Wenden Sie sich heute an Ihre Hausarztpraxis bei starken Nackenschmerzen, neuer Schwäche in einem Arm oder einer Hand, ungeschickten Händen, unsicherem Gang oder hohem Fieber.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exercise reminders are paused until you tell Coach that a clinician has checked what you told it (the note on the Today page). Movement breaks and check-ins go on.</source>
        <translation>Die Übungserinnerungen sind angehalten, bis Sie Coach mitteilen, dass Ihre Angaben ärztlich abgeklärt wurden (der Hinweis auf der Seite „Heute“). Bewegungspausen und Einträge gehen weiter.</translation>
    </message>
    <message>
        <location filename="../../coach/ui/text/advice.py" line="-153"/>
        <source>Weakness in a leg, or trouble walking</source>
        <translation>Schwäche in einem Bein oder Schwierigkeiten beim Gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New numbness</source>
        <translation>Neues Taubheitsgefühl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingling or pins and needles</source>
        <translation>Kribbeln oder Ameisenlaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain spreading down the arms</source>
        <translation>Schmerzen, die in die Arme ausstrahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe neck pain</source>
        <translation>Starke Nackenschmerzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>see a doctor soon</source>
        <translation>bald ärztlich abklären lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>have it assessed before relying on self-care</source>
        <translation>untersuchen lassen, bevor Sie sich auf Selbstbehandlung verlassen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Please see a doctor soon</source>
        <translation>Bitte lassen Sie das bald ärztlich abklären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worth having this pain checked first</source>
        <translation>Es lohnt sich, diese Schmerzen zuerst untersuchen zu lassen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Pain of {pain} out of 10 is more than exercise should cause: pain up to 3 is fine and 4 to 5 acceptable, above 5 is too much. Next time, reduce or change the exercise: shorter holds, fewer repetitions or one set less. (This follows a pain-monitoring model adapted from research on tendon pain.)</source>
        <translation>Schmerzen von {pain} von 10 sind mehr, als Übungen verursachen sollten: Schmerzen bis 3 sind in Ordnung, 4 bis 5 vertretbar, über 5 zu viel. Verringern oder verändern Sie die Übung beim nächsten Mal: kürzer halten, weniger Wiederholungen oder ein Satz weniger. (Das folgt einem Modell zur Schmerzbeobachtung, angepasst aus der Forschung zu Sehnenschmerzen.)</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Your pain has not been checked yet. Pain in the upper back, between the shoulders, is worth having assessed by a doctor or physiotherapist before you rely on self-care.</source>
        <translation>Ihre Schmerzen wurden noch nicht untersucht. Schmerzen im oberen Rücken, zwischen den Schultern, sollten Sie ärztlich oder physiotherapeutisch untersuchen lassen, bevor Sie sich auf Selbstbehandlung verlassen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../coach/ui/lifecycle/app.py" line="+83"/>
        <source>Coach repaired its database</source>
        <translation>Coach hat seine Datenbank repariert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}

Nothing was deleted: the damaged file is kept at
{path}
so it can be examined or sent for help.</source>
        <translation>{what}

Es wurde nichts gelöscht: Die beschädigte Datei wird unter
{path}
aufbewahrt, damit sie untersucht oder für Hilfe eingeschickt werden kann.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some settings were reset</source>
        <translation>Einige Einstellungen wurden zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings could not be read and now have their default values:

</source>
        <translation>Diese Einstellungen konnten nicht gelesen werden und haben jetzt ihre Standardwerte:

</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coach closed while a routine was running ({names}). The exercises you finished were kept and the routine is listed as partial.</source>
        <translation>Coach wurde während eines Programms beendet ({names}). Die Übungen, die Sie abgeschlossen hatten, sind gespeichert, und das Programm ist als teilweise erledigt vermerkt.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Coach cannot start</source>
        <translation>Coach kann nicht starten</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Coach has no routine with the id &quot;{id}&quot;. To see the ids, run: coach start --list</source>
        <translation>Coach hat kein Programm mit der Kennung „{id}“. Die Kennungen zeigt der Befehl: coach start --list</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Coach cannot use its channel for later starts ({path}): it is held by another account or open to others. Opening a plan from the desktop or starting a routine from a shortcut will not reach this window; nothing is sent to that channel. Details are in the log: {log}</source>
        <translation>Coach kann seinen Kanal für spätere Starts ({path}) nicht benutzen: Er gehört einem anderen Konto oder ist für andere offen. Ein Plan, der vom Desktop aus geöffnet wird, oder ein Programm, das über eine Verknüpfung gestartet wird, erreicht dieses Fenster nicht; an diesen Kanal wird nichts gesendet. Einzelheiten stehen im Protokoll: {log}</translation>
    </message>
</context>
<context>
    <name>BackupImport</name>
    <message>
        <location filename="../../coach/ui/dialogs/import_progress.py" line="+63"/>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../coach/ui/dialogs/checkin.py" line="+25"/>
        <source>Edit check-in</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain, 0 to 10</source>
        <translation>Schmerz, 0 bis 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-in note</source>
        <translation>Notiz zum Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-in of {time}</source>
        <translation>Eintrag von {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pain (0 = no pain, 10 = worst imaginable pain):</source>
        <translation>&amp;Schmerz (0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stiffness (0 = none, 10 = worst)</source>
        <translation>Steifheit (0 = keine, 10 = am stärksten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last night&apos;s sleep (0 = very poor, 10 = very good)</source>
        <translation>Schlaf letzte Nacht (0 = sehr schlecht, 10 = sehr gut)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New symptoms:</source>
        <translation>Neue Beschwerden:</translation>
    </message>
</context>
<context>
    <name>CueWorker</name>
    <message>
        <location filename="../../coach/ui/runners/cues.py" line="+179"/>
        <source>no audio output was found</source>
        <translation>kein Audioausgang gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no speech engine &apos;{engine}&apos; (install speech-dispatcher)</source>
        <translation>keine Sprachausgabe &apos;{engine}&apos; (speech-dispatcher installieren)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the speech engine does not work: {error}</source>
        <translation>die Sprachausgabe funktioniert nicht: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt Multimedia cannot load ({error}); install libpulse0</source>
        <translation>Qt Multimedia lässt sich nicht laden ({error}); libpulse0 installieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt TextToSpeech cannot load ({error})</source>
        <translation>Qt TextToSpeech lässt sich nicht laden ({error})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the speech service did not answer within {seconds} s</source>
        <translation>der Sprachdienst hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sound system did not answer within {seconds} s</source>
        <translation>das Tonsystem hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cue helper could not start ({error})</source>
        <translation>das Hilfsprogramm für Signale konnte nicht starten ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the cue helper stopped (exit code {code})</source>
        <translation>das Hilfsprogramm für Signale wurde beendet (Exit-Code {code})</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location line="+104"/>
        <source>spoken cues are off</source>
        <translation>gesprochene Hinweise sind aus</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../coach/ui/dialogs/data_actions.py" line="+59"/>
        <location line="+3"/>
        <location filename="../../coach/ui/dialogs/handout.py" line="+149"/>
        <location line="+33"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CSV files could not be written: {error}</source>
        <translation>Die CSV-Dateien konnten nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote {n} CSV files to {folder}.</source>
        <translation>{n} CSV-Dateien in {folder} geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a backup of all your data</source>
        <translation>Sicherung aller Ihrer Daten speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Coach backups (*.json)</source>
        <translation>Coach-Sicherungen (*.json)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The backup could not be written: {error}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the backup to {path}.</source>
        <translation>Sicherung unter {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a Coach backup</source>
        <translation>Coach-Sicherung importieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported {n} new records; what was already here was kept.</source>
        <translation>Neue Einträge importiert: {n}. Was schon vorhanden war, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new: everything in this backup is already here.</source>
        <translation>Nichts Neues: Alles aus dieser Sicherung ist bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the clinician report</source>
        <translation>Bericht für Behandelnde speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../coach/ui/dialogs/handout.py" line="-49"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>The report could not be written: {error}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a {n}-page report to {path}.</source>
        <translation>Bericht unter {path} gespeichert (Seiten: {n}).</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../coach/ui/lifecycle/errors.py" line="+55"/>
        <source>Coach could not save</source>
        <translation>Coach konnte nicht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Coach is still running, and what was saved before is kept. The details were written to {log}.</source>
        <translation>{problem}

Coach läuft weiter, und was vorher gespeichert wurde, bleibt erhalten. Die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coach ran into a problem</source>
        <translation>Coach ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}

Coach is still running, and what was saved before is kept, but what you just did may not have been saved. The details were written to {log}.</source>
        <translation>Etwas ist schiefgegangen: {error}

Coach läuft weiter, und was vorher gespeichert wurde, bleibt erhalten, aber Ihre letzte Aktion wurde möglicherweise nicht gespeichert. Die Einzelheiten stehen in {log}.</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../coach/ui/pages/exercises.py" line="+84"/>
        <location line="+1"/>
        <source>Search exercises</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All body areas</source>
        <translation>Alle Körperbereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any equipment</source>
        <translation>Alle Hilfsmittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any position</source>
        <translation>Alle Positionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Equipment:</source>
        <translation>Hilfs&amp;mittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exercise details</source>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Motion is reduced: the figure shows the key positions one after another.</source>
        <translation>Bewegung ist reduziert: Die Figur zeigt die wichtigen Positionen nacheinander.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>&amp;Try it now</source>
        <translation>Jetzt &amp;ausprobieren</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>G&amp;oal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&amp;Left side</source>
        <translation>&amp;Linke Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Right side</source>
        <translation>&amp;Rechte Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pa&amp;use animation</source>
        <translation>A&amp;nimation anhalten</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dosage: {dosage} (about {time})</source>
        <translation>Dosierung: {dosage} (etwa {time})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What you should feel: {feel}</source>
        <translation>Was Sie spüren sollten: {feel}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From your clinician&apos;s plan</source>
        <translation>Aus dem Plan Ihrer Behandlerin oder Ihres Behandlers</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <location filename="../../coach/ui/dialogs/handout_pdf.py" line="+337"/>
        <location filename="../../coach/ui/pages/exercises.py" line="+0"/>
        <source>Take care</source>
        <translation>Achten Sie darauf</translation>
    </message>
    <message>
        <location line="+100"/>
        <location filename="../../coach/ui/pages/exercises.py" line="+0"/>
        <source>Stop if</source>
        <translation>Hören Sie auf, wenn</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <location filename="../../coach/ui/widgets/figure_view.py" line="+329"/>
        <source>{name}: start and end position</source>
        <translation>{name}: Ausgangs- und Endposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures of the start and the end position of the exercise.</source>
        <translation>Bilder der Ausgangs- und der Endposition der Übung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, left side: moving figure</source>
        <translation>{name}, linke Seite: bewegte Figur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, right side: moving figure</source>
        <translation>{name}, rechte Seite: bewegte Figur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: moving figure</source>
        <translation>{name}: bewegte Figur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the front</source>
        <translation>von vorn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from behind</source>
        <translation>von hinten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the side</source>
        <translation>von der Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the front and a little to one side</source>
        <translation>von vorn und etwas von der Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shoulder blades</source>
        <translation>Schulterblätter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A figure shows the movement, seen {view}. The parts that move are highlighted and arrows show where they go: {parts}.</source>
        <translation>Eine Figur zeigt die Bewegung, {view} gesehen. Die Körperteile, die sich bewegen, sind hervorgehoben, und Pfeile zeigen, wohin sie gehen: {parts}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position {number} of {count}.</source>
        <translation>Stellung {number} von {count}.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../coach/ui/dialogs/first_run.py" line="+147"/>
        <source>Welcome to Coach</source>
        <translation>Willkommen bei Coach</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your earlier answers could not be read ({problem}), so Coach asks again.</source>
        <translation>Ihre früheren Antworten konnten nicht gelesen werden ({problem}), deshalb fragt Coach noch einmal.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip this step</source>
        <translation>Schritt über&amp;springen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go on without saving this step&apos;s answers</source>
        <translation>Weiter, ohne die Antworten dieses Schritts zu speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+375"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>What Coach does, and what it does not</source>
        <translation>Was Coach tut und was nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coach helps you look after upper-back, middle-back and neck-shoulder muscle pain: short guided exercise routines, heat with safe time limits, movement breaks during your working day, and a record of your pain that you can show your doctor or physiotherapist.</source>
        <translation>Coach hilft Ihnen bei Muskelschmerzen im oberen und mittleren Rücken sowie im Nacken- und Schulterbereich: kurze angeleitete Übungsprogramme, Wärme mit sicheren Zeitgrenzen, Bewegungspausen während Ihres Arbeitstags und Aufzeichnungen Ihrer Schmerzen, die Sie Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapie zeigen können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coach does not diagnose, and it is not a substitute for a doctor or physiotherapist.</source>
        <translation>Coach stellt keine Diagnosen und ersetzt keine Ärztin, keinen Arzt und keine Physiotherapie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next questions take about two minutes. Every step can be skipped (Skip this step), and you can go through them again at any time from Settings. Your answers stay on this computer.</source>
        <translation>Die folgenden Fragen dauern etwa zwei Minuten. Jeder Schritt lässt sich überspringen („Schritt überspringen“), und Sie können die Fragen jederzeit in den Einstellungen erneut durchgehen. Ihre Antworten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Safety questions (1 of 2)</source>
        <translation>Sicherheitsfragen (1 von 2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you have any of these now, together with your back or neck pain? Tick any that apply; leave the others empty.</source>
        <translation>Haben Sie zurzeit zusätzlich zu Ihren Rücken- oder Nackenschmerzen etwas davon? Kreuzen Sie an, was zutrifft; lassen Sie den Rest leer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Safety questions (2 of 2)</source>
        <translation>Sicherheitsfragen (2 von 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does any of this apply to you? Tick any that do.</source>
        <translation>Trifft etwas davon auf Sie zu? Kreuzen Sie alles an, was zutrifft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Yes, it has been checked</source>
        <translation>&amp;Ja, sie wurden untersucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;o, not yet</source>
        <translation>&amp;Nein, noch nicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Heat safety</source>
        <translation>Wärmesicherheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you use heat (a heat pack, pad, wrap or a warm shower), tick anything that applies to you. Your answers only add warnings when you start heat; you can change them later on the Timers page.</source>
        <translation>Wenn Sie Wärme anwenden (Wärmepack, Heizkissen, Wärmeumschlag oder eine warme Dusche), kreuzen Sie an, was auf Sie zutrifft. Ihre Antworten fügen nur Warnhinweise hinzu, wenn Sie Wärme starten; Sie können sie später auf der Seite „Timer“ ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your earlier answers are ticked; change any that are different now.</source>
        <translation>Ihre früheren Antworten sind angekreuzt; ändern Sie, was heute anders ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your goals and working day</source>
        <translation>Ihre Ziele und Ihr Arbeitstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would you like Coach to help with?</source>
        <translation>Wobei soll Coach Ihnen helfen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less pain</source>
        <translation>Weniger Schmerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move more at work</source>
        <translation>Mehr Bewegung bei der Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A better posture</source>
        <translation>Eine bessere Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More strength in the neck, shoulders and back</source>
        <translation>Mehr Kraft in Nacken, Schultern und Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep better</source>
        <translation>Besser schlafen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When do you usually work? Movement-break reminders come only in working hours.</source>
        <translation>Wann arbeiten Sie üblicherweise? Erinnerungen an Bewegungspausen kommen nur während der Arbeitszeit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours &amp;from:</source>
        <translation>Arbeitszeit &amp;von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your routine and reminders</source>
        <translation>Ihr Programm und Ihre Erinnerungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use these reminders</source>
        <translation>Diese Erinnerungen &amp;verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my reminders as &amp;they are</source>
        <translation>Meine Erinnerungen &amp;lassen, wie sie sind</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You can change reminders at any time in Settings, on the Reminders tab.</source>
        <translation>Sie können Erinnerungen jederzeit in den Einstellungen auf dem Reiter „Erinnerungen“ ändern.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Your clinician&apos;s plan &quot;{title}&quot; sets your routine and its reminders, so Coach leaves them as they are.</source>
        <translation>Ihr Therapieplan „{title}“ legt Ihr Programm und seine Erinnerungen fest, deshalb lässt Coach sie, wie sie sind.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Coach suggests:
•  the 3-minute desk reset at {times} on {days}
•  a 1-minute movement break every {minutes} minutes of working time
•  a pain check-in at {checkin} every day

Short routines count: the same time in short sessions helped as much as in one long session, and they are easier to keep up. Regular breaks ease neck and shoulder discomfort.</source>
        <translation>Coach schlägt vor:
•  das 3-Minuten-Programm am Schreibtisch um {times} an diesen Tagen: {days}
•  eine einminütige Bewegungspause alle {minutes} Minuten Arbeitszeit
•  einen Schmerzeintrag jeden Tag um {checkin}

Kurze Programme zählen: Dieselbe Zeit in kurzen Einheiten hat so viel geholfen wie in einer langen, und kurze Programme lassen sich leichter durchhalten. Regelmäßige Pausen lindern Beschwerden in Nacken und Schultern.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Coach suggests:
•  a 1-minute movement break every {minutes} minutes of working time
•  a pain check-in at {checkin} every day

No exercise reminders for now: what you told Coach is worth checking first. Exercise reminders wait until you tell Coach, on the Today page, that a clinician has checked it.</source>
        <translation>Coach schlägt vor:
•  alle {minutes} Minuten Arbeitszeit eine 1-minütige Bewegungspause
•  jeden Tag um {checkin} einen Schmerzeintrag

Vorerst keine Übungserinnerungen: Was Sie Coach angegeben haben, sollte zuerst abgeklärt werden. Die Übungserinnerungen warten, bis Sie Coach auf der Seite „Heute“ angeben, dass es ärztlich abgeklärt ist.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You want more strength: if you have an exercise band, add &quot;{routine}&quot; once a day (on the Routines page). Strength work helps long-standing neck and shoulder pain.</source>
        <translation>Sie möchten mehr Kraft: Wenn Sie ein Gymnastikband haben, machen Sie zusätzlich einmal am Tag „{routine}“ (auf der Seite Programme). Krafttraining hilft bei länger bestehenden Nacken- und Schulterschmerzen.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>You want to move more at work, so the breaks come every {minutes} minutes: short breaks that often eased neck, back and shoulder discomfort.</source>
        <translation>Sie möchten sich bei der Arbeit mehr bewegen, daher kommen die Pausen alle {minutes} Minuten: So häufige kurze Pausen haben Beschwerden in Nacken, Rücken und Schultern gelindert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Working hours must end after they start, on the same day.</source>
        <translation>Die Arbeitszeit muss am selben Tag nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Your answers could not be saved ({error}).</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden ({error}).</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../coach/ui/dialogs/handout_pdf.py" line="-318"/>
        <source>{routine}: exercise handout</source>
        <translation>{routine}: Übungsblatt</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Shown for the left side; the right side is the same.</source>
        <translation>Gezeigt für die linke Seite; die rechte Seite geht genauso.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Takes about {time}</source>
        <translation>Dauer etwa {time}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Made with Coach on {day}</source>
        <translation>Erstellt mit Coach am {day}</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../coach/ui/dialogs/handout.py" line="-79"/>
        <source>Print a handout</source>
        <translation>Übungsblatt drucken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One or two pages to pin up: for each exercise of the routine, three pictures of the movement, the steps, the dose and what to take care of.</source>
        <translation>Ein bis zwei Seiten zum Aufhängen: für jede Übung des Programms drei Bilder der Bewegung, die Schritte, die Dosierung und worauf Sie achten sollten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Routine:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save the handout</source>
        <translation>Übungsblatt speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The handout could not be written: {error}</source>
        <translation>Das Übungsblatt konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved a {n}-page handout to {path}.</source>
        <translation>Übungsblatt unter {path} gespeichert (Seiten: {n}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The handout could not be printed: {error}</source>
        <translation>Das Übungsblatt konnte nicht gedruckt werden: {error}</translation>
    </message>
</context>
<context>
    <name>HeatSafety</name>
    <message>
        <location filename="../../coach/ui/dialogs/heat_safety.py" line="+26"/>
        <source>Check your skin: redness that does not fade, blotches or blisters mean stop.</source>
        <translation>Prüfen Sie Ihre Haut: Rötungen, die nicht abklingen, Flecken oder Blasen bedeuten: aufhören.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>You have not answered the heat-safety questions yet.</source>
        <translation>Sie haben die Fragen zur Wärmesicherheit noch nicht beantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A heat session is already running.</source>
        <translation>Es läuft bereits eine Wärmeanwendung.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Broken skin, a wound or dermatitis where the heat would go</source>
        <translation>Verletzte Haut, eine Wunde oder eine Hautentzündung an der Stelle, die erwärmt werden soll</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Comfortably warm, not the hotter the better. Wrap packs in a towel and use a pad on low or medium (never high). A shower or bath should be comfortably warm too: the 40-45 °C you may read about is for a bowl of water for the hands or feet only. Never fall asleep with heat on: choose a pad that switches itself off.</source>
        <translation>Angenehm warm, nicht „je heißer, desto besser“. Wickeln Sie Wärmepacks in ein Handtuch und stellen Sie ein Heizkissen auf niedrige oder mittlere Stufe (nie hoch). Auch eine Dusche oder ein Bad sollte nur angenehm warm sein: Die 40–45 °C, von denen Sie vielleicht lesen, gelten nur für eine Schüssel Wasser für Hände oder Füße. Schlafen Sie nie mit Wärme ein: Wählen Sie ein Heizkissen, das sich selbst abschaltet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On the neck, heat goes on the back of the neck only, never on the front or the sides over the throat. If you are not sure, ask your doctor or physiotherapist first.</source>
        <translation>Am Hals gehört Wärme nur in den Nacken, nie vorn oder seitlich an den Hals über der Kehle. Wenn Sie unsicher sind, fragen Sie zuerst Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Numbness or reduced feeling in that area</source>
        <translation>Taubheit oder vermindertes Gefühl in diesem Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poor circulation or peripheral vascular disease</source>
        <translation>Schlechte Durchblutung oder eine periphere Gefäßerkrankung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An injury or swelling there in the last 72 hours</source>
        <translation>Eine Verletzung oder Schwellung dort in den letzten 72 Stunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fever or an infection</source>
        <translation>Fieber oder eine Infektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent radiotherapy on that area</source>
        <translation>Eine kürzliche Strahlentherapie in diesem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thrombophlebitis or a deep vein thrombosis (DVT)</source>
        <translation>Eine Venenentzündung (Thrombophlebitis) oder eine tiefe Venenthrombose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pregnancy (never heat on the belly)</source>
        <translation>Schwangerschaft (nie Wärme auf den Bauch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stroke or a spinal cord injury</source>
        <translation>Ein Schlaganfall oder eine Rückenmarksverletzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heart disease or heart failure</source>
        <translation>Eine Herzerkrankung oder Herzschwäche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A history of cancer</source>
        <translation>Eine Krebserkrankung, jetzt oder früher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A skin condition</source>
        <translation>Eine Hauterkrankung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking sleeping tablets, strong pain medication, or drinking alcohol</source>
        <translation>Schlaftabletten, starke Schmerzmittel oder Alkohol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not sure the heat will stay on the back of your neck, off the front and sides</source>
        <translation>Sie sind nicht sicher, dass die Wärme im Nacken bleibt und nicht vorn oder seitlich an den Hals kommt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You told Coach you are not sure the heat will stay on the back of your neck.</source>
        <translation>Sie haben Coach angegeben, dass Sie nicht sicher sind, ob die Wärme im Nacken bleibt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Heat sessions today: {count}. Up to {limit} a day is advised.</source>
        <translation>Wärmeanwendungen heute: {count}. Empfohlen sind höchstens {limit} pro Tag.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Heat is not advised with what you told Coach: {items}. Please ask a doctor or physiotherapist before using heat.</source>
        <translation>Bei dem, was Sie Coach angegeben haben, wird von Wärme abgeraten: {items}. Bitte fragen Sie eine Ärztin, einen Arzt oder Ihre Physiotherapie, bevor Sie Wärme anwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heat burns more easily with what you told Coach: {items}. Ask your doctor or physiotherapist first.</source>
        <translation>Bei dem, was Sie Coach angegeben haben, verbrennt man sich mit Wärme leichter: {items}. Fragen Sie zuerst Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your last heat session ended less than {hours} hours ago; give your skin {n} more min to recover.</source>
        <translation>Ihre letzte Wärmeanwendung endete vor weniger als {hours} Stunden; geben Sie Ihrer Haut noch {n} Min. zur Erholung.</translation>
    </message>
</context>
<context>
    <name>HeatSafetyDialog</name>
    <message>
        <location line="+21"/>
        <source>Heat safety</source>
        <translation>Wärmesicherheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you use heat, tick anything that applies to you. Your answers stay on this computer and only add warnings; you can change them at any time on the Timers page.</source>
        <translation>Bevor Sie Wärme anwenden, kreuzen Sie an, was auf Sie zutrifft. Ihre Antworten bleiben auf diesem Computer und fügen nur Warnhinweise hinzu; Sie können sie jederzeit auf der Seite „Timer“ ändern.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../coach/ui/text/labels.py" line="+157"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest break</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A timer label may have at most {n} characters.</source>
        <translation>Die Bezeichnung eines Timers darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A timer lasts at most {n} hours.</source>
        <translation>Ein Timer läuft höchstens {n} Stunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This timer has already ended.</source>
        <translation>Dieser Timer ist bereits abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This timer could not be read back from the store.</source>
        <translation>Dieser Timer konnte nicht aus dem Speicher gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A heat session may last at most {n} minutes.</source>
        <translation>Eine Wärmeanwendung darf höchstens {n} Minuten dauern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heat session cap must be between 1 and {n} minutes.</source>
        <translation>Die Höchstdauer einer Wärmeanwendung muss zwischen 1 und {n} Minuten liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A timer needs a length above zero.</source>
        <translation>Ein Timer braucht eine Dauer über null.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Heat pack</source>
        <translation>Wärmepack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating pad</source>
        <translation>Heizkissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat wrap</source>
        <translation>Wärmeumschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm shower or bath</source>
        <translation>Warme Dusche oder warmes Bad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mobility</source>
        <translation>Beweglichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elastic band</source>
        <translation>Gymnastikband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorway</source>
        <translation>Türrahmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sitting</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hands and knees</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold {hold} s, {reps} times</source>
        <translation>{hold} s halten, {reps}-mal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reps} slow repetitions</source>
        <translation>Langsame Wiederholungen: {reps}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sets} sets</source>
        <translation>{sets} Sätze</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h</source>
        <translation>{h} Std.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{m} min {s} s</source>
        <translation>{m} Min. {s} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>active {active} of {whole}</source>
        <translation>aktiv {active} von {whole}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active {active}</source>
        <translation>aktiv {active}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Heat: {source}, {area}</source>
        <translation>Wärme: {source}, {area}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat: {source}</source>
        <translation>Wärme: {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat: {area}</source>
        <translation>Wärme: {area}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A rest break lasts at most {n} minutes: a short rest, then move. Keeping active helps you recover.</source>
        <translation>Eine Ruhepause dauert höchstens {n} Minuten: kurz ausruhen, dann bewegen. In Bewegung zu bleiben hilft Ihnen, sich zu erholen.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>rest {rest} s</source>
        <translation>{rest} s Pause</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n Min.</numerusform>
            <numerusform>noch %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coach/ui/shell/main_window.py" line="+157"/>
        <location line="+354"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coach/ui/shell/navigation.py" line="+20"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../coach/ui/shell/main_window.py" line="-306"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../coach/ui/shell/menus.py" line="+29"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Open a clinician plan…</source>
        <translation>Therapieplan ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the &amp;previous plan…</source>
        <translation>&amp;Vorherigen Plan wiederherstellen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan &amp;editor (for clinicians)…</source>
        <translation>Plan-&amp;Editor (für Behandelnde)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;backup (JSON)…</source>
        <translation>&amp;Sicherung speichern (JSON)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import a backup…</source>
        <translation>Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clinician &amp;report (PDF)…</source>
        <translation>Be&amp;richt für Behandelnde (PDF)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a &amp;handout…</source>
        <translation>Übungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>&amp;About Coach</source>
        <translation>&amp;Über Coach</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Answer the latest &amp;notice</source>
        <translation>Auf den letzten &amp;Hinweis antworten</translation>
    </message>
    <message>
        <location filename="../../coach/ui/shell/main_window.py" line="+230"/>
        <source>Heat session done</source>
        <translation>Wärmeanwendung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the heat off now.</source>
        <translation>Nehmen Sie die Wärme jetzt ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch the pad off: never fall asleep with it on.</source>
        <translation>Schalten Sie das Heizkissen aus: Schlafen Sie nie ein, während es an ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Time to move again</source>
        <translation>Zeit, sich wieder zu bewegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your rest is over. Stand up, walk a few steps and roll your shoulders: people who keep moving recover sooner.</source>
        <translation>Ihre Pause ist vorbei. Stehen Sie auf, gehen Sie ein paar Schritte und kreisen Sie die Schultern: Wer in Bewegung bleibt, erholt sich schneller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;m moving</source>
        <translation>Ich bewege mich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{timer}: time is up</source>
        <translation>{timer}: Die Zeit ist um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your {minutes}-minute timer has ended.</source>
        <translation>Ihr {minutes}-Minuten-Timer ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It ended {n} min ago, while the computer was asleep or Coach was closed.</source>
        <translation>Er ist vor {n} Min. abgelaufen, während der Computer im Ruhezustand oder Coach geschlossen war.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Half-way: check your skin</source>
        <translation>Halbzeit: Prüfen Sie Ihre Haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop heat</source>
        <translation>Wärme beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skin is fine</source>
        <translation>Haut ist in Ordnung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{timer}: {state}</source>
        <translation>{timer}: {state}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The routine of your plan cannot be found. The plan may need to be opened again (File &gt; Open a clinician plan).</source>
        <translation>Die Routine Ihres Plans wurde nicht gefunden. Möglicherweise müssen Sie den Plan erneut öffnen (Datei &gt; Therapieplan öffnen).</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>About Coach</source>
        <translation>Über Coach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Coach {version}&lt;/b&gt;&lt;p&gt;Desk exercise, heat and movement-break coach. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Coach does not diagnose and does not replace a doctor or physiotherapist.&lt;/p&gt;&lt;p&gt;Data: {data}&lt;br&gt;Log: {log}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Coach {version}&lt;/b&gt;&lt;p&gt;Ihr Begleiter für Übungen am Schreibtisch, Wärme und Bewegungspausen. Alles bleibt auf diesem Computer.&lt;/p&gt;&lt;p&gt;Coach stellt keine Diagnosen und ersetzt keine Ärztin, keinen Arzt und keine Physiotherapie.&lt;/p&gt;&lt;p&gt;Daten: {data}&lt;br&gt;Protokoll: {log}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OptionalRating</name>
    <message>
        <location filename="../../coach/ui/widgets/blocks.py" line="+166"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message numerus="yes">
        <location filename="../../coach/ui/player/pain_page.py" line="+31"/>
        <source>Pain %n out of 10</source>
        <translation>
            <numerusform>Schmerz %n von 10</numerusform>
            <numerusform>Schmerz %n von 10</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 = no pain</source>
        <translation>0 = kein Schmerz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 = worst imaginable pain</source>
        <translation>10 = stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../coach/ui/plans/actions.py" line="+47"/>
        <location line="+9"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{days} at {times}</source>
        <translation>{days} um {times}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every {n} min of work</source>
        <translation>alle {n} Min. Arbeitszeit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routine reminder</source>
        <translation>Erinnerung an das Programm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Movement breaks</source>
        <translation>Bewegungspausen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain check-in</source>
        <translation>Schmerzeintrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heat reminder</source>
        <translation>Erinnerung an Wärme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heat limits</source>
        <translation>Grenzen für Wärme</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>none (your own settings)</source>
        <translation>keiner (Ihre eigenen Einstellungen)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Open a clinician plan</source>
        <translation>Therapieplan öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coach plans (*.coachplan);;JSON files (*.json);;All files (*)</source>
        <translation>Coach-Pläne (*.coachplan);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The plan was not adopted</source>
        <translation>Der Plan wurde nicht übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach could not store the plan ({error}). Nothing was changed.</source>
        <translation>Coach konnte den Plan nicht speichern ({error}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>… and {n} more</source>
        <translation>… und weitere: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan cannot be used</source>
        <translation>Dieser Plan kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a plan Coach can use. Nothing was changed. Ask the clinician who wrote it for a corrected file (they can check it with `coach plan validate`).</source>
        <translation>{file} ist kein Plan, den Coach verwenden kann. Es wurde nichts geändert. Bitten Sie die Person, die ihn erstellt hat, um eine korrigierte Datei (sie kann ihn mit `coach plan validate` prüfen).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the plan &quot;{title}&quot;</source>
        <translation>den Plan „{title}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your own settings from before</source>
        <translation>Ihre früheren eigenen Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the previous plan</source>
        <translation>Vorherigen Plan wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop using &quot;{title}&quot; and go back to {target}? Reminders and heat limits go back to what they were; your records stay.</source>
        <translation>„{title}“ nicht mehr verwenden und zu {target} zurückkehren? Erinnerungen und Grenzen für Wärme werden wie vorher; Ihre Aufzeichnungen bleiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was restored</source>
        <translation>Es wurde nichts wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach could not change the plan ({error}).</source>
        <translation>Coach konnte den Plan nicht ändern ({error}).</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location line="-199"/>
        <source>Clinician plan</source>
        <translation>Therapieplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the plan changes</source>
        <translation>Was der Plan ändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With this plan</source>
        <translation>Mit diesem Plan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your working hours and quiet hours stay as they are. The settings you have now are kept: File &gt; Restore the previous plan brings them back.</source>
        <translation>Ihre Arbeitszeiten und Ruhezeiten bleiben, wie sie sind. Ihre jetzigen Einstellungen werden aufbewahrt: Datei &gt; Vorherigen Plan wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use this plan</source>
        <translation>Diesen Plan &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../coach/ui/plans/editor/fields.py" line="+256"/>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold (s)</source>
        <translation>Halten (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Rest between sets (s)</source>
        <translation>Pause zwischen Sätzen (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rep time (s)</source>
        <translation>Dauer je Wdh. (s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each rep is held; 0 for a movement</source>
        <translation>Sekunden, die jede Wiederholung gehalten wird; 0 für eine Bewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetitions per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest between sets, in seconds</source>
        <translation>Pause zwischen den Sätzen, in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds one movement takes when the hold is 0</source>
        <translation>Sekunden, die eine Bewegung dauert, wenn das Halten 0 ist</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each side (left and right)</source>
        <translation>Je Seite (links und rechts)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rep time: set it above 0, or set a hold: with a hold of 0 s each rep is a movement that takes the rep time.</source>
        <translation>Dauer je Wiederholung: Stellen Sie sie über 0 oder legen Sie eine Haltezeit fest: Bei 0 s Halten ist jede Wiederholung eine Bewegung, die so lange dauert.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>{what}: time to add</source>
        <translation>{what}: hinzuzufügende Uhrzeit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{time} is already in the list; choose another time to add.</source>
        <translation>{time} steht schon in der Liste; wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most {n} times; remove one before adding another.</source>
        <translation>Höchstens {n} Uhrzeiten; entfernen Sie eine, bevor Sie eine weitere hinzufügen.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The exercise&apos;s own: {value}</source>
        <translation>Wert der Übung: {value}</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <location filename="../../coach/ui/plans/editor/dialog.py" line="+59"/>
        <source>Plan editor</source>
        <translation>Plan-Editor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routines</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;eat</source>
        <translation>&amp;Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;gression</source>
        <translation>&amp;Steigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own e&amp;xercises</source>
        <translation>&amp;Eigene Übungen</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/problems.py" line="+109"/>
        <location line="+20"/>
        <source>Problems to fix before saving</source>
        <translation>Vor dem Speichern zu behebende Probleme</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/dialog.py" line="+13"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a .coachplan file to change it (Ctrl+O)</source>
        <translation>Eine .coachplan-Datei zum Bearbeiten öffnen (Strg+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the plan as the patient will see it</source>
        <translation>Den Plan so zeigen, wie die Patientin oder der Patient ihn sehen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the plan and save it as a .coachplan (Ctrl+S)</source>
        <translation>Den Plan prüfen und als .coachplan speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/details.py" line="+48"/>
        <source>for example: Neck and upper back, weeks 1-4</source>
        <translation>zum Beispiel: Nacken und oberer Rücken, Woche 1–4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phone, e-mail or clinic (optional)</source>
        <translation>Telefon, E-Mail oder Praxis (freiwillig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revie&amp;w on:</source>
        <translation>Überprüfung &amp;am:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../coach/ui/plans/editor/problems.py" line="-77"/>
        <source>Review date</source>
        <translation>Datum der Überprüfung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the patient should keep in mind; shown on their Today page</source>
        <translation>Was die Patientin oder der Patient beachten sollte; wird auf der Seite „Heute“ angezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinician &amp;name:</source>
        <translation>&amp;Name der Behandelnden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes for the pat&amp;ient:</source>
        <translation>H&amp;inweise für die Patientin/den Patienten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../coach/ui/plans/editor/problems.py" line="-5"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinician name</source>
        <translation>Name der Behandelnden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coach/ui/plans/editor/problems.py" line="+4"/>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coach/ui/plans/editor/problems.py" line="+2"/>
        <source>Notes for the patient</source>
        <translation>Hinweise für die Patientin/den Patienten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{weeks} weeks after the start (the default)</source>
        <translation>{weeks} Wochen nach dem Start (Standardwert)</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/routines.py" line="+33"/>
        <source>Routines in the plan</source>
        <translation>Programme im Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add routine</source>
        <translation>Programm &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete routine</source>
        <translation>Programm &amp;löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routines (1 to 10)</source>
        <translation>Programme (1 bis 10)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Routine name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the routine is for</source>
        <translation>Wofür das Programm ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the routine is for (optional)</source>
        <translation>wofür das Programm ist (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/exercises.py" line="+180"/>
        <location filename="../../coach/ui/plans/editor/routines.py" line="+9"/>
        <source>Na&amp;me:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/routines.py" line="+1"/>
        <source>A&amp;im:</source>
        <translation>Zwe&amp;ck:</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/exercises.py" line="+1"/>
        <location filename="../../coach/ui/plans/editor/routines.py" line="+1"/>
        <source>Id in the file:</source>
        <translation>ID in der Datei:</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/steps.py" line="+50"/>
        <source>Find an exercise</source>
        <translation>Übung suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name, area or word</source>
        <translation>Name, Bereich oder Wort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find exercise:</source>
        <translation>&amp;Übung suchen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercises to add</source>
        <translation>Hinzuzufügende Übungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;to routine</source>
        <translation>Zum Pro&amp;gramm hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the chosen exercise at the end of the routine (or press Enter in the list)</source>
        <translation>Die gewählte Übung am Ende des Programms hinzufügen (oder in der Liste die Eingabetaste drücken)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Steps, in order:</source>
        <translation>Schritte, der Reihe nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps of the routine</source>
        <translation>Schritte des Programms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up and Ctrl+Down move the chosen step; Delete removes it</source>
        <translation>Strg+Pfeil hoch und Strg+Pfeil runter verschieben den gewählten Schritt; Entf entfernt ihn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete step</source>
        <translation>Schritt entfer&amp;nen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back to the exercise&apos;s dosage</source>
        <translation>Zurück zur &amp;Dosierung der Übung</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/schedule.py" line="+27"/>
        <source>Routine the reminder starts</source>
        <translation>Programm, das die Erinnerung startet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise days</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder times</source>
        <translation>Uhrzeiten der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/heat.py" line="+97"/>
        <location filename="../../coach/ui/plans/editor/schedule.py" line="+1"/>
        <source>A&amp;dd time</source>
        <translation>Uhrzeit &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coach/ui/plans/editor/schedule.py" line="+1"/>
        <source>Remove ti&amp;me</source>
        <translation>Uhrzeit entfer&amp;nen</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/schedule.py" line="+7"/>
        <source>leave the patient&apos;s setting</source>
        <translation>Einstellung der Patientin/des Patienten lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min of work</source>
        <translation> Min. Arbeitszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement break every</source>
        <translation>Bewegungspause alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>20 to 90 minutes, or the lowest value to leave the patient&apos;s own setting</source>
        <translation>20 bis 90 Minuten, oder der kleinste Wert, um die eigene Einstellung der Patientin/des Patienten zu lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain check-in &amp;at:</source>
        <translation>Schmerzeintrag u&amp;m:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unticked: the patient&apos;s own check-in time stays</source>
        <translation>Nicht angekreuzt: Die eigene Uhrzeit der Patientin/des Patienten bleibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain check-in time</source>
        <translation>Uhrzeit des Schmerzeintrags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reminder starts one routine on the chosen days and times. The patient&apos;s working and quiet hours stay theirs.</source>
        <translation>Die Erinnerung startet ein Programm an den gewählten Tagen und Uhrzeiten. Arbeits- und Ruhezeiten der Patientin/des Patienten bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rem&amp;inder starts:</source>
        <translation>Er&amp;innerung startet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times (1 to 12):</source>
        <translation>Uhrzeiten (1 bis 12):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement &amp;break every:</source>
        <translation>&amp;Bewegungspause alle:</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/heat.py" line="-61"/>
        <source>These limits come from CLINICAL.md (section 1, heat) and may only be made stricter: at most {cap} minutes a session, {per_day} sessions a day, {gap} hours apart.</source>
        <translation>Diese Grenzen stammen aus CLINICAL.md (Abschnitt 1, Wärme) und dürfen nur strenger werden: höchstens {cap} Minuten pro Anwendung, {per_day} Anwendungen pro Tag, {gap} Stunden Abstand.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan&apos;s limits apply to every heat session, with or without the reminder.</source>
        <translation>Die Grenzen des Plans gelten für jede Wärmeanwendung, mit oder ohne Erinnerung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use heat in this plan (with a reminder)</source>
        <translation>Wärme in diesem P&amp;lan verwenden (mit Erinnerung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longest heat session</source>
        <translation>Längste Wärmeanwendung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usual heat session</source>
        <translation>Übliche Wärmeanwendung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The usual length; at most the longest session</source>
        <translation>Die übliche Dauer; höchstens die längste Anwendung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions a day at most</source>
        <translation>Höchstens Anwendungen pro Tag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Hours between sessions at least</source>
        <translation>Mindestens Stunden zwischen Anwendungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heat reminder days</source>
        <translation>Tage der Erinnerung an Wärme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat reminder times</source>
        <translation>Uhrzeiten für Wärme</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Longest session:</source>
        <translation>Län&amp;gste Anwendung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usu&amp;al session:</source>
        <translation>Ü&amp;bliche Anwendung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions a da&amp;y, at most:</source>
        <translation>Anwendungen pro &amp;Tag, höchstens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours apar&amp;t, at least:</source>
        <translation>Stunden &amp;Abstand, mindestens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder days:</source>
        <translation>Tage der Erinnerung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder times:</source>
        <translation>Uhrzeiten der Erinnerung:</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/progression.py" line="+29"/>
        <source>Coach may s&amp;uggest a step up or down</source>
        <translation>Coach darf eine Stufe mehr oder weniger vorschl&amp;agen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the dosage as &amp;written</source>
        <translation>Dosierung wie angegeben &amp;beibehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest hold suggested</source>
        <translation>Längstes vorgeschlagenes Halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most reps suggested</source>
        <translation>Meiste vorgeschlagene Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most sets suggested</source>
        <translation>Meiste vorgeschlagene Sätze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggestions never go past these (optional):</source>
        <translation>Vorschläge gehen nie darüber hinaus (freiwillig):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest hol&amp;d:</source>
        <translation>Längstes &amp;Halten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mos&amp;t reps:</source>
        <translation>Meiste Wie&amp;derholungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most sets:</source>
        <translation>Meiste Sä&amp;tze:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>no maximum</source>
        <translation>kein Höchstwert</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/exercises.py" line="-108"/>
        <source>The plan&apos;s own exercises</source>
        <translation>Die eigenen Übungen des Plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add exercise</source>
        <translation>Übung &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dele&amp;te exercise</source>
        <translation>Übung &amp;löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../coach/ui/plans/editor/problems.py" line="+2"/>
        <source>Own exercises</source>
        <translation>Eigene Übungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: exercises the library does not have. They appear in the list of exercises on the Routines tab.</source>
        <translation>Freiwillig: Übungen, die es in der Sammlung nicht gibt. Sie erscheinen in der Übungsliste auf dem Reiter „Programme“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instructions, one per line</source>
        <translation>Anleitung, ein Schritt pro Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the player says for the left side</source>
        <translation>Was Coach für die linke Seite ansagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Tilt your head to the left</source>
        <translation>zum Beispiel: Neigen Sie den Kopf nach links</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the player says for the right side</source>
        <translation>Was Coach für die rechte Seite ansagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Tilt your head to the right</source>
        <translation>zum Beispiel: Neigen Sie den Kopf nach rechts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the patient should feel</source>
        <translation>Was die Patientin oder der Patient spüren sollte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cautions, one per line</source>
        <translation>Vorsichtshinweise, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When to stop, one per line (Coach adds its general stop signs)</source>
        <translation>Wann aufhören, eins pro Zeile (Coach ergänzt seine allgemeinen Abbruchzeichen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Areas:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goa&amp;l:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;quipment:</source>
        <translation>Hilfs&amp;mittel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positio&amp;n:</source>
        <translation>Positio&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosage:</source>
        <translation>Dosierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left si&amp;de says:</source>
        <translation>Ansage lin&amp;ks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side sa&amp;ys:</source>
        <translation>Ansage rech&amp;ts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feel:</source>
        <translation>Sp&amp;üren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cautions:</source>
        <translation>V&amp;orsicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When to stop:</source>
        <translation>A&amp;bbruchzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement:</source>
        <translation>Bewegung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose pict&amp;ure…</source>
        <translation>Bild w&amp;ählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove p&amp;icture</source>
        <translation>Bil&amp;d entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/dialog.py" line="+116"/>
        <source>the new plan</source>
        <translation>der neue Plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new plan</source>
        <translation>neuer Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan editor: {name}</source>
        <translation>Plan-Editor: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a clinician plan to edit</source>
        <translation>Therapieplan zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coach plans (*.coachplan);;JSON files (*.json);;All files (*)</source>
        <translation>Coach-Pläne (*.coachplan);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This plan cannot be opened</source>
        <translation>Dieser Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has problems; fix them in a text editor, or build the plan again here:

{problems}</source>
        <translation>{file} hat Fehler; beheben Sie sie in einem Texteditor oder erstellen Sie den Plan hier neu:

{problems}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the clinician plan</source>
        <translation>Therapieplan speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coach plans (*.coachplan)</source>
        <translation>Coach-Pläne (*.coachplan)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The plan was not saved</source>
        <translation>Der Plan wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} could not be written ({error}). Choose a folder you can write to.</source>
        <translation>{path} konnte nicht geschrieben werden ({error}). Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The plan is not ready</source>
        <translation>Der Plan ist noch nicht fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written. Fix these and try again (they are also listed below the tabs; Enter on one goes to its tab):

{problems}</source>
        <translation>Es wurde nichts geschrieben. Beheben Sie diese Punkte und versuchen Sie es erneut (sie stehen auch unter den Reitern; die Eingabetaste auf einem Punkt führt zu seinem Reiter):

{problems}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… and {n} more</source>
        <translation>… und weitere: {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>Der Plan hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/problems.py" line="-7"/>
        <source>Clinician</source>
        <translation>Behandelnde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progression</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aim</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold (s)</source>
        <translation>Halten (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest between sets (s)</source>
        <translation>Pause zwischen Sätzen (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rep time (s)</source>
        <translation>Dauer je Wiederholung (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine the reminder starts</source>
        <translation>Programm, das die Erinnerung startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain check-in</source>
        <translation>Schmerzeintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use heat</source>
        <translation>Wärme verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usual session</source>
        <translation>übliche Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest session</source>
        <translation>längste Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions a day</source>
        <translation>Anwendungen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours apart</source>
        <translation>Stunden Abstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suggest or keep</source>
        <translation>vorschlagen oder beibehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest hold</source>
        <translation>längstes Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most reps</source>
        <translation>meiste Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most sets</source>
        <translation>meiste Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feel</source>
        <translation>Spüren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop if</source>
        <translation>aufhören, wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>side cues</source>
        <translation>Ansagen je Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worth a look (saving is not stopped): {warning}</source>
        <translation>Bitte prüfen (Speichern ist trotzdem möglich): {warning}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Worth a look before the plan is used</source>
        <translation>Vor der Verwendung des Plans zu prüfen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Routine {n} &quot;{name}&quot;</source>
        <translation>Programm {n} „{name}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step {n} ({exercise})</source>
        <translation>Schritt {n} ({exercise})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Own exercise &quot;{name}&quot;</source>
        <translation>Eigene Übung „{name}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/fields.py" line="-261"/>
        <source>(unnamed exercise)</source>
        <translation>(Übung ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/routines.py" line="+45"/>
        <source>Routine {n}</source>
        <translation>Programm {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete routine</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the routine &quot;{name}&quot; and its {n} steps from the plan?</source>
        <translation>Das Programm „{name}“ und seine Schritte ({n}) aus dem Plan löschen?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name}
{count} steps · about {time}</source>
        <translation>{name}
Schritte: {count} · etwa {time}</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/exercises.py" line="+121"/>
        <location line="+50"/>
        <location filename="../../coach/ui/plans/editor/routines.py" line="+1"/>
        <location filename="../../coach/ui/plans/editor/schedule.py" line="+49"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/routines.py" line="+15"/>
        <source>A plan holds at most {n} routines.</source>
        <translation>Ein Plan enthält höchstens {n} Programme.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kept from the opened file, so the patient&apos;s history stays with it</source>
        <translation>aus der geöffneten Datei übernommen, damit der Verlauf der Patientin/des Patienten erhalten bleibt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>made from the name</source>
        <translation>aus dem Namen gebildet</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/steps.py" line="+50"/>
        <source>{name} (own exercise)</source>
        <translation>{name} (eigene Übung)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>A routine holds at most {n} steps; remove one first.</source>
        <translation>Ein Programm enthält höchstens {n} Schritte; entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{count} steps, about {time} with get-ready and side changes</source>
        <translation>Schritte: {count}, etwa {time} mit Vorbereitung und Seitenwechseln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dosage to fix</source>
        <translation>Dosierung korrigieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a step to change its dosage.</source>
        <translation>Wählen Sie einen Schritt, um seine Dosierung zu ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dosage of step {n}, {exercise} (bold: changed from the exercise&apos;s own):</source>
        <translation>Dosierung von Schritt {n}, {exercise} (fett: anders als bei der Übung selbst):</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/exercises.py" line="-84"/>
        <source>Exercise {n}</source>
        <translation>Übung {n}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exercise in use</source>
        <translation>Übung wird verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{name}&quot; is a step of {routines}. Delete those steps on the Routines tab first.</source>
        <translation>„{name}“ ist ein Schritt in {routines}. Löschen Sie diese Schritte zuerst auf dem Reiter „Programme“.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Choose a picture for the exercise</source>
        <translation>Bild für die Übung wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.svg *.png)</source>
        <translation>Bilder (*.svg *.png)</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>{file} cannot be read ({error}).</source>
        <translation>{file} kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is {size} KB; a picture is at most {limit} KB. Save it smaller and choose it again.</source>
        <translation>{file} ist {size} KB groß; ein Bild darf höchstens {limit} KB haben. Speichern Sie es kleiner und wählen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} is not an SVG or PNG picture; choose one that is.</source>
        <translation>{file} ist kein SVG- oder PNG-Bild; wählen Sie ein solches.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Name the side and the direction. Without these the player says only &quot;Left side&quot; and &quot;Right side&quot;.</source>
        <translation>Nennen Sie die Seite und die Richtung. Ohne diese Angaben sagt Coach nur „Linke Seite“ und „Rechte Seite“.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Picture not used</source>
        <translation>Bild nicht verwendet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none (Coach shows a placeholder)</source>
        <translation>keines (Coach zeigt einen Platzhalter)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{size} KB picture</source>
        <translation>Bild, {size} KB</translation>
    </message>
    <message>
        <location filename="../../coach/ui/plans/editor/movement.py" line="+52"/>
        <source>Start from a li&amp;brary exercise…</source>
        <translation>Von einer Übung der Sammlun&amp;g ausgehen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy the movement of an exercise from Coach&apos;s library; the patient&apos;s Coach animates it. The position, and the hold or rep time where they do not fit the movement, follow it.</source>
        <translation>Übernimmt die Bewegung einer Übung aus der Sammlung von Coach; das Coach des Patienten zeigt sie als bewegte Figur. Die Position und, wo sie nicht zur Bewegung passen, die Halte- oder Wiederholungszeit werden mit übernommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove movement</source>
        <translation>Bewegung entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Movement: none (the picture shows instead)</source>
        <translation>Bewegung: keine (stattdessen wird das Bild gezeigt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Movement: cannot be shown ({problem}); the problems below say how to fix it</source>
        <translation>Bewegung: kann nicht gezeigt werden ({problem}); die Probleme unten sagen, wie Sie das beheben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Movement: copied from {name}</source>
        <translation>Bewegung: übernommen von „{name}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Movement: as written in the plan</source>
        <translation>Bewegung: wie im Plan geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coach&apos;s range-of-motion table is missing</source>
        <translation>Die Tabelle der Bewegungsumfänge von Coach fehlt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start from a library exercise</source>
        <translation>Von einer Übung der Sammlung ausgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the movement of:</source>
        <translation>Die Bewegung übernehmen von:</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <location filename="../../coach/ui/plans/editor/preview.py" line="+18"/>
        <source>Preview: {title}</source>
        <translation>Vorschau: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is what the patient sees when they open the saved file.</source>
        <translation>So sieht die Patientin oder der Patient den Plan beim Öffnen der gespeicherten Datei.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../coach/ui/plans/view.py" line="+42"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At most {cap} min a session (usually {usual}), {per_day} a day, at least {gap} h apart.</source>
        <translation>Höchstens {cap} Min. pro Anwendung (üblich {usual}), höchstens {per_day} pro Tag, mindestens {gap} Std. Abstand.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>From {who}</source>
        <translation>Von {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts {start}</source>
        <translation>Beginn: {start}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review on {date}</source>
        <translation>Überprüfung am {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes from your clinician</source>
        <translation>Hinweise Ihrer Behandlerin oder Ihres Behandlers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, about {time}</source>
        <translation>{name}, etwa {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reminder starts this one</source>
        <translation>die Erinnerung startet dieses</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{routine}: {days} at {times}</source>
        <translation>{routine}: {days} um {times}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Movement breaks: every {n} min of work</source>
        <translation>Bewegungspausen: alle {n} Min. Arbeitszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement breaks: your own setting stays</source>
        <translation>Bewegungspausen: Ihre eigene Einstellung bleibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain check-in: every day at {time}</source>
        <translation>Schmerzeintrag: jeden Tag um {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain check-in: your own setting stays</source>
        <translation>Schmerzeintrag: Ihre eigene Einstellung bleibt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat reminder: {days} at {times}</source>
        <translation>Erinnerung an Wärme: {days} um {times}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat is not part of this plan; its limits still apply.</source>
        <translation>Wärme gehört nicht zu diesem Plan; die Grenzen des Plans gelten trotzdem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changing the dose</source>
        <translation>Anpassen der Dosierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coach keeps the dosage as written.</source>
        <translation>Coach behält die Dosierung wie angegeben bei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hold {n} s</source>
        <translation>{n} s halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} reps</source>
        <translation>Wdh.: {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coach may suggest a step up or down</source>
        <translation>Coach darf eine Stufe mehr oder weniger vorschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, never past {limits}</source>
        <translation>, nie über {limits} hinaus</translation>
    </message>
</context>
<context>
    <name>PlayerWindow</name>
    <message>
        <location filename="../../coach/ui/player/window.py" line="+111"/>
        <location line="+102"/>
        <source>Coach - {routine}</source>
        <translation>Coach - {routine}</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Before you start: how is your pain right now?</source>
        <translation>Bevor Sie beginnen: Wie stark sind Ihre Schmerzen gerade?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How is your pain now?</source>
        <translation>Wie stark sind Ihre Schmerzen jetzt?</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/running_page.py" line="+68"/>
        <source>Routine in progress</source>
        <translation>Programm läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space pauses or resumes, Right skips, Left goes back, M mutes, F11 shows full screen, H stops because it hurts, Escape ends.</source>
        <translation>Leertaste pausiert oder setzt fort, Pfeil rechts überspringt, Pfeil links geht zurück, M schaltet den Ton aus, F11 zeigt den Vollbildmodus, H bricht ab, weil es wehtut, Escape beendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Routine progress</source>
        <translation>Fortschritt des Programms</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/pain_page.py" line="+39"/>
        <source>&amp;Gentler routine</source>
        <translation>&amp;Sanfteres Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Just a &amp;check-in</source>
        <translation>Nur ein &amp;Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this pain rating as a check-in and close</source>
        <translation>Diesen Schmerzwert als Eintrag speichern und schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start anyway</source>
        <translation>&amp;Trotzdem beginnen</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/running_page.py" line="+21"/>
        <location line="+165"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Pause or resume (Space)</source>
        <translation>Anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart this exercise, or go to the previous one (Left)</source>
        <translation>Diese Übung neu beginnen oder zur vorherigen gehen (Pfeil links)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next exercise (Right)</source>
        <translation>Zur nächsten Übung (Pfeil rechts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+180"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Sound and voice on or off (M)</source>
        <translation>Töne und Stimme ein oder aus (M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen on or off (F11)</source>
        <translation>Vollbild ein oder aus (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the routine now (Esc)</source>
        <translation>Das Programm jetzt beenden (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop - this &amp;hurts</source>
        <translation>Stopp – das tut &amp;weh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop at once, say what happened and see what to do (H)</source>
        <translation>Sofort aufhören, sagen, was passiert ist, und sehen, was zu tun ist (H)</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/pain_page.py" line="+20"/>
        <source>Pain of {pain} out of 10 before you start</source>
        <translation>Schmerz {pain} von 10 vor dem Beginn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain this high is a reason to rest the exercise today rather than push through it. You can do a gentler routine instead (mobility only, at the smallest dose), just save your pain as a check-in, or start anyway.</source>
        <translation>Schmerzen in dieser Stärke sind ein Grund, die Übungen heute ruhen zu lassen, statt sich durchzukämpfen. Sie können stattdessen ein sanfteres Programm machen (nur Beweglichkeit, in der kleinsten Dosis), Ihre Schmerzen nur als Eintrag speichern oder trotzdem beginnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gentler routine: {exercises}, once each at the smallest dose.</source>
        <translation>Das sanftere Programm: {exercises}, jeweils einmal in der kleinsten Dosis.</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/window.py" line="+96"/>
        <source>The check-in was not saved</source>
        <translation>Der Eintrag wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/running_page.py" line="+115"/>
        <location line="+30"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{left} left of {total}</source>
        <translation>noch {left} von {total}</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/end_screen.py" line="+56"/>
        <source>What you did</source>
        <translation>Was Sie gemacht haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{mark} {exercise} (not finished)</source>
        <translation>{mark} {exercise} (nicht beendet)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stop this exercise for today.</source>
        <translation>Machen Sie diese Übung heute nicht weiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Otherwise rest the area for a while and keep gently active. Next time, do less: shorter holds or fewer repetitions. If the pain has not settled within 24 hours, or it keeps coming back with this exercise, talk to a doctor or physiotherapist before doing it again.</source>
        <translation>Andernfalls schonen Sie die Stelle eine Weile und bleiben Sie sanft in Bewegung. Machen Sie beim nächsten Mal weniger: kürzer halten oder weniger Wiederholungen. Wenn die Schmerzen nicht innerhalb von 24 Stunden abklingen oder bei dieser Übung immer wiederkommen, sprechen Sie mit einer Ärztin, einem Arzt oder in der Physiotherapie, bevor Sie sie wieder machen.</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/window.py" line="-151"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The routine was not started</source>
        <translation>Die Übungsfolge wurde nicht gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem}

Nothing of this routine would be saved, so it was not started. Choose your pain number again to retry.</source>
        <translation>{problem}

Nichts von dieser Übungsfolge würde gespeichert, deshalb wurde sie nicht gestartet. Wählen Sie Ihre Schmerzzahl erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/running_page.py" line="+32"/>
        <source>{problem} The routine goes on.</source>
        <translation>{problem} Die Übungsfolge geht weiter.</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/cue_words.py" line="+15"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Relax</source>
        <translation>Lockern</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+51"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/running_page.py" line="-95"/>
        <source>{name} ({number} of {count})</source>
        <translation>{name} ({number} von {count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set {n} of {total}</source>
        <translation>Satz {n} von {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rep {n} of {total}</source>
        <translation>Wiederholung {n} von {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next: finish</source>
        <translation>Als Nächstes: Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/cue_words.py" line="+6"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Get ready: {name}</source>
        <translation>Bereit machen: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold {seconds} seconds</source>
        <translation>{seconds} Sekunden halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move slowly, {seconds} seconds each time</source>
        <translation>Langsam bewegen, jeweils {seconds} Sekunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{direction}. {words}</source>
        <translation>{direction}. {words}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switch sides. {direction}</source>
        <translation>Seite wechseln. {direction}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rest {seconds} seconds</source>
        <translation>{seconds} Sekunden ausruhen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no sound ({why})</source>
        <translation>kein Ton ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no voice ({why})</source>
        <translation>keine Stimme ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cue: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(muted)</source>
        <translation>(stumm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(visual cues only: {problems})</source>
        <translation>(nur sichtbare Hinweise: {problems})</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/running_page.py" line="+51"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Going on</source>
        <translation>Es geht weiter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../../coach/ui/player/window.py" line="+126"/>
        <source>End the routine?</source>
        <translation>Programm beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this routine now? What you have done so far is saved.</source>
        <translation>Dieses Programm jetzt beenden? Was Sie bisher gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End this routine now? Some of it could not be saved. {problem}</source>
        <translation>Diese Übungsfolge jetzt beenden? Ein Teil davon konnte nicht gespeichert werden. {problem}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the user reported pain</source>
        <translation>Schmerzen angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Well done. Routine finished.</source>
        <translation>Gut gemacht. Programm beendet.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>How bad is the pain now?</source>
        <translation>Wie stark ist der Schmerz jetzt?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What happened? Tick anything that is new, then choose how bad the pain is.</source>
        <translation>Was ist passiert? Kreuzen Sie an, was neu ist, und wählen Sie dann, wie stark der Schmerz ist.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>You stopped because it hurt</source>
        <translation>Sie haben wegen Schmerzen aufgehört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine ended early</source>
        <translation>Programm vorzeitig beendet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{done} of %n exercise(s) completed, {duration}.</source>
        <translation>
            <numerusform>{done} von %n Übung abgeschlossen, {duration}.</numerusform>
            <numerusform>{done} von %n Übungen abgeschlossen, {duration}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{before} of 10 before, {after} of 10 after</source>
        <translation>{before} von 10 vorher, {after} von 10 nachher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{before} of 10 before</source>
        <translation>{before} von 10 vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{after} of 10 after</source>
        <translation>{after} von 10 nachher</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n day(s) in a row with your routines done</source>
        <translation>
            <numerusform>%n Tag in Folge mit erledigten Programmen</numerusform>
            <numerusform>%n Tage in Folge mit erledigten Programmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Pain before: {before} of 10, after: {after} of 10.</source>
        <translation>Schmerz vorher: {before} von 10, nachher: {after} von 10.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some of this routine could not be saved and is missing from your history. {problem}</source>
        <translation>Ein Teil dieser Übungsfolge konnte nicht gespeichert werden und fehlt in Ihrem Verlauf. {problem}</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../coach/ui/pages/progress.py" line="+213"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;2 weeks</source>
        <translation>&amp;2 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 &amp;months</source>
        <translation>3 &amp;Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as &amp;image…</source>
        <translation>Als &amp;Bild speichern…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Progress charts</source>
        <translation>Fortschrittsdiagramme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values of the day under the pointer</source>
        <translation>Werte des Tages unter dem Mauszeiger</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Go to &amp;Today</source>
        <translation>Zu H&amp;eute</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pain (0 = no pain, 10 = worst imaginable)</source>
        <translation>Schmerz (0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily rating</source>
        <translation>Tageswert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes per day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Routines done of those planned, per week (%)</source>
        <translation>Erledigte von geplanten Programmen, pro Woche (%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders shown per week</source>
        <translation>Angezeigte Erinnerungen pro Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Your pain ratings will appear here after your first check-in.</source>
        <translation>Ihre Schmerzwerte erscheinen hier nach Ihrem ersten Eintrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your minutes of exercise and heat will appear here after your first routine or heat session.</source>
        <translation>Ihre Minuten mit Übungen und Wärme erscheinen hier nach Ihrem ersten Programm oder Ihrer ersten Wärmeanwendung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many of the planned routines you did will appear here each week, from the first day a routine is planned.</source>
        <translation>Wie viele der geplanten Programme Sie gemacht haben, erscheint hier Woche für Woche, ab dem ersten Tag, an dem ein Programm geplant ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The routine reminder is off, so no routines are planned: turn it on in Settings to see here how many of them you do each week.</source>
        <translation>Die Programm-Erinnerung ist aus, daher sind keine Programme geplant: Schalten Sie sie in den Einstellungen ein, um hier zu sehen, wie viele davon Sie jede Woche machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you do with your reminders (start, snooze or skip) will appear here once the first one is shown.</source>
        <translation>Was Sie mit Ihren Erinnerungen machen (starten, auf später verschieben oder überspringen), erscheint hier, sobald die erste angezeigt wurde.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing in these dates: drag the chart or choose a longer range.</source>
        <translation>An diesen Tagen ist nichts eingetragen: Verschieben Sie das Diagramm oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pain trend: the 7-day mean stayed at {now:.1f}</source>
        <translation>Schmerzverlauf: Das 7-Tage-Mittel blieb bei {now:.1f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain trend: the 7-day mean fell from {start:.1f} to {now:.1f}</source>
        <translation>Schmerzverlauf: Das 7-Tage-Mittel sank von {start:.1f} auf {now:.1f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain trend: the 7-day mean rose from {start:.1f} to {now:.1f}</source>
        <translation>Schmerzverlauf: Das 7-Tage-Mittel stieg von {start:.1f} auf {now:.1f}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>over %n day(s);</source>
        <translation>
            <numerusform>innerhalb von %n Tag;</numerusform>
            <numerusform>innerhalb von %n Tagen;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the latest daily rating is {pain:.1f}.</source>
        <translation>der letzte Tageswert ist {pain:.1f}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain: no check-ins yet.</source>
        <translation>Schmerz: noch keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Minutes per day: exercise on %n day(s), </source>
        <translation>
            <numerusform>Minuten pro Tag: Übungen an %n Tag, </numerusform>
            <numerusform>Minuten pro Tag: Übungen an %n Tagen, </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes:.0f} min in all; </source>
        <translation>insgesamt {minutes:.0f} Min.; </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>heat on %n day(s), </source>
        <translation>
            <numerusform>Wärme an %n Tag, </numerusform>
            <numerusform>Wärme an %n Tagen, </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes:.0f} min in all.</source>
        <translation>insgesamt {minutes:.0f} Min.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Routines done of those planned: {last:.0f} % in the latest week, {mean:.0f} % on average over %n week(s).</source>
        <translation>
            <numerusform>Erledigte von geplanten Programmen: {last:.0f} % in der letzten Woche, im Mittel {mean:.0f} % über %n Woche.</numerusform>
            <numerusform>Erledigte von geplanten Programmen: {last:.0f} % in der letzten Woche, im Mittel {mean:.0f} % über %n Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Reminders: %n shown in the latest week:</source>
        <translation>
            <numerusform>Erinnerungen: %n in der letzten Woche angezeigt:</numerusform>
            <numerusform>Erinnerungen: %n in der letzten Woche angezeigt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+207"/>
        <source>{started} started, {snoozed} snoozed, {skipped} skipped, {unanswered} without an answer</source>
        <translation>{started} begonnen, {snoozed} auf später verschoben, {skipped} übersprungen, {unanswered} ohne Antwort</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Reminders: none shown yet.</source>
        <translation>Erinnerungen: noch keine angezeigt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>After two weeks of check-ins, Coach can say how your pain changes.</source>
        <translation>Nach zwei Wochen mit Einträgen kann Coach sagen, wie sich Ihr Schmerz verändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(A fall of at least 2 points, or of at least 30 % and 1.5 points, is the usual threshold that matters.)</source>
        <translation>(Ein Rückgang um mindestens 2 Punkte oder um mindestens 30 % und 1,5 Punkte gilt üblicherweise als bedeutsam.)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Week of {day}: no routines planned</source>
        <translation>Woche ab {day}: keine Programme geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {day}: {done} of {planned} planned routines done ({percent:.0f} %)</source>
        <translation>Woche ab {day}: {done} von {planned} geplanten Programmen erledigt ({percent:.0f} %)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Week of {day}: no reminders shown</source>
        <translation>Woche ab {day}: keine Erinnerungen angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {day}:</source>
        <translation>Woche ab {day}:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) shown</source>
        <translation>
            <numerusform>%n Erinnerung angezeigt</numerusform>
            <numerusform>%n Erinnerungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-186"/>
        <source>it is higher than at the start.</source>
        <translation>er ist höher als zu Beginn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the same as at the start.</source>
        <translation>etwa gleich wie zu Beginn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a small improvement, not yet a meaningful one.</source>
        <translation>eine kleine Verbesserung, aber noch keine bedeutsame.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a meaningful improvement.</source>
        <translation>eine bedeutsame Verbesserung.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>a substantial, meaningful improvement.</source>
        <translation>eine deutliche, bedeutsame Verbesserung.</translation>
    </message>
    <message>
        <location line="-394"/>
        <source>Your progress will appear here</source>
        <translation>Ihr Fortschritt erscheint hier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your pain ratings, after your first check-in on Today (it takes five seconds).</source>
        <translation>Ihre Schmerzwerte, nach Ihrem ersten Eintrag unter Heute (das dauert fünf Sekunden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your minutes of exercise and heat, after your first routine or heat session.</source>
        <translation>Ihre Minuten mit Übungen und Wärme, nach Ihrem ersten Programm oder Ihrer ersten Wärmeanwendung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you do with your reminders, once the first one is shown.</source>
        <translation>Was Sie mit Ihren Erinnerungen machen, sobald die erste angezeigt wurde.</translation>
    </message>
    <message>
        <location line="+403"/>
        <source>Pain from {start:.1f} in your first week to {now:.1f} in the last: {points:+.1f} points{percent}, {verdict}</source>
        <translation>Schmerz von {start:.1f} in Ihrer ersten Woche auf {now:.1f} in der letzten: {points:+.1f} Punkte{percent}, {verdict}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Streak: %n day(s) in a row with your routines done.</source>
        <translation>
            <numerusform>Serie: %n Tag in Folge mit erledigten Programmen.</numerusform>
            <numerusform>Serie: %n Tage in Folge mit erledigten Programmen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the charts as an image</source>
        <translation>Diagramme als Bild speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the charts to {path}.</source>
        <translation>Diagramme unter {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The charts could not be saved to {path}; choose another folder.</source>
        <translation>Die Diagramme konnten nicht unter {path} gespeichert werden; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>pain {pain:.1f} (7-day mean {mean:.1f})</source>
        <translation>Schmerz {pain:.1f} (7-Tage-Mittel {mean:.1f})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{exercise:.0f} min exercise, {heat:.0f} min heat</source>
        <translation>{exercise:.0f} Min. Übungen, {heat:.0f} Min. Wärme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day}: nothing recorded</source>
        <translation>{day}: nichts aufgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {values}</source>
        <translation>{day}: {values}</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <location filename="../../coach/ui/pages/today/progression.py" line="+156"/>
        <source>{routine}: try {change}.</source>
        <translation>{routine}: als Nächstes {change}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{routine}: go down a step to {change}.</source>
        <translation>{routine}: eine Stufe zurück – {change}.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>{new} sets (was {old})</source>
        <translation>Satzzahl {new} (vorher {old})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>holds {n} s longer</source>
        <translation>{n} s länger halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds {n} s shorter</source>
        <translation>{n} s kürzer halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} more repetitions of each exercise</source>
        <translation>je Übung {n} Wdh. mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} fewer repetitions of each exercise</source>
        <translation>je Übung {n} Wdh. weniger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one more set of each exercise</source>
        <translation>je Übung ein Satz mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one set less of each exercise</source>
        <translation>je Übung ein Satz weniger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your pain after it was at most {pain} out of 10, no day after was worse than usual, and you did {done} sessions in the last 7 days, with {planned} planned.</source>
        <translation>Ihre Schmerzen danach lagen höchstens bei {pain} von 10, an keinem Tag danach war es schlimmer als sonst, und Sie haben in den letzten 7 Tagen {done} Durchgänge gemacht, bei {planned} geplanten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On {day}, the day after doing it, your pain was higher than your usual level; that suggests the dose was too much (a pain-monitoring rule adapted from research on tendon pain).</source>
        <translation>Am {day}, dem Tag danach, waren Ihre Schmerzen stärker als sonst; das spricht dafür, dass die Dosis zu hoch war (eine Regel zur Schmerzbeobachtung, angepasst aus der Forschung zu Sehnenschmerzen).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{exercises}: at {sets} sets of {reps} repetitions, the most Coach suggests. To progress, use a stronger band next time rather than more repetitions.</source>
        <translation>{exercises}: {sets} Sätze mit {reps} Wiederholungen sind das Höchste, was Coach vorschlägt. Um sich zu steigern, nehmen Sie beim nächsten Mal ein stärkeres Band statt mehr Wiederholungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{routine}: {advice}</source>
        <translation>{routine}: {advice}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+24"/>
        <source>A suggestion for your routine</source>
        <translation>Ein Vorschlag für Ihr Programm</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide this suggestion for a week</source>
        <translation>Diesen Vorschlag eine Woche lang ausblenden</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>holds of {new} s (was {old} s)</source>
        <translation>Haltezeit {new} s (vorher {old} s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{new} repetitions (was {old})</source>
        <translation>Wiederholungszahl {new} (vorher {old})</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Your pain reached {pain} out of 10 with it this week; above 5 means too much for now (a pain-monitoring rule adapted from research on tendon pain).</source>
        <translation>Ihre Schmerzen erreichten damit diese Woche {pain} von 10; über 5 ist im Moment zu viel (eine Regel zur Schmerzbeobachtung, angepasst aus der Forschung zu Sehnenschmerzen).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Your routine may be too much for now</source>
        <translation>Ihr Programm ist im Moment vielleicht zu viel</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>{exercise}: {change}</source>
        <translation>{exercise}: {change}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not n&amp;ow</source>
        <translation>Nicht &amp;jetzt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Done: {routine} now runs at the new dose. Coach suggests at most one change a week.</source>
        <translation>Erledigt: {routine} läuft jetzt mit der neuen Dosierung. Coach schlägt höchstens eine Änderung pro Woche vor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This could not be saved ({error}).</source>
        <translation>Das konnte nicht gespeichert werden ({error}).</translation>
    </message>
</context>
<context>
    <name>QuietTimeRow</name>
    <message>
        <location filename="../../coach/ui/pages/settings/quiet_times.py" line="+43"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Quiet time {n} starts</source>
        <translation>Ruhezeit {n} beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet time {n} ends</source>
        <translation>Ruhezeit {n} endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove quiet time {n}</source>
        <translation>Ruhezeit {n} entfernen</translation>
    </message>
</context>
<context>
    <name>QuietTimesEditor</name>
    <message>
        <location line="+18"/>
        <source>None: reminders may come at any time of the day.</source>
        <translation>Keine: Erinnerungen können zu jeder Tageszeit kommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add a quiet time</source>
        <translation>&amp;Ruhezeit hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {n} quiet times; they may not overlap.</source>
        <translation>Höchstens {n} Ruhezeiten; sie dürfen sich nicht überschneiden.</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <location filename="../../coach/ui/runners/reminder_controller.py" line="+127"/>
        <source>Your reminder settings could not be read ({problem}); the defaults are in use until you change them in Settings.</source>
        <translation>Ihre Erinnerungseinstellungen konnten nicht gelesen werden ({problem}); es gelten die Standardwerte, bis Sie sie in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Coach could not save your reminder settings ({error}); they apply until Coach closes.</source>
        <translation>Coach konnte Ihre Erinnerungseinstellungen nicht speichern ({error}); sie gelten, bis Coach beendet wird.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Coach could not record what you did with a reminder ({error}).</source>
        <translation>Coach konnte nicht speichern, wie Sie auf eine Erinnerung reagiert haben ({error}).</translation>
    </message>
</context>
<context>
    <name>ReminderNotices</name>
    <message>
        <location filename="../../coach/ui/runners/reminder_notices.py" line="+31"/>
        <source>Time for a movement break</source>
        <translation>Zeit für eine Bewegungspause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand up for a minute: walk a few steps, roll your shoulders, look into the distance. Short breaks ease neck, back and shoulder discomfort.</source>
        <translation>Stehen Sie für eine Minute auf: Gehen Sie ein paar Schritte, kreisen Sie die Schultern, schauen Sie in die Ferne. Kurze Pausen lindern Beschwerden in Nacken, Rücken und Schultern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;m moving</source>
        <translation>Ich bewege mich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time for your routine</source>
        <translation>Zeit für Ihr Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time for heat</source>
        <translation>Zeit für Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A heat session can ease stiff muscles. Coach times it for you.</source>
        <translation>Eine Wärmeanwendung kann verspannte Muskeln lockern. Coach misst die Zeit für Sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open timers</source>
        <translation>Timer öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How is your pain?</source>
        <translation>Wie stark sind Ihre Schmerzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quick check-in on the 0-10 scale shows whether the programme helps.</source>
        <translation>Ein kurzer Eintrag auf der Skala von 0 bis 10 zeigt, ob das Programm hilft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{routine} is planned now.</source>
        <translation>Jetzt ist „{routine}“ geplant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your routine is planned now.</source>
        <translation>Jetzt ist Ihr Programm geplant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In {n} minutes</source>
        <translation>In {n} Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The routine this reminder opens no longer exists; choose another in Settings.</source>
        <translation>Das Programm, das diese Erinnerung öffnet, gibt es nicht mehr; wählen Sie in den Einstellungen ein anderes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Movement breaks</source>
        <translation>Bewegungspausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine reminders</source>
        <translation>Erinnerungen an Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat reminders</source>
        <translation>Erinnerungen an Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain check-ins</source>
        <translation>Schmerzeinträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed while you were away</source>
        <translation>Verpasst, während Sie weg waren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {n} fell due while the computer was asleep or Coach was closed. The schedule goes on from now.</source>
        <translation>{what}: {n}-mal fällig geworden, während der Computer im Ruhezustand oder Coach geschlossen war. Der Zeitplan läuft ab jetzt weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../../coach/ui/pages/settings/reminders.py" line="+147"/>
        <source>A clinician has &amp;checked this…</source>
        <translation>Das wurde ärztlich abge&amp;klärt …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work starts</source>
        <translation>Arbeitsbeginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work ends</source>
        <translation>Arbeitsende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours:</source>
        <translation>Arbeitszeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours (no reminders at all):</source>
        <translation>Ruhezeiten (gar keine Erinnerungen):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Movement break every</source>
        <translation>&amp;Bewegungspause alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between movement breaks</source>
        <translation>Minuten zwischen Bewegungspausen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of working time</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Routine to remind of</source>
        <translation>Programm, an das erinnert wird</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routine times</source>
        <translation>Uhrzeiten für das Programm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routine:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pain check-in at</source>
        <translation>&amp;Schmerzeintrag um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check-in times</source>
        <translation>Uhrzeiten für Einträge</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>R&amp;outine reminder</source>
        <translation>&amp;Programm-Erinnerung</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hea&amp;t session at</source>
        <translation>&amp;Wärmeanwendung um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat reminder times</source>
        <translation>Uhrzeiten für Wärme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for example 10:30, 15:00</source>
        <translation>zum Beispiel 10:30, 15:00</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time away from the keyboard ({n} minutes or more) counts as a movement break.</source>
        <translation>Zeit weg von der Tastatur ({n} Minuten oder mehr) zählt als Bewegungspause.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coach cannot see time away from the keyboard on this desktop, so only the reminder itself restarts the movement-break count.</source>
        <translation>Coach kann auf dieser Arbeitsumgebung nicht erkennen, wann Sie nicht an der Tastatur sind; deshalb beginnt die Zeit bis zur nächsten Bewegungspause nur mit der Erinnerung selbst neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders wait while a full-screen window is in front.</source>
        <translation>Erinnerungen warten, solange ein Vollbildfenster im Vordergrund ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coach cannot see full-screen windows on this desktop; pause reminders from the tray icon during a presentation.</source>
        <translation>Coach kann auf dieser Arbeitsumgebung keine Vollbildfenster erkennen; halten Sie Erinnerungen während einer Präsentation über das Symbol im Systembereich an.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the routine reminder</source>
        <translation>die Programm-Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pain check-in</source>
        <translation>der Schmerzeintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the heat reminder</source>
        <translation>die Wärme-Erinnerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reminder} at {time} (quiet {start} to {end})</source>
        <translation>{reminder} um {time} (Ruhezeit {start} bis {end})</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Quiet hours hold back %n reminder(s), which will not come: {list}. Move the time, or the quiet hours.</source>
        <translation>
            <numerusform>Die Ruhezeiten halten %n Erinnerung zurück, die deshalb nicht kommt: {list}. Verschieben Sie die Uhrzeit oder die Ruhezeiten.</numerusform>
            <numerusform>Die Ruhezeiten halten %n Erinnerungen zurück, die deshalb nicht kommen: {list}. Verschieben Sie die Uhrzeiten oder die Ruhezeiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Working hours: the end must come after the start.</source>
        <translation>Arbeitszeit: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+65"/>
        <source>Pain check-in</source>
        <translation>Schmerzeintrag</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+61"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>{field}: give at least one time, like 10:30.</source>
        <translation>{field}: Geben Sie mindestens eine Uhrzeit an, etwa 10:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}: choose at least one day.</source>
        <translation>{field}: Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours: {error}</source>
        <translation>Ruhezeiten: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your day: {error}</source>
        <translation>Ihr Tag: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: at most {n} times a day.</source>
        <translation>{field}: höchstens {n} Uhrzeiten pro Tag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}: {error}</source>
        <translation>{field}: {error}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{field}: &quot;{text}&quot; is not a time; write times like 09:00, 15:30.</source>
        <translation>{field}: „{text}“ ist keine Uhrzeit; schreiben Sie Uhrzeiten wie 09:00, 15:30.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../coach/ui/dialogs/report.py" line="+761"/>
        <source>No sessions in this period.</source>
        <translation>Keine Programme in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No heat sessions in this period.</source>
        <translation>Keine Wärmeanwendungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="-502"/>
        <source>Answered yes in the safety questions (last changed {day}):</source>
        <translation>Bei den Sicherheitsfragen mit Ja beantwortet (zuletzt geändert am {day}):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No red flags in the safety questions ({n} of {total} answered, {day}).</source>
        <translation>Keine Warnzeichen bei den Sicherheitsfragen ({n} von {total} beantwortet, {day}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new symptoms reported in this period.</source>
        <translation>Keine neuen Beschwerden in diesem Zeitraum angegeben.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Fewer than two weeks of check-ins in this period: no change to report.</source>
        <translation>Weniger als zwei Wochen mit Einträgen in diesem Zeitraum: keine Veränderung zu berichten.</translation>
    </message>
    <message>
        <location line="+190"/>
        <location line="+87"/>
        <location line="+39"/>
        <location filename="../../coach/ui/dialogs/report_chart.py" line="+464"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="-358"/>
        <location line="+254"/>
        <location line="+66"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="-466"/>
        <location line="+482"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../coach/ui/dialogs/report_pages.py" line="+64"/>
        <source>Coach report for {name}</source>
        <translation>Coach-Bericht für {name}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Page {n} of {total}</source>
        <translation>Seite {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../coach/ui/dialogs/report.py" line="-626"/>
        <source>No check-ins, routines or heat in this period: no chart.</source>
        <translation>Keine Einträge, Programme oder Wärmeanwendungen in diesem Zeitraum: kein Diagramm.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain, stiffness and sleep</source>
        <translation>Schmerz, Steifheit und Schlaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain before and after sessions</source>
        <translation>Schmerz vor und nach den Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adherence per exercise</source>
        <translation>Umsetzung je Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Movement breaks and reminders</source>
        <translation>Bewegungspausen und Erinnerungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Safety flags raised or open in this period</source>
        <translation>Sicherheitshinweise, die in diesem Zeitraum ausgelöst wurden oder noch offen sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety questions and new symptoms</source>
        <translation>Sicherheitsfragen und neue Beschwerden</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No clinician plan.</source>
        <translation>Kein Therapieplan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The patient uses Coach&apos;s own routines and reminders.</source>
        <translation>Die Patientin oder der Patient nutzt die Programme und Erinnerungen von Coach.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clinician plan &quot;{title}&quot; (in use since {day}) cannot be read by this version of Coach: its details are not shown.</source>
        <translation>Der Therapieplan „{title}“ (in Gebrauch seit {day}) kann von dieser Coach-Version nicht gelesen werden: Seine Einzelheiten werden nicht gezeigt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prescribed exercises</source>
        <translation>Verordnete Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} (overdue)</source>
        <translation>{day} (überfällig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinician</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use in Coach since</source>
        <translation>In Coach in Gebrauch seit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clinician&apos;s notes</source>
        <translation>Hinweise der behandelnden Person</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>as prescribed</source>
        <translation>wie verordnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+195"/>
        <location filename="../../coach/ui/dialogs/report_chart.py" line="-300"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Prescribed dose</source>
        <translation>Verordnete Dosierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose in use now</source>
        <translation>Dosierung derzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exercises.</source>
        <translation>Keine Übungen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reminders now: {lines}</source>
        <translation>Erinnerungen derzeit: {lines}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a fall of at least 2 points, or of at least 30 % and 1.5 points</source>
        <translation>ein Rückgang um mindestens 2 Punkte oder um mindestens 30 % und 1,5 Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a meaningful improvement ({rule}).</source>
        <translation>Das ist eine bedeutsame Verbesserung ({rule}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a meaningful improvement ({rule}).</source>
        <translation>Das ist keine bedeutsame Verbesserung ({rule}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+288"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines done</source>
        <translation>Erledigte Programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Means of the check-ins of each week. Stiffness: 0 = none, 10 = worst imaginable. Sleep (the night before): 0 = very poor, 10 = very good.</source>
        <translation>Mittelwerte der Einträge jeder Woche. Steifheit: 0 = keine, 10 = stärkste vorstellbare. Schlaf (in der Nacht davor): 0 = sehr schlecht, 10 = sehr gut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No routines were planned in this period.</source>
        <translation>In diesem Zeitraum waren keine Programme geplant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routines done: {done} of {planned} planned by the routine reminder from {first} to {last} ({percent:.0f} %).</source>
        <translation>Erledigte Programme: {done} von {planned}, die die Programm-Erinnerung von {first} bis {last} vorgesehen hat ({percent:.0f} %).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The routine reminder planned no routines from {first} to {last}.</source>
        <translation>Die Programm-Erinnerung hat von {first} bis {last} keine Programme vorgesehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done} of {planned} ({percent:.0f} %)</source>
        <translation>{done} von {planned} ({percent:.0f} %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No session was rated both before and after.</source>
        <translation>Keine Einheit wurde sowohl vorher als auch nachher bewertet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions rated</source>
        <translation>Bewertete Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median before</source>
        <translation>Median vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median after</source>
        <translation>Median nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median change</source>
        <translation>Median der Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaningful fall</source>
        <translation>Bedeutsamer Rückgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain rose</source>
        <translation>Schmerz gestiegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change is after minus before, session by session. A meaningful fall is one of at least 2 points, or of at least 30 % and 1.5 points.</source>
        <translation>Veränderung: nachher minus vorher, für jede Einheit einzeln. Ein bedeutsamer Rückgang beträgt mindestens 2 Punkte oder mindestens 30 % und 1,5 Punkte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} more sessions were rated before but not after.</source>
        <translation>{n} weitere Einheiten wurden vorher, aber nicht nachher bewertet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped part-way</source>
        <translation>Mittendrin beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done of planned</source>
        <translation>Erledigt von geplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No exercises planned or done in this period.</source>
        <translation>In diesem Zeitraum wurden keine Übungen geplant oder gemacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned: the routine reminder&apos;s sessions times the exercise&apos;s steps in that routine. Done counts the exercise in any routine; a dash: not in the reminded routine.</source>
        <translation>Geplant: die Einheiten der Programm-Erinnerung mal die Schritte dieser Übung in diesem Programm. Erledigt zählt die Übung in jedem Programm; ein Strich: nicht im erinnerten Programm.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../coach/ui/dialogs/report_chart.py" line="+301"/>
        <source>Snoozed</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coach/ui/dialogs/report_chart.py" line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coach/ui/dialogs/report_chart.py" line="+1"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reminders fell due in this period.</source>
        <translation>In diesem Zeitraum waren keine Erinnerungen fällig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started: the patient chose “I&apos;m moving”, Start now, Check in or Open timers. A snoozed reminder that comes back is shown again. No answer: closed or left open. Missed: fell due while the computer slept or Coach was closed.</source>
        <translation>Begonnen: Die Patientin oder der Patient hat „Ich bewege mich“, Jetzt starten, Eintragen oder Timer öffnen gewählt. Eine mit „Später“ verschobene Erinnerung wird beim erneuten Erscheinen wieder gezählt. Keine Antwort: geschlossen oder offen gelassen. Verpasst: fällig geworden, während der Computer schlief oder Coach geschlossen war.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Movement break</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain check-in</source>
        <translation>Schmerz-Eintrag</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+40"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Active time counts the exercises themselves, the holds and movements, without getting ready, rests between sets and pauses; the second time is from start to end.</source>
        <translation>Die aktive Zeit zählt nur die Übungen selbst, das Halten und die Bewegungen, ohne Vorbereitung, Pausen zwischen den Sätzen und Unterbrechungen; die zweite Zeit reicht vom Beginn bis zum Ende.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped: pain</source>
        <translation>abgebrochen: Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../coach/ui/dialogs/report_chart.py" line="-322"/>
        <source>Pain (0 = no pain, 10 = worst imaginable)</source>
        <translation>Schmerz (0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily rating</source>
        <translation>Tageswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes per day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Reminders shown per week</source>
        <translation>Angezeigte Erinnerungen pro Woche</translation>
    </message>
    <message>
        <location filename="../../coach/ui/dialogs/report.py" line="-708"/>
        <source>Coach report {first} to {last}</source>
        <translation>Coach-Bericht {first} bis {last}</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Reported with</source>
        <translation>Angegeben bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New symptoms</source>
        <translation>Neue Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice given</source>
        <translation>Gegebener Rat</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Routine {routine} at {times} on {days}{off}.</source>
        <translation>Programm „{routine}“ ({days}) um {times}{off}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Movement break every {n} minutes of working time{off}.</source>
        <translation>Bewegungspause alle {n} Minuten Arbeitszeit{off}.</translation>
    </message>
    <message>
        <location line="+322"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="-583"/>
        <location filename="../../coach/ui/dialogs/report_pages.py" line="-70"/>
        <source>Coach report</source>
        <translation>Coach-Bericht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coach records what the patient entered; it makes no diagnosis. Pain is on the 0-10 numeric rating scale (0 = no pain, 10 = worst imaginable pain).</source>
        <translation>Coach zeichnet auf, was die Patientin oder der Patient eingegeben hat; es stellt keine Diagnose. Schmerz wird auf der numerischen Skala von 0 bis 10 angegeben (0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+171"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Sessions</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+451"/>
        <location filename="../../coach/ui/dialogs/report_chart.py" line="-295"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Notes with check-ins</source>
        <translation>Notizen zu Einträgen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>check-in</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first-run answers could not be read ({problem}).</source>
        <translation>Die Antworten vom ersten Start konnten nicht gelesen werden ({problem}).</translation>
    </message>
    <message>
        <location line="+162"/>
        <source> (reminders off)</source>
        <translation> (Erinnerungen aus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (off)</source>
        <translation> (aus)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pain {start:.1f} in the first week, {now:.1f} in the last: {points:+.1f} points{percent}.</source>
        <translation>Schmerz {start:.1f} in der ersten Woche, {now:.1f} in der letzten: {points:+.1f} Punkte{percent}.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>None recorded.</source>
        <translation>Keine aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first-run safety questions were not answered.</source>
        <translation>Die Sicherheitsfragen beim ersten Start wurden nicht beantwortet.</translation>
    </message>
    <message>
        <location line="-94"/>
        <location filename="../../coach/ui/dialogs/report_pages.py" line="+8"/>
        <source>Written by Coach on {day}.</source>
        <translation>Von Coach erstellt am {day}.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>stopped {routine}: it hurt</source>
        <translation>{routine} abgebrochen: es tat weh</translation>
    </message>
    <message>
        <location filename="../../coach/ui/dialogs/report_pages.py" line="-3"/>
        <source>Period: {first} to {last}</source>
        <translation>Zeitraum: {first} bis {last}</translation>
    </message>
    <message>
        <location filename="../../coach/ui/dialogs/report.py" line="-82"/>
        <source>Patient: {name}</source>
        <translation>Patientin/Patient: {name}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../coach/ui/dialogs/data_actions.py" line="+8"/>
        <location line="+28"/>
        <source>Clinician report</source>
        <translation>Bericht für Behandelnde</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>as it should appear on the report</source>
        <translation>wie er im Bericht erscheinen soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patient &amp;name:</source>
        <translation>&amp;Name der Patientin/des Patienten:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The end comes before the start.</source>
        <translation>Das Ende liegt vor dem Anfang.</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../../coach/ui/pages/routine_cards.py" line="+363"/>
        <source>+{count}</source>
        <translation>+{count}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {time}</source>
        <translation>etwa {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <location filename="../../coach/ui/pages/routines.py" line="+80"/>
        <location line="+16"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+231"/>
        <source>Built-in routines cannot be changed. Use Duplicate to make your own copy.</source>
        <translation>Mitgelieferte Programme können nicht geändert werden. Mit „Duplizieren“ erstellen Sie Ihre eigene Kopie.</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Exercises in this routine</source>
        <translation>Übungen in diesem Programm</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Exercise to add</source>
        <translation>Hinzuzufügende Übung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Start routine</source>
        <translation>Programm &amp;starten</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>In the list of exercises: {key}</source>
        <translation>In der Übungsliste: {key}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>E&amp;xercise:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>This routine is from your clinician&apos;s plan: it cannot be changed here. Use Duplicate to make your own copy.</source>
        <translation>Dieses Programm stammt aus Ihrem Therapieplan und kann hier nicht geändert werden. Mit „Duplizieren“ erstellen Sie Ihre eigene Kopie.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Shown at the dose you accepted on {day}; the routine runs at this dose. Changing a number here makes it the routine&apos;s own dose.</source>
        <translation>Angezeigt mit der Dosis, die Sie am {day} angenommen haben; das Programm läuft mit dieser Dosis. Wenn Sie hier eine Zahl ändern, wird sie zur eigenen Dosis des Programms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown at the dose you accepted on {day}; the routine runs at this dose.</source>
        <translation>Angezeigt mit der Dosis, die Sie am {day} angenommen haben; das Programm läuft mit dieser Dosis.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a hold or a rep time above 0 is needed.</source>
        <translation>Haltezeit oder Wiederholungszeit muss über 0 liegen.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>from your plan</source>
        <translation>aus Ihrem Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yours</source>
        <translation>Ihr eigenes</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>About {time} with get-ready and side changes</source>
        <translation>Etwa {time} mit Vorbereitung und Seitenwechseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{name} (my copy)</source>
        <translation>{name} (meine Kopie)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename routine</source>
        <translation>Programm umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete routine</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your routine &apos;{name}&apos;? Sessions you did with it stay recorded.</source>
        <translation>Ihr Programm „{name}“ löschen? Durchgänge, die Sie damit gemacht haben, bleiben gespeichert.</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <location filename="../../coach/ui/pages/today/safety_banner.py" line="+64"/>
        <source>Waiting for a clinician&apos;s check</source>
        <translation>Wartet auf ärztliche Abklärung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until then, Coach holds your exercise reminders and asks before a routine starts. Movement breaks and check-ins go on.</source>
        <translation>Bis dahin hält Coach Ihre Übungserinnerungen an und fragt nach, bevor ein Programm startet. Bewegungspausen und Einträge gehen weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A clinician has &amp;checked this…</source>
        <translation>Das wurde ärztlich &amp;abgeklärt …</translation>
    </message>
    <message>
        <location filename="../../coach/ui/dialogs/clinician_check.py" line="+28"/>
        <source>A clinician has checked this</source>
        <translation>Das wurde ärztlich abgeklärt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a doctor, physiotherapist or other clinician checked what you told Coach? Coach then no longer shows it on the Today page and brings your exercise reminders back.</source>
        <translation>Hat eine Ärztin, ein Arzt, eine Physiotherapeutin oder ein Physiotherapeut abgeklärt, was Sie Coach angegeben haben? Dann zeigt Coach es auf der Seite „Heute“ nicht mehr an und nimmt Ihre Übungserinnerungen wieder auf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach could not note the clinician&apos;s check ({error}).</source>
        <translation>Coach konnte die ärztliche Abklärung nicht speichern ({error}).</translation>
    </message>
</context>
<context>
    <name>SafetyFlags</name>
    <message>
        <location filename="../../coach/ui/pages/today/safety_banner.py" line="-30"/>
        <source>On {date} you told Coach about: {reasons}. {advice}</source>
        <translation>Am {date} haben Sie Coach Folgendes angegeben: {reasons}. {advice}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Start the routine?</source>
        <translation>Programm starten?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until a clinician has checked this, Coach suggests no exercise. Start &quot;{routine}&quot; anyway?</source>
        <translation>Bis das ärztlich abgeklärt ist, rät Coach von Übungen ab. „{routine}“ trotzdem starten?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start &amp;anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Do not start</source>
        <translation>&amp;Nicht starten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../coach/ui/pages/settings/page.py" line="+53"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play &amp;sounds for cues, timers and reminders</source>
        <translation>&amp;Töne für Hinweise, Timer und Erinnerungen abspielen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 minutes</source>
        <translation>Alle 2 Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until you acknowledge it, at most {n} times.</source>
        <translation>Bis Sie es bestätigen, höchstens {n}-mal.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>G&amp;eneral</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Re&amp;peat the end-of-timer alert:</source>
        <translation>Timer-Signal &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} % (the system&apos;s size)</source>
        <translation>{n} % (Größe des Systems)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A zoom on the text size set for your desktop.</source>
        <translation>Eine Vergrößerung der Schriftgröße, die in Ihrer Arbeitsumgebung eingestellt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Te&amp;xt size:</source>
        <translation>Te&amp;xtgröße:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;duce motion (show still pictures instead of moving figures)</source>
        <translation>&amp;Bewegungen reduzieren (Standbilder statt bewegter Figuren zeigen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instead of a moving figure, routines and the Exercises page show each exercise&apos;s key positions one after another.</source>
        <translation>Statt einer bewegten Figur zeigen die Programme und die Seite „Übungen“ die wichtigsten Positionen jeder Übung nacheinander.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La&amp;nguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coach uses the new language after a restart.</source>
        <translation>Coach verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart no&amp;w</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im &amp;Systembereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;minimised</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Coach when I &amp;log in (in the tray)</source>
        <translation>Coach bei der Anme&amp;ldung starten (im Systembereich)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No system tray was found on this desktop, so closing the window quits Coach and &apos;Start minimised&apos; minimises the window instead of hiding it.</source>
        <translation>Auf dieser Arbeitsumgebung gibt es keinen Systembereich. Deshalb beendet das Schließen des Fensters Coach, und „Minimiert starten“ minimiert das Fenster, statt es auszublenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First run</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The safety questions, heat safety, your goals and working hours, and the suggested reminders: change any of your answers.</source>
        <translation>Die Sicherheitsfragen, die Wärmesicherheit, Ihre Ziele und Arbeitszeiten und die vorgeschlagenen Erinnerungen: Ändern Sie jede Ihrer Antworten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go through the first-run &amp;questions again…</source>
        <translation>Fragen vom ersten Start erneut d&amp;urchgehen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Coach</source>
        <translation>Über Coach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open data folder</source>
        <translation>Datenordner &amp;öffnen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Coach will start in the tray when you log in ({where}).</source>
        <translation>Coach startet bei der Anmeldung im Systembereich ({where}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coach will no longer start when you log in.</source>
        <translation>Coach startet nicht mehr bei der Anmeldung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coach could not change how it starts at login ({error}).</source>
        <translation>Coach konnte den Start bei der Anmeldung nicht ändern ({error}).</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <location filename="../../coach/ui/text/sources.py" line="+38"/>
        <source>{title}: {address}</source>
        <translation>{title}: {address}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coach&apos;s own default (a product choice): no published source sets it.</source>
        <translation>Eine eigene Vorgabe von Coach (Produktentscheidung): Keine veröffentlichte Quelle legt sie fest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where this comes from</source>
        <translation>Woher das stammt</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../coach/ui/pages/routine_steps.py" line="+99"/>
        <source>each side</source>
        <translation>auf jeder Seite</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold time</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of holds</source>
        <translation>Anzahl der Haltephasen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per repetition</source>
        <translation>Zeit pro Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side</source>
        <translation>Auf jeder Seite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step {number}: {exercise}</source>
        <translation>Schritt {number}: {exercise}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hold {hold_seconds}, {reps}</source>
        <translation>{hold_seconds} halten, {reps}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{reps} of {rep_seconds}</source>
        <translation>{reps} zu je {rep_seconds}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sets}, rest {rest_seconds} between sets</source>
        <translation>{sets}, dazwischen {rest_seconds} Pause</translation>
    </message>
</context>
<context>
    <name>SymptomChoice</name>
    <message>
        <location filename="../../coach/ui/dialogs/symptoms.py" line="+38"/>
        <source>New symptoms</source>
        <translation>Neue Beschwerden</translation>
    </message>
</context>
<context>
    <name>SymptomsDialog</name>
    <message>
        <location line="+77"/>
        <source>New symptoms</source>
        <translation>Neue Beschwerden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick anything that is new since your last check-in. Coach then says what to do; it does not diagnose.</source>
        <translation>Kreuzen Sie an, was seit Ihrem letzten Eintrag neu ist. Coach sagt Ihnen dann, was zu tun ist; es stellt keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <location filename="../../coach/ui/runners/timer_controller.py" line="+196"/>
        <source>Coach could not read the timers of its last run ({error}).</source>
        <translation>Coach konnte die Timer vom letzten Mal nicht lesen ({error}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some timers of the last run could not be restored ({n}); the log file says which.</source>
        <translation>Einige Timer vom letzten Mal konnten nicht wiederhergestellt werden ({n}); welche, steht in der Protokolldatei.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Coach could not save a change to a timer ({error}). The timer goes on, but may not be there after a restart.</source>
        <translation>Coach konnte eine Änderung an einem Timer nicht speichern ({error}). Der Timer läuft weiter, ist nach einem Neustart aber vielleicht nicht mehr da.</translation>
    </message>
</context>
<context>
    <name>TimerRow</name>
    <message>
        <location filename="../../coach/ui/pages/timers.py" line="+105"/>
        <source>Progress of {timer}</source>
        <translation>Fortschritt von {timer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+{n} min</source>
        <translation>+{n} Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add {n} minutes</source>
        <translation>{n} Minuten hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ends at {time}</source>
        <translation>Endet um {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heat sessions stop at {n} minutes.</source>
        <translation>Wärmeanwendungen enden nach {n} Minuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest breaks last at most {n} minutes.</source>
        <translation>Ruhepausen dauern höchstens {n} Minuten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timers last at most {n} hours.</source>
        <translation>Timer laufen höchstens {n} Stunden.</translation>
    </message>
</context>
<context>
    <name>TimersPage</name>
    <message>
        <location line="+44"/>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No timers running. Start one above.</source>
        <translation>Keine Timer aktiv. Starten Sie oben einen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+73"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>{n} minutes of heat</source>
        <translation>{n} Minuten Wärme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where:</source>
        <translation>&amp;Körperbereich:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start h&amp;eat</source>
        <translation>&amp;Wärme starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat safety &amp;questions…</source>
        <translation>&amp;Fragen zur Wärmesicherheit…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sessions stop at {n} minutes; leave {hours} hours between them.</source>
        <translation>Anwendungen enden nach {n} Minuten; lassen Sie {hours} Stunden Abstand dazwischen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rest break</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short rest; afterwards Coach reminds you to get moving again.</source>
        <translation>Eine kurze Pause; danach erinnert Coach Sie daran, sich wieder zu bewegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest for {n} minutes</source>
        <translation>{n} Minuten Pause</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Custom timer</source>
        <translation>Eigener Timer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label, for example Tea</source>
        <translation>Name, z. B. Tee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer label</source>
        <translation>Bezeichnung des Timers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sta&amp;rt</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Your answers could not be saved ({error}); they apply until Coach closes.</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden ({error}); sie gelten, bis Coach beendet wird.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before you use heat</source>
        <translation>Bevor Sie Wärme anwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Coach could not save the new timer ({error}), so it did not start. Check that the disk has room, then try again.</source>
        <translation>Coach konnte den neuen Timer nicht speichern ({error}), deshalb wurde er nicht gestartet. Prüfen Sie, ob auf dem Datenträger Platz ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../coach/ui/pages/today/page.py" line="+222"/>
        <location line="+46"/>
        <source>Start the 3-minute &amp;desk reset</source>
        <translation>3-Minuten-Programm am Schreibtisch s&amp;tarten</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your plan: {title}</source>
        <translation>Ihr Plan: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {clinician}</source>
        <translation>Von {clinician}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>next review {date}</source>
        <translation>nächste Überprüfung {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start {routine}</source>
        <translation>{routine} s&amp;tarten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You did {routine} at {time}. Well done. Short movement breaks through the day keep the benefit going.</source>
        <translation>Sie haben um {time} {routine} gemacht. Gut gemacht. Kurze Bewegungspausen über den Tag erhalten die Wirkung.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n routine(s) done</source>
        <translation>
            <numerusform>%n Programm erledigt</numerusform>
            <numerusform>%n Programme erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heat {duration}</source>
        <translation>Wärme {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So far today: {parts}</source>
        <translation>Bisher heute: {parts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How is your pain right now?</source>
        <translation>Wie stark sind Ihre Schmerzen gerade?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Pain %n out of 10</source>
        <translation>
            <numerusform>Schmerz %n von 10</numerusform>
            <numerusform>Schmerz %n von 10</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 = no pain</source>
        <translation>0 = kein Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 = worst imaginable pain</source>
        <translation>10 = stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note (optional): what you were doing, where it hurts</source>
        <translation>Notiz (freiwillig): was Sie gerade gemacht haben, wo es wehtut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-in note</source>
        <translation>Notiz zum Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save check-in</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stiffness (optional, 0 = none, 10 = worst)</source>
        <translation>Steifheit (freiwillig, 0 = keine, 10 = am stärksten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last night&apos;s sleep (optional, 0 = very poor, 10 = very good)</source>
        <translation>Schlaf letzte Nacht (freiwillig, 0 = sehr schlecht, 10 = sehr gut)</translation>
    </message>
    <message numerus="yes">
        <location line="+256"/>
        <source>{time}  {routine}: {status}, %n exercise(s) done, {duration}</source>
        <translation>
            <numerusform>{time}  {routine}: {status}, %n Übung erledigt, {duration}</numerusform>
            <numerusform>{time}  {routine}: {status}, %n Übungen erledigt, {duration}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{time}  {timer}: {status}, {used} of {planned}</source>
        <translation>{time}  {timer}: {status}, {used} von {planned}</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>S&amp;leep:</source>
        <translation>S&amp;chlaf:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+353"/>
        <source>&amp;New symptoms?</source>
        <translation>&amp;Neue Beschwerden?</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Numbness, tingling, weakness, pain spreading to the arms or chest, ...</source>
        <translation>Taubheit, Kribbeln, Schwäche, Schmerzen, die in Arme oder Brust ausstrahlen, …</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Recorded today</source>
        <translation>Heute aufgezeichnet</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Nothing recorded yet today. A check-in takes five seconds.</source>
        <translation>Heute noch nichts aufgezeichnet. Ein Eintrag dauert fünf Sekunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit check-in…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete check-in</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The check-in could not be changed. {problem}</source>
        <translation>Der Eintrag konnte nicht geändert werden. {problem}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The check-in could not be deleted. {problem}</source>
        <translation>Der Eintrag konnte nicht gelöscht werden. {problem}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Delete check-in</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>Coach helps you keep up exercise, heat and movement breaks. It does not diagnose.</source>
        <translation>Coach hilft Ihnen, bei Übungen, Wärme und Bewegungspausen dranzubleiben. Coach stellt keine Diagnosen.</translation>
    </message>
    <message>
        <location line="+265"/>
        <source>S&amp;tiffness:</source>
        <translation>Stei&amp;fheit:</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Delete the check-in of {time} (pain {pain})? This cannot be undone.</source>
        <translation>Den Eintrag von {time} (Schmerz {pain}) löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped because it hurt</source>
        <translation>wegen Schmerzen abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted (partial)</source>
        <translation>unterbrochen (teilweise)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(pain {before} → {after}, a meaningful fall)</source>
        <translation>(Schmerz {before} → {after}, ein bedeutsamer Rückgang)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(pain {before} → {after})</source>
        <translation>(Schmerz {before} → {after})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(pain before {before})</source>
        <translation>(Schmerz vorher {before})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(pain after {after})</source>
        <translation>(Schmerz nachher {after})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{time}  Pain check-in: {pain} of 10 ({band})</source>
        <translation>{time}  Schmerzeintrag: {pain} von 10 ({band})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stiffness {n}</source>
        <translation>Steifheit {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sleep {n}</source>
        <translation>Schlaf {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new symptoms: {names}</source>
        <translation>neue Beschwerden: {names}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a number from 0 to 10 first.</source>
        <translation>Wählen Sie zuerst eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{problem} Your answers are kept: press Save to try again.</source>
        <translation>{problem} Ihre Angaben bleiben erhalten: Drücken Sie Speichern, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: {checkin}</source>
        <translation>Gespeichert: {checkin}</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>&amp;New symptoms? (%n chosen)</source>
        <translation>
            <numerusform>&amp;Neue Beschwerden? (%n gewählt)</numerusform>
            <numerusform>&amp;Neue Beschwerden? (%n gewählt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../coach/ui/lifecycle/tray.py" line="+19"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Show Coach</source>
        <translation>Coach anzeigen</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in…</source>
        <translation>Schmerz eintragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timers…</source>
        <translation>Timer…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide Coach</source>
        <translation>Coach ausblenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen anhalten</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen angehalten bis {time}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coach is still running</source>
        <translation>Coach läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach keeps running here. To close it, choose Quit from this icon&apos;s menu.</source>
        <translation>Coach läuft hier weiter. Zum Beenden wählen Sie „Beenden“ im Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>WeekLine</name>
    <message>
        <location filename="../../coach/ui/pages/today/week_line.py" line="+42"/>
        <source>Pain this week:</source>
        <translation>Schmerz diese Woche:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pain on the last seven days, today last: {days}</source>
        <translation>Schmerz an den letzten sieben Tagen, heute zuletzt: {days}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n day(s) in a row with your routines done</source>
        <translation>
            <numerusform>%n Tag in Folge mit erledigten Programmen</numerusform>
            <numerusform>%n Tage in Folge mit erledigten Programmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day}: no check-in</source>
        <translation>{day}: kein Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} {pain}</source>
        <translation>{day} {pain}</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../coach/ui/widgets/blocks.py" line="-99"/>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../build/i18n/core_strings.py" line="+11"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(file)</source>
        <translation>(Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {field}: {problem}</source>
        <translation>{file}: {field}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be above 0 when hold_seconds is 0</source>
        <translation>muss über 0 liegen, wenn hold_seconds 0 ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of {choices} (got {value})</source>
        <translation>muss einer dieser Werte sein: {choices} (gefunden: {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of at least {count} texts</source>
        <translation>muss eine Liste mit mindestens {count} Texten sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object with &quot;left&quot; and &quot;right&quot;</source>
        <translation>muss ein Objekt mit „left“ und „right“ sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be lower-case letters, digits and _ (2-41 characters)</source>
        <translation>darf nur aus Kleinbuchstaben, Ziffern und _ bestehen (2 bis 41 Zeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must match the file name ({name})</source>
        <translation>muss dem Dateinamen entsprechen ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of {choices}</source>
        <translation>muss einer dieser Werte sein: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SVG file {name} next to {file}</source>
        <translation>keine SVG-Datei {name} neben {file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown field; use {fields}</source>
        <translation>unbekanntes Feld; verwenden Sie {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid JSON: {error}</source>
        <translation>ist kein gültiges JSON: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is used twice</source>
        <translation>wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not JSON ({error})</source>
        <translation>kein JSON ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a JSON object</source>
        <translation>erwartet wird ein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;version&apos; holds {value}; expected 1 to {latest}</source>
        <translation>&apos;version&apos; enthält {value}; erwartet wird 1 bis {latest}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;goals&apos; holds {value}; expected a list of {choices}</source>
        <translation>&apos;goals&apos; enthält {value}; erwartet wird eine Liste aus {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;reminders&apos; holds {value}; expected one of {choices}</source>
        <translation>&apos;reminders&apos; enthält {value}; erwartet wird einer dieser Werte: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;finished&apos; holds {value}; expected true or false</source>
        <translation>&apos;finished&apos; enthält {value}; erwartet wird true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;red_flags&apos; must be an object of question: true or false</source>
        <translation>&apos;red_flags&apos; muss ein Objekt aus Frage: true oder false sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;red_flags&apos; holds an unknown question {key}</source>
        <translation>&apos;red_flags&apos; enthält eine unbekannte Frage {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;red_flags.{key}&apos; holds {value}; expected true or false</source>
        <translation>&apos;red_flags.{key}&apos; enthält {value}; erwartet wird true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;updated_at&apos; holds {value}; expected a time with its zone</source>
        <translation>&apos;updated_at&apos; enthält {value}; erwartet wird ein Zeitpunkt mit Zeitzone</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}</source>
        <translation>{path}</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>is not a regular file (a device or pipe); expected a file</source>
        <translation>ist keine normale Datei (sondern ein Gerät oder eine Pipe); erwartet: eine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder; expected a .coachplan file</source>
        <translation>ist ein Ordner; erwartet: eine .coachplan-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist; check the path</source>
        <translation>existiert nicht; prüfen Sie den Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({reason}); check its permissions</source>
        <translation>kann nicht gelesen werden ({reason}); prüfen Sie die Zugriffsrechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read because of an internal error in Coach (the details are in Coach&apos;s log); expected to be read once Coach is fixed: please report it</source>
        <translation>konnte wegen eines internen Fehlers in Coach nicht gelesen werden (Einzelheiten stehen im Protokoll von Coach); der Plan lässt sich lesen, sobald der Fehler in Coach behoben ist: Bitte melden Sie ihn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has {count} items; expected at most {limit}</source>
        <translation>hat {count} Einträge; erwartet: höchstens {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and further problems not listed ({more}); expected the ones above fixed first, then check the plan again</source>
        <translation>… und weitere, hier nicht aufgeführte Probleme ({more}); beheben Sie zuerst die obigen und prüfen Sie den Plan dann erneut</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>is empty; expected a plan in JSON</source>
        <translation>ist leer; erwartet: ein Plan im JSON-Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid JSON: {error} at column {column}; expected it fixed there (a missing comma, quote or bracket is usual)</source>
        <translation>ist kein gültiges JSON: {error} in Spalte {column}; korrigieren Sie die Stelle (meist fehlt ein Komma, ein Anführungszeichen oder eine Klammer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read as JSON ({error}); expected a plan in JSON</source>
        <translation>kann nicht als JSON gelesen werden ({error}); erwartet: ein Plan im JSON-Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a number {digits} digits long; expected a number of at most {limit} digits</source>
        <translation>enthält eine Zahl mit {digits} Ziffern; erwartet: eine Zahl mit höchstens {limit} Ziffern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is a binary file, not a plan; expected UTF-8 JSON text</source>
        <translation>ist eine Binärdatei, kein Plan; erwartet: JSON-Text in UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not {encoding} text (byte 0x{byte}); save the file as UTF-8</source>
        <translation>ist kein {encoding}-Text (Byte 0x{byte}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {size} MB; a plan file is at most {limit} MB (use smaller pictures)</source>
        <translation>ist {size} MB groß; eine Plandatei darf höchstens {limit} MB groß sein (verwenden Sie kleinere Bilder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is nested too deeply; a plan nests at most {depth} levels</source>
        <translation>ist zu tief verschachtelt; ein Plan hat höchstens {depth} Ebenen</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>is {kind}; expected a plan object {{...}}</source>
        <translation>ist {kind}; erwartet: ein Plan-Objekt {{...}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {value}; expected &quot;{format}&quot; (is this a Coach plan file?)</source>
        <translation>ist {value}; erwartet: &quot;{format}&quot; (ist das eine Plandatei von Coach?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is missing; expected &quot;{format}&quot; (is this a Coach plan file?)</source>
        <translation>fehlt; erwartet: &quot;{format}&quot; (ist das eine Plandatei von Coach?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {value}; expected a whole number from 1 to {latest}</source>
        <translation>ist {value}; erwartet: eine ganze Zahl von 1 bis {latest}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is missing; expected a whole number from 1 to {latest}</source>
        <translation>fehlt; erwartet: eine ganze Zahl von 1 bis {latest}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan is format version {version}; this Coach reads versions 1 to {latest}: update Coach to open it</source>
        <translation>der Plan hat die Formatversion {version}; diese Version von Coach liest die Versionen 1 bis {latest}: Aktualisieren Sie Coach, um ihn zu öffnen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>a field name</source>
        <translation>ein Feldname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a character that is not valid Unicode (a lone surrogate such as \ud800); expected {kind} without it</source>
        <translation>enthält ein Zeichen, das kein gültiges Unicode ist (ein einzelnes Surrogat wie \ud800); erwartet: {kind} ohne dieses Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is missing; expected {expected}</source>
        <translation>fehlt; erwartet: {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this field</source>
        <translation>dieses Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a field here; expected one of {fields}</source>
        <translation>ist hier kein gültiges Feld; erlaubt sind: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{wrong}; expected {expected}</source>
        <translation>{wrong}; erwartet: {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {value}</source>
        <translation>ist {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {count} items, too few</source>
        <translation>hat {count} Einträge, zu wenige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeats an item</source>
        <translation>enthält einen Eintrag doppelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {count} characters, more than {limit}</source>
        <translation>ist {count} Zeichen lang, mehr als {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {options}</source>
        <translation>einer dieser Werte: {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kinds} ({description})</source>
        <translation>{kinds} ({description})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a different value</source>
        <translation>ein anderer Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is too small; expected {limit} or more: {why}</source>
        <translation>{value} ist zu klein; erwartet wird mindestens {limit}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is too small; expected {limit} or more ({expected})</source>
        <translation>{value} ist zu klein; erwartet wird mindestens {limit} ({expected})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is too small; expected {limit} or more</source>
        <translation>{value} ist zu klein; erwartet wird mindestens {limit}</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>{value} is too large; expected at most {limit}: {why}</source>
        <translation>{value} ist zu groß; erwartet wird höchstens {limit}: {why}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{value} is too large; expected at most {limit} ({expected})</source>
        <translation>{value} ist zu groß; erwartet wird höchstens {limit} ({expected})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is too large; expected at most {limit}</source>
        <translation>{value} ist zu groß; erwartet wird höchstens {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>is before the start ({start}); expected a later date</source>
        <translation>liegt vor dem Beginn ({start}); erwartet: ein späteres Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{routine} is not one of the plan&apos;s routines; expected one of {routines}</source>
        <translation>{routine} ist keines der Programme des Plans; erwartet: eines von {routines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minutes is longer than the plan&apos;s cap_minutes ({cap}); expected at most the cap</source>
        <translation>{minutes} Minuten sind länger als cap_minutes des Plans ({cap}); erwartet: höchstens diese Obergrenze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is missing; a plan with heat on needs the times of its reminder</source>
        <translation>fehlt; ein Plan mit Wärmeanwendungen braucht die Uhrzeiten ihrer Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has {count} times; expected at most {most}, the plan&apos;s max_sessions_per_day</source>
        <translation>hat {count} Uhrzeiten; erwartet: höchstens {most}, max_sessions_per_day des Plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has heat at {first} and {then}, {apart} apart; expected at least {gap} hours between sessions, the plan&apos;s min_gap_hours</source>
        <translation>sieht Wärme um {first} und {then} vor, nur {apart} auseinander; erwartet: mindestens {gap} Stunden zwischen den Anwendungen, min_gap_hours des Plans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} is a built-in exercise; expected another id for the plan&apos;s own</source>
        <translation>{id} ist eine eingebaute Übung; erwartet: eine andere ID für die eigene Übung des Plans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{id} is not an exercise; expected a built-in id such as {examples}, ... or the id of one of the plan&apos;s exercises</source>
        <translation>{id} ist keine Übung; erwartet: die ID einer eingebauten Übung wie {examples}, ... oder die ID einer Übung des Plans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{id} is used twice; expected a unique id</source>
        <translation>{id} kommt doppelt vor; erwartet: eine eindeutige ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} is not a real date; expected YYYY-MM-DD</source>
        <translation>{date} ist kein gültiges Datum; erwartet: JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid base64; expected a data: URI of a picture</source>
        <translation>ist kein gültiges Base64; erwartet: eine data:-URI eines Bildes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {size} KB; a picture is at most {limit} KB</source>
        <translation>ist {size} KB groß; ein Bild darf höchstens {limit} KB groß sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>says PNG but holds no PNG picture</source>
        <translation>gibt PNG an, enthält aber kein PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>says SVG but holds no &lt;svg&gt; picture</source>
        <translation>gibt SVG an, enthält aber kein &lt;svg&gt;-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach&apos;s ceiling for a static stretch is 2 to 4 holds of up to 30 s, 60 s a side in all (ACSM); a plan may set lower ceilings, never higher ones</source>
        <translation>Die Obergrenze von Coach für eine statische Dehnung liegt bei 2 bis 4 Haltephasen von höchstens 30 s, insgesamt 60 s je Seite (ACSM); ein Plan darf niedrigere Obergrenzen setzen, nie höhere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coach&apos;s ceiling for a neck movement is 10 holds of up to 10 s a side, in at most 2 sets (ARUK, product choice); a plan may set lower ceilings, never higher ones</source>
        <translation>Die Obergrenze von Coach für eine Nackenbewegung liegt bei 10 Haltephasen von höchstens 10 s je Seite, in höchstens 2 Sätzen (ARUK, Festlegung von Coach); ein Plan darf niedrigere Obergrenzen setzen, nie höhere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coach&apos;s ceiling for a strength exercise is 3 sets of up to 15 repetitions (A08, ACSM): progress with a stronger band instead; a plan may set lower ceilings, never higher ones</source>
        <translation>Die Obergrenze von Coach für eine Kräftigungsübung liegt bei 3 Sätzen mit höchstens 15 Wiederholungen (A08, ACSM): danach mit einem stärkeren Band steigern; ein Plan darf niedrigere Obergrenzen setzen, nie höhere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coach&apos;s ceiling for a mobility exercise is 10 repetitions or holds of up to 10 s a side, in at most 2 sets (product choice); a plan may set lower ceilings, never higher ones</source>
        <translation>Die Obergrenze von Coach für eine Beweglichkeitsübung liegt bei 10 Wiederholungen oder Haltephasen von höchstens 10 s je Seite, in höchstens 2 Sätzen (Festlegung von Coach); ein Plan darf niedrigere Obergrenzen setzen, nie höhere</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>reminder settings: not JSON ({error})</source>
        <translation>Erinnerungseinstellungen: kein JSON ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder settings: not a JSON object</source>
        <translation>Erinnerungseinstellungen: kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder settings: {problem}</source>
        <translation>Erinnerungseinstellungen: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder setting &apos;{key}&apos; holds {value}; expected {expected}</source>
        <translation>Erinnerungseinstellung &apos;{key}&apos; enthält {value}; erwartet wird {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a non-empty text</source>
        <translation>ein nicht leerer Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of weekdays, 0 (Monday) to 6 (Sunday)</source>
        <translation>eine Liste von Wochentagen, 0 (Montag) bis 6 (Sonntag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of times such as [&quot;09:00&quot;, &quot;15:30&quot;]</source>
        <translation>eine Liste von Uhrzeiten wie [&quot;09:00&quot;, &quot;15:30&quot;]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a start and an end time such as [&quot;09:00&quot;, &quot;17:30&quot;]</source>
        <translation>eine Anfangs- und eine Endzeit wie [&quot;09:00&quot;, &quot;17:30&quot;]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reminder setting &apos;{key}&apos;: {problem}</source>
        <translation>Erinnerungseinstellung &apos;{key}&apos;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminder setting &apos;{key}&apos; holds {value}; expected a time such as &quot;09:00&quot;</source>
        <translation>Erinnerungseinstellung &apos;{key}&apos; enthält {value}; erwartet wird eine Uhrzeit wie &quot;09:00&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a list of at least one step</source>
        <translation>muss eine Liste mit mindestens einem Schritt sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may hold at most {count} steps</source>
        <translation>darf höchstens {count} Schritte enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an object with an exercise id</source>
        <translation>muss ein Objekt mit einer Übungs-ID sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown exercise {exercise}</source>
        <translation>unbekannte Übung {exercise}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>movement</source>
        <translation>Bewegungspause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checkin</source>
        <translation>Schmerzeintrag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>working days must be weekdays 0 (Monday) to 6 (Sunday)</source>
        <translation>Arbeitstage müssen Wochentage von 0 (Montag) bis 6 (Sonntag) sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working hours must end after they start on the same day (got {start} to {end})</source>
        <translation>die Arbeitszeit muss am selben Tag nach ihrem Beginn enden (angegeben: {start} bis {end})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>movement breaks use MovementRule, not fixed times</source>
        <translation>Bewegungspausen verwenden MovementRule, keine festen Uhrzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {kind} reminder needs at least one time</source>
        <translation>die Erinnerung „{kind}“ braucht mindestens eine Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {kind} reminder has {count} times a day; at most {most}</source>
        <translation>die Erinnerung „{kind}“ hat {count} Uhrzeiten am Tag; möglich sind höchstens {most}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {kind} reminder needs at least one weekday</source>
        <translation>die Erinnerung „{kind}“ braucht mindestens einen Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekdays must be 0 (Monday) to 6 (Sunday)</source>
        <translation>Wochentage müssen zwischen 0 (Montag) und 6 (Sonntag) liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a routine reminder must name its routine</source>
        <translation>eine Programm-Erinnerung muss ihr Programm nennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>movement breaks come every {low} to {high} minutes (got {minutes})</source>
        <translation>Bewegungspausen kommen alle {low} bis {high} Minuten (angegeben: {minutes})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>setting &apos;{key}&apos; holds {stored}, expected {expected}; it was reset to its default</source>
        <translation>Einstellung &apos;{key}&apos; enthielt {stored}, erwartet wurde {expected}; sie wurde auf ihren Standardwert zurückgesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of {choices}</source>
        <translation>einer dieser Werte: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {choices} (seconds)</source>
        <translation>einer dieser Werte: {choices} (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {choices} (percent)</source>
        <translation>einer dieser Werte: {choices} (Prozent)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>was not a Coach database</source>
        <translation>war keine Coach-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was damaged</source>
        <translation>war beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer version of Coach</source>
        <translation>wurde von einer neueren Version von Coach geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data was restored from the backup {name}.</source>
        <translation>Ihre Daten wurden aus der Sicherung {name} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No usable backup was found, so Coach started with an empty database.</source>
        <translation>Es wurde keine brauchbare Sicherung gefunden, daher hat Coach mit einer leeren Datenbank begonnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data was restored from {path}, a copy set aside earlier that is newer than the last backup (it is kept there too).</source>
        <translation>Ihre Daten wurden aus {path} wiederhergestellt, einer früher beiseitegelegten Kopie, die neuer ist als die letzte Sicherung (sie bleibt auch dort erhalten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {what} ({detail}). It was moved to {path}. {restored}</source>
        <translation>Die Datenbank {what} ({detail}). Sie wurde nach {path} verschoben. {restored}</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Coach&apos;s database {path} is a folder, not a file: move that folder elsewhere</source>
        <translation>Die Datenbank von Coach, {path}, ist ein Ordner und keine Datei: Verschieben Sie diesen Ordner an einen anderen Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coach could not open its database {path}: {error}. Check that the folder exists, is writable and has free space.</source>
        <translation>Coach konnte seine Datenbank {path} nicht öffnen: {error}. Prüfen Sie, ob der Ordner existiert, beschreibbar ist und noch freien Speicherplatz hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema version {version}; this Coach knows up to {known}</source>
        <translation>Schemaversion {version}; diese Version von Coach kennt Versionen bis {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity check: {problems}</source>
        <translation>Integritätsprüfung: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not JSON (line {line}, column {column}: {error})</source>
        <translation>{file}: kein JSON (Zeile {line}, Spalte {column}: {error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not a Coach backup (expected &quot;format&quot;: &quot;{name}&quot;)</source>
        <translation>{file}: keine Coach-Sicherung (erwartet wird &quot;format&quot;: &quot;{name}&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: backup version {version}; this Coach reads versions up to {latest} (update Coach to import it)</source>
        <translation>{file}: Sicherungsversion {version}; diese Version von Coach liest Versionen bis {latest} (aktualisieren Sie Coach, um die Sicherung zu importieren)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: &quot;tables&quot; must be an object</source>
        <translation>{file}: &quot;tables&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} must be an object with &quot;columns&quot; and &quot;rows&quot;</source>
        <translation>{where} muss ein Objekt mit &quot;columns&quot; und &quot;rows&quot; sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} must have a &quot;columns&quot; list and a &quot;rows&quot; list</source>
        <translation>{where} muss eine Liste &quot;columns&quot; und eine Liste &quot;rows&quot; haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}.columns lacks {columns}</source>
        <translation>In {where}.columns fehlt {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}.rows[{index}] must be a list of {count} values</source>
        <translation>{where}.rows[{index}] muss eine Liste aus {count} Werten sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}.rows[{index}] holds a nested value</source>
        <translation>{where}.rows[{index}] enthält einen verschachtelten Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the store is busy ({error}); try again</source>
        <translation>{file}: Der Datenspeicher ist gerade belegt ({error}); versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: a row does not fit the store ({problem}); nothing was imported</source>
        <translation>{file}: Eine Zeile passt nicht in den Datenspeicher ({problem}); es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: nothing was imported. {problem}</source>
        <translation>{file}: Es wurde nichts importiert. {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan replaces plan {plan}, not before it in the file</source>
        <translation>ein Plan ersetzt Plan {plan}, der in der Datei nicht vor ihm steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dose change refers to plan {plan}, not in the file</source>
        <translation>eine Änderung der Dosierung verweist auf Plan {plan}, der nicht in der Datei steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a step refers to session {session}, not in the file</source>
        <translation>ein Schritt verweist auf den Durchgang {session}, der nicht in der Datei steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} holds {value}; expected a time with its zone, such as 2026-03-01T08:30:00+00:00</source>
        <translation>{where} enthält {value}; erwartet wird ein Zeitpunkt mit Zeitzone, etwa 2026-03-01T08:30:00+00:00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} is in the year {year}; expected {first} to {last}</source>
        <translation>{where} liegt im Jahr {year}; erwartet wird {first} bis {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} holds {value}; expected symptom names separated by commas, such as &quot;numbness,tingling&quot;</source>
        <translation>{where} enthält {value}; erwartet werden durch Kommas getrennte Namen von Beschwerden, etwa &quot;numbness,tingling&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the disk holding {where} is full. Free some space on that disk, then try again.</source>
        <translation>der Datenträger mit {where} ist voll. Schaffen Sie dort Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} is read-only. Make it writable again (or mount its disk read-write), then try again.</source>
        <translation>{where} ist schreibgeschützt. Machen Sie es wieder beschreibbar (oder binden Sie den Datenträger beschreibbar ein) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coach is not allowed to write to {where}. Give your user account write permission to it, then try again.</source>
        <translation>Coach darf nicht in {where} schreiben. Geben Sie Ihrem Benutzerkonto Schreibrechte dafür und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is in use by another program. Close it or wait a moment, then try again.</source>
        <translation>{where} wird von einem anderen Programm benutzt. Schließen Sie es oder warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk holding {where} reported an input/output error ({detail}). Check that disk (and that it is still connected), then try again.</source>
        <translation>der Datenträger mit {where} meldete einen Ein-/Ausgabefehler ({detail}). Prüfen Sie den Datenträger (und ob er noch angeschlossen ist) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coach cannot open its database {path}: {reason} Nothing was changed or moved.</source>
        <translation>Coach kann seine Datenbank {path} nicht öffnen: {reason} Es wurde nichts geändert oder verschoben.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>is missing; every exercise of the library needs its movement (its pictures are drawn from it)</source>
        <translation>fehlt; jede Übung der Bibliothek braucht ihre Bewegung (ihre Bilder werden daraus gezeichnet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be checked: the range-of-motion table {path} cannot be read ({error})</source>
        <translation>kann nicht geprüft werden: Die Tabelle der Bewegungsumfänge {path} kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be {position}, the exercise&apos;s position</source>
        <translation>muss {position} sein, die Position der Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true: the exercise is held (hold_seconds above 0)</source>
        <translation>muss true sein: Die Übung wird gehalten (hold_seconds über 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be false: the exercise is a movement (hold_seconds 0)</source>
        <translation>muss false sein: Die Übung ist eine Bewegung (hold_seconds 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show no side: a per-side exercise&apos;s keyframes show its left side, and the right is their mirror image</source>
        <translation>zeigen keine Seite: Die Schlüsselbilder einer Übung für jede Seite zeigen ihre linke Seite, die rechte ist ihr Spiegelbild</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>cannot be checked: Coach&apos;s table of normal ranges of motion is missing (resources/pose/range_of_motion.json); expected it restored by installing Coach again, or the movement left out</source>
        <translation>kann nicht geprüft werden: Die Tabelle der normalen Bewegungsumfänge von Coach fehlt (resources/pose/range_of_motion.json); erwartet: Coach erneut installieren, damit sie wiederhergestellt wird, oder die Bewegung weglassen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>is missing; expected a cue for each side of this exercise, which is done on each side, naming the side and the direction, such as {example} (without it the player says only &quot;Left side&quot; and &quot;Right side&quot;)</source>
        <translation>fehlt; erwartet: eine Ansage für jede Seite dieser Übung, die auf beiden Seiten ausgeführt wird, mit Seite und Richtung, zum Beispiel {example} (ohne sie sagt Coach nur „Linke Seite“ und „Rechte Seite“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not used: the exercise is never done on each side; expected {per_side} in its dosage (or in a routine step&apos;s), or no side_cues</source>
        <translation>wird nicht verwendet: Die Übung wird nie auf beiden Seiten ausgeführt; erwartet: {per_side} in ihrer Dosierung (oder in der eines Programmschritts) oder kein side_cues</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is given {count} times in the same object; expected once: delete all but the one you mean</source>
        <translation>kommt im selben Objekt {count}-mal vor; erwartet: einmal – löschen Sie alle bis auf den gemeinten Eintrag</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>is only for a hold; leave it out or set &quot;hold&quot;: true</source>
        <translation>gilt nur beim Halten; lassen Sie es weg oder setzen Sie &quot;hold&quot;: true</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must include chair: the figure sits on it</source>
        <translation>muss chair enthalten: Die Figur sitzt darauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number from {low} to {high}</source>
        <translation>muss eine Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of {low} to {high} keyframes</source>
        <translation>muss eine Liste von {low} bis {high} Schlüsselbildern sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 0: the first keyframe is the start</source>
        <translation>muss 0 sein: Das erste Schlüsselbild ist der Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the previous keyframe&apos;s {previous}</source>
        <translation>muss nach {previous} liegen, dem Wert des vorigen Schlüsselbilds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 1: the last keyframe of a hold is the held position</source>
        <translation>muss 1 sein: Das letzte Schlüsselbild beim Halten ist die gehaltene Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be below 1: a cycle returns to its first keyframe at 1</source>
        <translation>muss unter 1 liegen: Ein Durchlauf kehrt bei 1 zu seinem ersten Schlüsselbild zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must differ: the figure would not move</source>
        <translation>müssen sich unterscheiden: Sonst bewegt sich die Figur nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is beyond the normal range {low} to {high} {unit} ({source}); expected a value within it</source>
        <translation>{value} liegt außerhalb des normalen Bereichs von {low} bis {high} {unit} ({source}); erwartet wird ein Wert darin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must include {part}: {angle} changes</source>
        <translation>muss {part} enthalten: {angle} ändert sich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{part} does not move in the keyframes; leave it out</source>
        <translation>{part} bewegt sich in den Schlüsselbildern nicht; lassen Sie es weg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a list of quiet times, each a start and an end, such as [[&quot;21:00&quot;, &quot;07:30&quot;], [&quot;12:00&quot;, &quot;13:00&quot;]]</source>
        <translation>eine Liste von Ruhezeiten, jede mit Beginn und Ende, etwa [[&quot;21:00&quot;, &quot;07:30&quot;], [&quot;12:00&quot;, &quot;13:00&quot;]]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>at most {most} quiet times (got {count})</source>
        <translation>höchstens {most} Ruhezeiten (angegeben: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet time {number} starts and ends at {time}: give it an end that differs from its start</source>
        <translation>Ruhezeit {number} beginnt und endet um {time}: Geben Sie ein Ende an, das vom Beginn abweicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quiet times {first} ({first_start} to {first_end}) and {second} ({second_start} to {second_end}) overlap: change one of them so that they do not, or remove one</source>
        <translation>Ruhezeiten {first} ({first_start} bis {first_end}) und {second} ({second_start} bis {second_end}) überschneiden sich: Ändern Sie eine davon, sodass sie sich nicht mehr überschneiden, oder entfernen Sie eine</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>your routine &apos;{name}&apos;</source>
        <translation>Ihr Programm „{name}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not readable</source>
        <translation>ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>readable answers ({problem})</source>
        <translation>lesbare Antworten ({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A programme a clinician hands to a patient: routines with their dosage, a weekly schedule, heat settings within Coach&apos;s safe limits, progression rules and notes. Files end in .coachplan and are UTF-8 JSON.</source>
        <translation>Ein Programm, das Behandelnde einer Patientin oder einem Patienten mitgeben: Übungsprogramme mit ihrer Dosierung, ein Wochenplan, Wärmeeinstellungen innerhalb der sicheren Grenzen von Coach, Regeln zur Steigerung und Hinweise. Die Dateien enden auf .coachplan und sind JSON in UTF-8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>always the text &quot;coach-plan&quot;</source>
        <translation>immer der Text &quot;coach-plan&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan format version; this schema describes version 2</source>
        <translation>die Formatversion des Plans; dieses Schema beschreibt Version 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan&apos;s title, as the patient sees it</source>
        <translation>der Titel des Plans, wie ihn die Patientin oder der Patient sieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinician: {&quot;name&quot;: ..., &quot;contact&quot;: ...}</source>
        <translation>die behandelnde Person: {&quot;name&quot;: ..., &quot;contact&quot;: ...}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the clinician&apos;s name</source>
        <translation>der Name der behandelnden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how the patient reaches the clinician (phone, e-mail, clinic)</source>
        <translation>wie die Patientin oder der Patient die behandelnde Person erreicht (Telefon, E-Mail, Praxis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first day of the plan, as YYYY-MM-DD</source>
        <translation>der erste Tag des Plans, als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day of the next review, as YYYY-MM-DD, not before start</source>
        <translation>der Tag der nächsten Überprüfung, als JJJJ-MM-TT, nicht vor start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes for the patient, shown on Today</source>
        <translation>Hinweise für die Patientin oder den Patienten, angezeigt auf der Seite „Heute“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan&apos;s own exercises, beside Coach&apos;s built-in library</source>
        <translation>die eigenen Übungen des Plans, zusätzlich zur eingebauten Übungssammlung von Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routines of the plan (at least one)</source>
        <translation>die Programme des Plans (mindestens eines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id of the plan routine the reminders start</source>
        <translation>die ID des Programms im Plan, das die Erinnerungen starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the days of the week with exercise (at least one)</source>
        <translation>die Wochentage mit Übungen (mindestens einer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the times of day the routine is due, as HH:MM (1 to 12)</source>
        <translation>die Uhrzeiten, zu denen das Programm fällig ist, als HH:MM (1 bis 12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a movement break every this many minutes of work (20 to 90), or null to leave the patient&apos;s setting</source>
        <translation>eine Bewegungspause nach so vielen Minuten Arbeit (20 bis 90), oder null, um die Einstellung der Patientin oder des Patienten zu belassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the time of the daily pain check-in as HH:MM, or null to leave the patient&apos;s setting</source>
        <translation>die Uhrzeit des täglichen Schmerzeintrags als HH:MM, oder null, um die Einstellung der Patientin oder des Patienten zu belassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>heat settings; they may only be stricter than Coach&apos;s limits</source>
        <translation>Wärmeeinstellungen; sie dürfen nur strenger sein als die Grenzen von Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true when the plan includes heat</source>
        <translation>true, wenn der Plan Wärmeanwendungen enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 minutes is Coach&apos;s hard cap for one heat session (CLINICAL.md section 1: ABC, HSE)</source>
        <translation>20 Minuten sind die feste Obergrenze von Coach für eine Wärmeanwendung (CLINICAL.md Abschnitt 1: ABC, HSE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the usual length of one heat session in minutes</source>
        <translation>die übliche Dauer einer Wärmeanwendung in Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan may lower the 20-minute cap but never raise it (CLINICAL.md section 1)</source>
        <translation>ein Plan darf die Obergrenze von 20 Minuten senken, aber nie erhöhen (CLINICAL.md Abschnitt 1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the longest heat session allowed, in minutes (at most 20)</source>
        <translation>die längste erlaubte Wärmeanwendung, in Minuten (höchstens 20)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach warns above 3 sessions a day (CLINICAL.md section 1: MPFT)</source>
        <translation>Coach warnt bei mehr als 3 Anwendungen pro Tag (CLINICAL.md Abschnitt 1: MPFT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn above this many sessions a day (1 to 3)</source>
        <translation>Warnung bei mehr als so vielen Anwendungen pro Tag (1 bis 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions at least 2 hours apart (CLINICAL.md section 1: HK)</source>
        <translation>Anwendungen mindestens 2 Stunden auseinander (CLINICAL.md Abschnitt 1: HK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn when sessions are closer than this many hours (2 to 24)</source>
        <translation>Warnung, wenn Anwendungen weniger als so viele Stunden auseinanderliegen (2 bis 24)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the days with a heat reminder</source>
        <translation>die Tage mit einer Wärmeerinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the times of the heat reminder, as HH:MM</source>
        <translation>die Uhrzeiten der Wärmeerinnerung, als HH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how Coach may suggest changing the dosage</source>
        <translation>wie Coach Änderungen der Dosierung vorschlagen darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;suggest&quot; lets Coach suggest a step up or down; &quot;off&quot; keeps the dosage as written</source>
        <translation>&quot;suggest&quot; lässt Coach eine Steigerung oder Verringerung vorschlagen; &quot;off&quot; behält die Dosierung wie angegeben bei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>suggestions never go past this hold, in seconds</source>
        <translation>Vorschläge gehen nie über diese Haltezeit hinaus, in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suggestions never go past this many reps</source>
        <translation>Vorschläge gehen nie über so viele Wiederholungen hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suggestions never go past this many sets</source>
        <translation>Vorschläge gehen nie über so viele Sätze hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text of 1 to 120 characters</source>
        <translation>ein Text mit 1 bis 120 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text of 1 to 600 characters</source>
        <translation>ein Text mit 1 bis 600 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an id of lower-case letters, digits and _ (2 to 41 characters, starting with a letter)</source>
        <translation>eine ID aus Kleinbuchstaben, Ziffern und _ (2 bis 41 Zeichen, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a date as YYYY-MM-DD</source>
        <translation>ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>eine Uhrzeit als HH:MM (00:00 bis 23:59)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 12 different times of day as HH:MM</source>
        <translation>1 bis 12 verschiedene Uhrzeiten als HH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days of the week: mon, tue, wed, thu, fri, sat, sun (at least one)</source>
        <translation>Wochentage: mon, tue, wed, thu, fri, sat, sun (mindestens einer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold_seconds, reps, sets, rest_seconds, per_side, rep_seconds</source>
        <translation>hold_seconds, reps, sets, rest_seconds, per_side, rep_seconds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds each rep is held (0 for a movement)</source>
        <translation>Sekunden, die jede Wiederholung gehalten wird (0 für eine Bewegung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repetitions per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest between sets, in seconds</source>
        <translation>Pause zwischen den Sätzen, in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true to do every set on the left and on the right</source>
        <translation>true, um jeden Satz links und rechts auszuführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds one movement rep takes when hold_seconds is 0</source>
        <translation>Sekunden, die eine Bewegungswiederholung dauert, wenn hold_seconds 0 ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exercise&apos;s id, different from the built-in ones</source>
        <translation>die ID der Übung, verschieden von denen der eingebauten Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exercise&apos;s name</source>
        <translation>der Name der Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body areas: neck, shoulders, upper_back, middle_back, chest</source>
        <translation>Körperbereiche: neck, shoulders, upper_back, middle_back, chest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 12 numbered instructions</source>
        <translation>1 bis 12 nummerierte Anleitungsschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exercise&apos;s dosage; hold_seconds or rep_seconds above 0</source>
        <translation>die Dosierung der Übung; hold_seconds oder rep_seconds über 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the patient should feel</source>
        <translation>was die Patientin oder der Patient spüren soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cautions shown before the exercise</source>
        <translation>Vorsichtshinweise, die vor der Übung angezeigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when to stop; Coach&apos;s general stop signs are always added</source>
        <translation>wann aufzuhören ist; die allgemeinen Abbruchzeichen von Coach werden immer ergänzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the player says for the left side, naming the side and the direction, such as &quot;Tilt your head to the left&quot;</source>
        <translation>was Coach für die linke Seite ansagt, mit Seite und Richtung, zum Beispiel „Neigen Sie den Kopf nach links“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what the player says for the right side, naming the side and the direction, such as &quot;Tilt your head to the right&quot;</source>
        <translation>was Coach für die rechte Seite ansagt, mit Seite und Richtung, zum Beispiel „Neigen Sie den Kopf nach rechts“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for an exercise done on each side: what the player says and shows for the left and for the right side</source>
        <translation>für eine Übung, die auf beiden Seiten ausgeführt wird: was Coach für die linke und für die rechte Seite ansagt und anzeigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an optional picture as a data: URI (data:image/svg+xml;base64,... or data:image/png;base64,..., at most 1 MB)</source>
        <translation>ein optionales Bild als data:-URI (data:image/svg+xml;base64,... oder data:image/png;base64,..., höchstens 1 MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the view that shows the movement best: front, back, side or three_quarter</source>
        <translation>die Ansicht, die die Bewegung am besten zeigt: front, back, side oder three_quarter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for a side or three_quarter view: the figure&apos;s side the viewer is on (default right)</source>
        <translation>bei der Ansicht side oder three_quarter: die Seite der Figur, auf der der Betrachter steht (Vorgabe right)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the figure&apos;s posture, the same as the exercise&apos;s position: standing, sitting or kneeling (on all fours)</source>
        <translation>die Haltung der Figur, dieselbe wie die Position der Übung: standing, sitting oder kneeling (im Vierfüßlerstand)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what the figure uses: chair, wall, doorway, band, anchored_band, mat (sitting needs the chair)</source>
        <translation>was die Figur benutzt: chair, wall, doorway, band, anchored_band, mat (sitting braucht chair)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>angles held all through the movement, by name (coach/domain/pose/angles.py lists them)</source>
        <translation>Winkel, die während der ganzen Bewegung gehalten werden, nach Namen (coach/domain/pose/angles.py führt sie auf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exactly the body parts that move: head, neck, upper_back, shoulder_blades, arms, hips, legs</source>
        <translation>genau die Körperteile, die sich bewegen: head, neck, upper_back, shoulder_blades, arms, hips, legs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true when the exercise is held (hold_seconds above 0): the last keyframe is the held position; false: one cycle per rep</source>
        <translation>true, wenn die Übung gehalten wird (hold_seconds über 0): das letzte Schlüsselbild ist die gehaltene Position; false: ein Durchlauf je Wiederholung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a hold only: seconds to move into the position, 0.5 to 5 (default 1.5)</source>
        <translation>nur beim Halten: Sekunden, um in die Position zu kommen, 0,5 bis 5 (Vorgabe 1,5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the fraction of the cycle: the first at 0, each later than the one before</source>
        <translation>der Anteil am Durchlauf: das erste bei 0, jedes später als das vorige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the angles that differ from the posture&apos;s rest and the setup, in degrees (names ending in _cm: centimetres)</source>
        <translation>die Winkel, die von der Ruhehaltung und dem setup abweichen, in Grad (Namen, die auf _cm enden: Zentimeter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2 to 12 keyframes; a hold&apos;s last is at 1, a cycle&apos;s last before 1</source>
        <translation>2 bis 12 Schlüsselbilder; beim Halten liegt das letzte bei 1, bei einem Durchlauf vor 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: the exercise&apos;s movement as keyframes of joint angles, which Coach animates as it does the library&apos;s exercises (the same format: README, Exercise and routine files); without it the picture shows</source>
        <translation>freiwillig: die Bewegung der Übung als Schlüsselbilder von Gelenkwinkeln, die Coach wie die Übungen der Sammlung als bewegte Figur zeigt (dasselbe Format: README, Exercise and routine files); ohne sie wird das Bild gezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of mobility, stretch, strength, posture (default mobility)</source>
        <translation>einer der Werte mobility, stretch, strength, posture (Standard: mobility)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of none, chair, wall, towel, band, doorway (default none)</source>
        <translation>einer der Werte none, chair, wall, towel, band, doorway (Standard: none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of sitting, standing, kneeling (default sitting)</source>
        <translation>einer der Werte sitting, standing, kneeling (Standard: sitting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine&apos;s id, unique in the plan</source>
        <translation>die ID des Programms, eindeutig im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine&apos;s name</source>
        <translation>der Name des Programms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the routine is for</source>
        <translation>wofür das Programm gedacht ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 30 steps</source>
        <translation>1 bis 30 Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a built-in exercise id or one of the plan&apos;s exercises</source>
        <translation>die ID einer eingebauten Übung oder einer Übung des Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the dosage fields that differ from the exercise&apos;s own</source>
        <translation>nur die Dosierungsfelder, die von der Übung selbst abweichen</translation>
    </message>
</context>
<context>
    <name>exercise</name>
    <message>
        <location filename="../../build/i18n/data_strings.py" line="+10"/>
        <source>Band pull-apart</source>
        <translation>Band auseinanderziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand tall and hold a light exercise band in both hands in front of your chest, hands about shoulder-width apart.</source>
        <translation>Stellen Sie sich aufrecht hin und halten Sie ein leichtes Gymnastikband mit beiden Händen vor der Brust, die Hände etwa schulterbreit auseinander.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slowly pull the band apart, moving your hands out to your sides until the band touches your chest.</source>
        <translation>Ziehen Sie das Band langsam auseinander und führen Sie die Hände zur Seite, bis das Band Ihre Brust berührt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Squeeze your shoulder blades gently together at the end.</source>
        <translation>Ziehen Sie am Ende die Schulterblätter sanft zusammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly bring your hands back to the start with control.</source>
        <translation>Führen Sie die Hände langsam und kontrolliert zurück in die Ausgangsposition.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between the two sets.</source>
        <translation>Machen Sie zwischen den beiden Sätzen eine Pause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your upper back and the backs of your shoulders working.</source>
        <translation>Wie Ihr oberer Rücken und die Rückseite Ihrer Schultern arbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a band you can pull 10 times with good form.</source>
        <translation>Wählen Sie ein Band, das Sie 10-mal sauber auseinanderziehen können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your shoulders down and your arms at chest height.</source>
        <translation>Lassen Sie die Schultern unten und die Arme auf Brusthöhe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the band for nicks or tears before you start.</source>
        <translation>Prüfen Sie das Band vor dem Beginn auf Kerben oder Risse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain becomes sharp, or spreads into your arm or hand</source>
        <translation>der Schmerz stechend wird oder in Arm oder Hand ausstrahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You feel new numbness, tingling or weakness in your arms or hands</source>
        <translation>Sie ein neues Taubheitsgefühl, Kribbeln oder eine Schwäche in Armen oder Händen spüren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Band row</source>
        <translation>Rudern mit Band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the middle of a light exercise band to something sturdy at chest height in front of you.</source>
        <translation>Befestigen Sie die Mitte eines leichten Gymnastikbands auf Brusthöhe vor sich an etwas Stabilem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sit tall and hold one end in each hand, arms reaching forward.</source>
        <translation>Setzen Sie sich aufrecht hin und halten Sie in jeder Hand ein Ende, die Arme nach vorn gestreckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull your elbows back close to your sides, drawing your shoulder blades together.</source>
        <translation>Ziehen Sie die Ellbogen dicht am Körper nach hinten und die Schulterblätter zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowly let your arms go forward again without letting the band snap back.</source>
        <translation>Lassen Sie die Arme langsam wieder nach vorn, ohne dass das Band zurückschnellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your upper back and the backs of your shoulders working, without strain in your neck.</source>
        <translation>Wie Ihr oberer Rücken und die Rückseite Ihrer Schultern arbeiten, ohne Anspannung im Nacken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your shoulders down, away from your ears.</source>
        <translation>Lassen Sie die Schultern unten, weg von den Ohren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the band and where it is fixed before you start.</source>
        <translation>Prüfen Sie vor dem Beginn das Band und die Stelle, an der es befestigt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cat-camel</source>
        <translation>Katze-Kamel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kneel on all fours on a mat, hands under your shoulders and knees under your hips.</source>
        <translation>Gehen Sie auf einer Matte in den Vierfüßlerstand, die Hände unter den Schultern und die Knie unter den Hüften.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowly round your back up towards the ceiling, letting your head drop.</source>
        <translation>Machen Sie den Rücken langsam rund zur Decke hin und lassen Sie den Kopf sinken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then slowly let your back sink into a gentle dip, lifting your head a little.</source>
        <translation>Lassen Sie dann den Rücken langsam in ein leichtes Hohlkreuz sinken und heben Sie den Kopf ein wenig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move smoothly between the two, only as far as is comfortable.</source>
        <translation>Bewegen Sie sich fließend zwischen beidem, nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your whole spine moving gently, with an easy stretch in your upper and middle back.</source>
        <translation>Wie sich Ihre ganze Wirbelsäule sanft bewegt, mit einer leichten Dehnung im oberen und mittleren Rücken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a cushion under your knees if kneeling is uncomfortable.</source>
        <translation>Legen Sie ein Kissen unter die Knie, wenn das Knien unangenehm ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the dip small; do not force your back down.</source>
        <translation>Machen Sie das Hohlkreuz nur leicht; drücken Sie den Rücken nicht mit Kraft nach unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chin tuck</source>
        <translation>Kinn zurückziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit tall with your feet flat and look straight ahead.</source>
        <translation>Setzen Sie sich aufrecht hin, die Füße flach auf dem Boden, und schauen Sie geradeaus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly slide your chin straight back, as if making a double chin. Keep looking ahead; do not tip your head down.</source>
        <translation>Schieben Sie das Kinn langsam gerade nach hinten, als würden Sie ein Doppelkinn machen. Schauen Sie weiter geradeaus; kippen Sie den Kopf nicht nach unten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold for 5 seconds.</source>
        <translation>Halten Sie 5 Sekunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently relax your chin forward to the start.</source>
        <translation>Lassen Sie das Kinn sanft nach vorn in die Ausgangsposition zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle stretch at the back of your neck and a light effort in the front of your neck.</source>
        <translation>Eine sanfte Dehnung im Nacken und eine leichte Anstrengung vorn am Hals.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move only as far as is comfortable; it is a small movement.</source>
        <translation>Bewegen Sie sich nur so weit, wie es angenehm ist; es ist eine kleine Bewegung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep breathing normally while you hold.</source>
        <translation>Atmen Sie beim Halten normal weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You feel dizzy, or your vision or speech changes</source>
        <translation>Ihnen schwindlig wird oder sich Ihr Sehen oder Sprechen verändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doorway chest stretch</source>
        <translation>Brustdehnung im Türrahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand in an open doorway with one foot a small step ahead of the other.</source>
        <translation>Stellen Sie sich in einen offenen Türrahmen, einen Fuß einen kleinen Schritt vor dem anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest your forearms on the door frame, elbows bent and at or just below shoulder height.</source>
        <translation>Legen Sie die Unterarme an den Türrahmen, die Ellbogen gebeugt und auf oder knapp unter Schulterhöhe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowly lean your body forward through the doorway until you feel mild tightness across your chest, never sharp pain.</source>
        <translation>Lehnen Sie den Körper langsam durch den Türrahmen nach vorn, bis Sie eine leichte Spannung über der Brust spüren, nie einen stechenden Schmerz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold for up to 30 seconds, breathing slowly.</source>
        <translation>Halten Sie bis zu 30 Sekunden und atmen Sie dabei langsam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently step back to the start.</source>
        <translation>Gehen Sie sanft zurück in die Ausgangsposition.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle stretch across the front of your chest and shoulders.</source>
        <translation>Eine sanfte Dehnung vorn über Brust und Schultern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your elbows no higher than your shoulders.</source>
        <translation>Halten Sie die Ellbogen nicht höher als die Schultern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lean only a little; the stretch should stay mild.</source>
        <translation>Lehnen Sie sich nur ein wenig vor; die Dehnung soll leicht bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levator scapulae stretch</source>
        <translation>Schulterblattheber-Dehnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit tall and hold the edge of the chair seat with your right hand.</source>
        <translation>Setzen Sie sich aufrecht hin und halten Sie sich mit der rechten Hand an der Kante der Sitzfläche fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn your head about halfway to the left.</source>
        <translation>Drehen Sie den Kopf etwa zur Hälfte nach links.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly bend your head forward as if looking at your left armpit.</source>
        <translation>Neigen Sie den Kopf langsam nach vorn, als würden Sie in Ihre linke Achselhöhle schauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you want a little more, rest your left hand lightly on the back of your head. Do not pull.</source>
        <translation>Wenn Sie etwas mehr möchten, legen Sie die linke Hand leicht auf den Hinterkopf. Ziehen Sie nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold for up to 30 seconds at mild tightness, never sharp pain.</source>
        <translation>Halten Sie bis zu 30 Sekunden bei leichter Spannung, nie bei stechendem Schmerz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently lift your head and turn back to the middle. Do both holds, then change sides.</source>
        <translation>Heben Sie den Kopf sanft an und drehen Sie ihn zurück zur Mitte. Machen Sie beide Halteübungen, dann wechseln Sie die Seite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your head halfway to the left and look down towards your left armpit</source>
        <translation>Drehen Sie den Kopf zur Hälfte nach links und schauen Sie hinunter zur linken Achselhöhle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your head halfway to the right and look down towards your right armpit</source>
        <translation>Drehen Sie den Kopf zur Hälfte nach rechts und schauen Sie hinunter zur rechten Achselhöhle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A gentle stretch from the back of your neck down towards the top of your shoulder blade.</source>
        <translation>Eine sanfte Dehnung vom Nacken hinunter zum oberen Rand des Schulterblatts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your hand only rests on your head; never pull it down.</source>
        <translation>Ihre Hand liegt nur auf dem Kopf; ziehen Sie ihn nie nach unten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the shoulder of the holding arm relaxed and down.</source>
        <translation>Lassen Sie die Schulter des haltenden Arms locker und unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neck forward bend</source>
        <translation>Kopf nach vorn neigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit tall with your shoulders relaxed and look straight ahead.</source>
        <translation>Setzen Sie sich aufrecht hin, die Schultern locker, und schauen Sie geradeaus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly lower your chin towards your chest, to mild tightness, never sharp pain.</source>
        <translation>Senken Sie das Kinn langsam zur Brust, bis zu einer leichten Spannung, nie bis zu stechendem Schmerz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowly lift your head back up to look straight ahead.</source>
        <translation>Heben Sie den Kopf langsam wieder an, bis Sie geradeaus schauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle stretch down the back of your neck and between your shoulder blades.</source>
        <translation>Eine sanfte Dehnung den Nacken hinunter und zwischen den Schulterblättern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let your head move; keep your back tall rather than slumping.</source>
        <translation>Lassen Sie den Kopf sich bewegen; halten Sie den Rücken aufrecht, statt in sich zusammenzusinken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neck rotation</source>
        <translation>Kopfdrehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly turn your head to look over one shoulder, as far as is comfortable.</source>
        <translation>Drehen Sie den Kopf langsam und schauen Sie über eine Schulter, so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your chin level and hold for 5 seconds.</source>
        <translation>Halten Sie das Kinn waagerecht und halten Sie 5 Sekunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly turn back to the middle. Do all the reps to one side, then the other.</source>
        <translation>Drehen Sie langsam zurück zur Mitte. Machen Sie alle Wiederholungen zu einer Seite, dann zur anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your head to the left, looking over your left shoulder</source>
        <translation>Drehen Sie den Kopf nach links und schauen Sie über die linke Schulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn your head to the right, looking over your right shoulder</source>
        <translation>Drehen Sie den Kopf nach rechts und schauen Sie über die rechte Schulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle stretch in the side of your neck as you turn, easing as you come back.</source>
        <translation>Eine sanfte Dehnung seitlich am Hals beim Drehen, die beim Zurückdrehen nachlässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn only your head; keep your shoulders facing forward.</source>
        <translation>Drehen Sie nur den Kopf; die Schultern bleiben nach vorn gerichtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move slowly, never with a jerk.</source>
        <translation>Bewegen Sie sich langsam, nie ruckartig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neck side bend</source>
        <translation>Kopf seitlich neigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly tilt your head sideways, bringing your ear towards your shoulder, to mild tightness, never sharp pain.</source>
        <translation>Neigen Sie den Kopf langsam zur Seite, das Ohr in Richtung Schulter, bis zu einer leichten Spannung, nie bis zu stechendem Schmerz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep your shoulders down and still. Hold for 5 seconds.</source>
        <translation>Lassen Sie die Schultern unten und ruhig. Halten Sie 5 Sekunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly bring your head back to the middle. Do all the reps on one side, then the other.</source>
        <translation>Bringen Sie den Kopf langsam zurück zur Mitte. Machen Sie alle Wiederholungen auf einer Seite, dann auf der anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt your head to the left, left ear towards your left shoulder</source>
        <translation>Neigen Sie den Kopf nach links, das linke Ohr in Richtung linke Schulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt your head to the right, right ear towards your right shoulder</source>
        <translation>Neigen Sie den Kopf nach rechts, das rechte Ohr in Richtung rechte Schulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle stretch along the side of your neck, opposite the way you tilt.</source>
        <translation>Eine sanfte Dehnung seitlich am Hals, auf der Gegenseite der Neigung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not lift your shoulder to meet your ear.</source>
        <translation>Ziehen Sie die Schulter nicht zum Ohr hoch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the movement slow and smooth.</source>
        <translation>Bewegen Sie sich langsam und gleichmäßig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seated extension over the chair back</source>
        <translation>Streckung über die Stuhllehne im Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit on a steady chair with a high back, your bottom well back in the seat and your feet flat on the floor.</source>
        <translation>Setzen Sie sich auf einen stabilen Stuhl mit hoher Lehne, das Gesäß weit hinten auf der Sitzfläche und die Füße flach auf dem Boden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slowly lean back against the chair back, so that your spine above it arches gently. Look up only a little.</source>
        <translation>Lehnen Sie sich langsam gegen die Stuhllehne zurück, sodass sich die Wirbelsäule oberhalb der Lehne sanft nach hinten streckt. Schauen Sie dabei nur wenig nach oben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sit on a steady chair with your back straight, your feet flat on the floor and your hands on your thighs.</source>
        <translation>Setzen Sie sich mit geradem Rücken auf einen stabilen Stuhl, die Füße flach auf dem Boden und die Hände auf den Oberschenkeln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slowly bring your chin towards your chest and round your upper back, keeping your head and shoulders relaxed.</source>
        <translation>Führen Sie das Kinn langsam zur Brust und runden Sie den oberen Rücken; Kopf und Schultern bleiben locker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go only as far as is comfortable: a gentle curl of the upper back, not a bend down towards your shins.</source>
        <translation>Gehen Sie nur so weit, wie es angenehm ist: ein sanftes Runden des oberen Rückens, kein Vorbeugen bis zu den Schienbeinen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slowly come back up to sitting tall.</source>
        <translation>Kommen Sie langsam wieder in den aufrechten Sitz.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Rest your hands lightly behind your head, elbows pointing forward.</source>
        <translation>Legen Sie die Hände leicht hinter den Kopf, die Ellbogen zeigen nach vorn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go only as far as is comfortable, then slowly come back to sitting tall.</source>
        <translation>Gehen Sie nur so weit, wie es angenehm ist, dann kommen Sie langsam zurück in den aufrechten Sitz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A gentle arching and opening in your middle back, where it meets the top of the chair.</source>
        <translation>Eine sanfte Streckung und Öffnung im mittleren Rücken, dort, wo er auf die Oberkante der Lehne trifft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a chair that will not tip, and do not pull on your neck with your hands.</source>
        <translation>Nehmen Sie einen Stuhl, der nicht kippt, und ziehen Sie nicht mit den Händen am Nacken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the movement in your upper and middle back, not your lower back.</source>
        <translation>Bewegen Sie sich im oberen und mittleren Rücken, nicht im unteren Rücken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seated forward bend</source>
        <translation>Vorbeuge im Sitzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A gentle stretch along your upper and middle back.</source>
        <translation>Eine sanfte Dehnung entlang des oberen und mittleren Rückens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you have osteoporosis (thinning bones), ask your doctor or physiotherapist before doing this one: with thin bones, bending the spine forward is often advised against.</source>
        <translation>Wenn Sie Osteoporose (Knochenschwund) haben, fragen Sie vor dieser Übung Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie: Bei brüchigen Knochen wird vom Vorbeugen der Wirbelsäule oft abgeraten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Come up slowly; if you feel light-headed, sit still until it passes.</source>
        <translation>Kommen Sie langsam hoch; wenn Ihnen schwummrig wird, bleiben Sie ruhig sitzen, bis es vorbei ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip this one if bending forward makes your pain worse.</source>
        <translation>Lassen Sie diese Übung aus, wenn das Vorbeugen Ihre Schmerzen verstärkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You feel dizzy or faint</source>
        <translation>Ihnen schwindlig oder schwach wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seated rotation</source>
        <translation>Drehung im Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit tall on a steady chair with your feet flat and your knees together.</source>
        <translation>Setzen Sie sich aufrecht auf einen stabilen Stuhl, die Füße flach und die Knie zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowly turn your upper body to the left, placing your right hand on your left knee and your left hand on the chair back.</source>
        <translation>Drehen Sie den Oberkörper langsam nach links, die rechte Hand auf dem linken Knie und die linke Hand an der Stuhllehne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn only as far as is comfortable and hold for 5 seconds.</source>
        <translation>Drehen Sie nur so weit, wie es angenehm ist, und halten Sie 5 Sekunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly turn back to the middle. Do all the reps to one side, then swap hands and turn the other way.</source>
        <translation>Drehen Sie langsam zurück zur Mitte. Machen Sie alle Wiederholungen zu einer Seite, dann wechseln Sie die Hände und drehen zur anderen Seite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn your upper body to the left, right hand on your left knee</source>
        <translation>Drehen Sie den Oberkörper nach links, die rechte Hand auf dem linken Knie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn your upper body to the right, left hand on your right knee</source>
        <translation>Drehen Sie den Oberkörper nach rechts, die linke Hand auf dem rechten Knie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle twisting stretch through your middle back.</source>
        <translation>Eine sanfte Drehdehnung im mittleren Rücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use your hands to steady yourself, not to force the turn.</source>
        <translation>Stützen Sie sich mit den Händen ab, erzwingen Sie die Drehung aber nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your hips facing forward.</source>
        <translation>Die Hüften bleiben nach vorn gerichtet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seated side bend</source>
        <translation>Seitneigung im Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit tall on a steady chair with your feet flat, one hand resting on your hip and the other arm hanging by your side.</source>
        <translation>Setzen Sie sich aufrecht auf einen stabilen Stuhl, die Füße flach, eine Hand auf der Hüfte und den anderen Arm seitlich hängend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slowly lean towards the hanging arm, letting that hand slide down towards the floor.</source>
        <translation>Neigen Sie sich langsam zum hängenden Arm und lassen Sie diese Hand Richtung Boden gleiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go only as far as is comfortable, keeping both buttocks on the seat.</source>
        <translation>Gehen Sie nur so weit, wie es angenehm ist; beide Gesäßhälften bleiben auf dem Sitz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowly come back to sitting tall. Do all the reps on one side, then change hands and do the other side.</source>
        <translation>Kommen Sie langsam zurück in den aufrechten Sitz. Machen Sie alle Wiederholungen auf einer Seite, dann wechseln Sie die Hände und machen die andere Seite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lean to the left, left hand sliding down towards the floor</source>
        <translation>Neigen Sie sich nach links, die linke Hand gleitet Richtung Boden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lean to the right, right hand sliding down towards the floor</source>
        <translation>Neigen Sie sich nach rechts, die rechte Hand gleitet Richtung Boden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle stretch along the opposite side of your body.</source>
        <translation>Eine sanfte Dehnung an der gegenüberliegenden Körperseite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bend straight to the side, without twisting or leaning forward.</source>
        <translation>Neigen Sie sich gerade zur Seite, ohne sich zu drehen oder nach vorn zu lehnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shoulder-blade squeeze</source>
        <translation>Schulterblätter zusammenziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit tall with your arms relaxed and your elbows bent at your sides.</source>
        <translation>Setzen Sie sich aufrecht hin, die Arme locker und die Ellbogen seitlich gebeugt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gently draw your shoulder blades back and together, as if holding a pencil between them.</source>
        <translation>Ziehen Sie die Schulterblätter sanft nach hinten und zusammen, als wollten Sie einen Bleistift dazwischen halten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your shoulders down, away from your ears. Hold for 5 seconds.</source>
        <translation>Lassen Sie die Schultern unten, weg von den Ohren. Halten Sie 5 Sekunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly relax back to the start.</source>
        <translation>Entspannen Sie langsam zurück in die Ausgangsposition.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle working feeling between your shoulder blades and an opening across your chest.</source>
        <translation>Ein leichtes Arbeiten zwischen den Schulterblättern und eine Öffnung über der Brust.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not arch your lower back or push your chest out hard.</source>
        <translation>Machen Sie kein Hohlkreuz und drücken Sie die Brust nicht kräftig heraus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shoulder rolls (backwards)</source>
        <translation>Schulterkreisen (nach hinten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit tall with your arms relaxed by your sides.</source>
        <translation>Setzen Sie sich aufrecht hin, die Arme locker seitlich am Körper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift your shoulders up towards your ears.</source>
        <translation>Heben Sie die Schultern zu den Ohren hoch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll them back, squeezing your shoulder blades gently together.</source>
        <translation>Rollen Sie sie nach hinten und ziehen Sie die Schulterblätter dabei sanft zusammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them drop down and relax, making one slow, smooth circle.</source>
        <translation>Lassen Sie sie nach unten sinken und entspannen Sie: ein langsamer, gleichmäßiger Kreis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest for a few seconds between sets.</source>
        <translation>Ruhen Sie zwischen den Sätzen ein paar Sekunden aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your shoulders loosening and warming, with a gentle opening across the front of your chest.</source>
        <translation>Wie Ihre Schultern lockerer und wärmer werden, mit einer sanften Öffnung vorn über der Brust.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the circles slow and comfortable, not forced.</source>
        <translation>Kreisen Sie langsam und angenehm, ohne Kraft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your head still and your breathing easy.</source>
        <translation>Halten Sie den Kopf ruhig und atmen Sie entspannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shoulder shrug</source>
        <translation>Schulterheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly lift both shoulders up towards your ears.</source>
        <translation>Heben Sie beide Schultern langsam zu den Ohren hoch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly let your shoulders drop all the way down and relax.</source>
        <translation>Lassen Sie die Schultern langsam ganz nach unten sinken und entspannen Sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A light effort across the tops of your shoulders, then a feeling of release as you let go.</source>
        <translation>Eine leichte Anstrengung oben auf den Schultern, dann ein Gefühl der Lösung beim Loslassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your neck long; do not push your head forward.</source>
        <translation>Halten Sie den Nacken lang; schieben Sie den Kopf nicht nach vorn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thread the needle</source>
        <translation>Nadel einfädeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly reach one arm up towards the ceiling, turning your chest and following your hand with your eyes.</source>
        <translation>Strecken Sie einen Arm langsam zur Decke, drehen Sie dabei den Brustkorb mit und folgen Sie der Hand mit den Augen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring that arm down and slide it under your body towards the other side, letting that shoulder lower towards the floor.</source>
        <translation>Führen Sie diesen Arm nach unten und schieben Sie ihn unter dem Körper zur anderen Seite durch; die Schulter sinkt dabei Richtung Boden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go only as far as is comfortable, then repeat. Do all the reps on one side, then the other.</source>
        <translation>Gehen Sie nur so weit, wie es angenehm ist, dann wiederholen Sie. Machen Sie alle Wiederholungen auf einer Seite, dann auf der anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left arm: reach up, then slide it under your body to the right</source>
        <translation>Linker Arm: nach oben strecken, dann unter dem Körper hindurch nach rechts schieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right arm: reach up, then slide it under your body to the left</source>
        <translation>Rechter Arm: nach oben strecken, dann unter dem Körper hindurch nach links schieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle twisting stretch between your shoulder blades and through your upper back.</source>
        <translation>Eine sanfte Drehdehnung zwischen den Schulterblättern und im oberen Rücken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your weight steady on the supporting hand.</source>
        <translation>Verteilen Sie Ihr Gewicht ruhig auf die stützende Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You feel dizzy or light-headed</source>
        <translation>Ihnen schwindlig oder schwummrig wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upper trapezius stretch</source>
        <translation>Dehnung des oberen Trapezmuskels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit tall and hold the edge of the chair seat with your right hand to keep that shoulder down.</source>
        <translation>Setzen Sie sich aufrecht hin und halten Sie sich mit der rechten Hand an der Kante der Sitzfläche fest, damit diese Schulter unten bleibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slowly tilt your head to the left, ear towards your left shoulder.</source>
        <translation>Neigen Sie den Kopf langsam nach links, das Ohr in Richtung linke Schulter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you want a little more, rest your left hand lightly on your head. Do not pull.</source>
        <translation>Wenn Sie etwas mehr möchten, legen Sie die linke Hand leicht auf den Kopf. Ziehen Sie nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold for up to 30 seconds at mild tightness, never sharp pain, breathing slowly.</source>
        <translation>Halten Sie bis zu 30 Sekunden bei leichter Spannung, nie bei stechendem Schmerz, und atmen Sie langsam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gently lift your head back to the middle. Do both holds, then change sides.</source>
        <translation>Heben Sie den Kopf sanft zurück zur Mitte. Machen Sie beide Halteübungen, dann wechseln Sie die Seite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt your head to the left, right hand holding the seat</source>
        <translation>Neigen Sie den Kopf nach links, die rechte Hand hält sich an der Sitzfläche fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt your head to the right, left hand holding the seat</source>
        <translation>Neigen Sie den Kopf nach rechts, die linke Hand hält sich an der Sitzfläche fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A steady, gentle stretch from the side of your neck into the top of your shoulder.</source>
        <translation>Eine gleichmäßige, sanfte Dehnung von der Seite des Halses bis oben in die Schulter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ease off if the stretch gets stronger while you hold.</source>
        <translation>Lassen Sie etwas nach, wenn die Dehnung beim Halten stärker wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wall angel</source>
        <translation>Wandengel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand with your back against a wall, feet a small step away from it and knees soft.</source>
        <translation>Stellen Sie sich mit dem Rücken an eine Wand, die Füße einen kleinen Schritt davor und die Knie locker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raise your arms to shoulder height with your elbows bent, backs of your hands towards the wall.</source>
        <translation>Heben Sie die Arme mit gebeugten Ellbogen auf Schulterhöhe, die Handrücken zur Wand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slowly slide your arms up the wall as far as is comfortable.</source>
        <translation>Schieben Sie die Arme langsam an der Wand nach oben, so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slowly slide them back down to the start.</source>
        <translation>Schieben Sie sie langsam wieder nach unten in die Ausgangsposition.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle stretch across your chest and a light effort between your shoulder blades.</source>
        <translation>Eine sanfte Dehnung über der Brust und eine leichte Anstrengung zwischen den Schulterblättern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your arms do not need to touch the wall; do not force them or your head back.</source>
        <translation>Ihre Arme müssen die Wand nicht berühren; drücken Sie weder die Arme noch den Kopf mit Kraft nach hinten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your lower back relaxed, not arched.</source>
        <translation>Lassen Sie den unteren Rücken locker, ohne Hohlkreuz.</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <location line="+3"/>
        <source>2-minute band break</source>
        <translation>2-Minuten-Pause mit Band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two minutes of elastic band work for the shoulders and upper back. Short sessions add up: for office workers, an hour a week of strength work helped as much in short sessions as in one long one.</source>
        <translation>Zwei Minuten Übungen mit dem Gymnastikband für Schultern und oberen Rücken. Kurze Einheiten summieren sich: Bei Büroangestellten half eine Stunde Krafttraining pro Woche in kurzen Einheiten genauso wie in einer langen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>3-minute desk reset</source>
        <translation>3-Minuten-Programm am Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short break from the screen: wake up the neck and shoulders and reset your posture without leaving the chair.</source>
        <translation>Eine kurze Pause vom Bildschirm: Nacken und Schultern wecken und die Haltung neu ausrichten, ohne den Stuhl zu verlassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mid-back mobility on the floor</source>
        <translation>Beweglichkeit für den mittleren Rücken am Boden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a longer break at home: move the middle back on hands and knees, then open the chest in a doorway.</source>
        <translation>Für eine längere Pause zu Hause: den mittleren Rücken im Vierfüßlerstand bewegen, dann die Brust im Türrahmen öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neck and shoulders</source>
        <translation>Nacken und Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle neck movements and stretches for the muscles between the neck and the shoulders, the usual places that tighten at a desk.</source>
        <translation>Sanfte Bewegungen für den Nacken und Dehnungen für die Muskeln zwischen Nacken und Schultern, die üblichen Stellen, die am Schreibtisch verspannen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Posture and strength</source>
        <translation>Haltung und Kraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengthen the muscles that hold the shoulder blades back; strength work helps long-standing neck and shoulder pain.</source>
        <translation>Die Muskeln kräftigen, die die Schulterblätter nach hinten halten; Krafttraining hilft bei lang anhaltenden Nacken- und Schulterschmerzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upper-back mobility in the chair</source>
        <translation>Beweglichkeit für den oberen Rücken im Stuhl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow bending, arching, side bending and turning of the upper and middle back, all from a chair.</source>
        <translation>Langsames Beugen, Strecken, seitliches Neigen und Drehen des oberen und mittleren Rückens, alles im Sitzen auf einem Stuhl.</translation>
    </message>
</context>
</TS>
