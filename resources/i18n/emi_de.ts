<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <extracomment>The kiosk&apos;s built-in invitation (a trainer&apos;s own attract_text is shown as written).</extracomment>
        <translation type="unfinished">Zum Starten berühren</translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished">Lernende</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished">Abschluss</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">Abgeschlossen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished">Bestanden</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished">Nicht abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>{completed} of %n learner(s) completed the course.</source>
        <translation type="unfinished">
            <numerusform>{completed} von %n Lernenden hat den Kurs abgeschlossen.</numerusform>
            <numerusform>{completed} von %n Lernenden haben den Kurs abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished">Punktzahlen</translation>
    </message>
    <message>
        <source>Learners per final score band.</source>
        <translation type="unfinished">Lernende je Bereich der Endpunktzahl.</translation>
    </message>
    <message>
        <source>Correct answers per quiz question</source>
        <translation type="unfinished">Richtige Antworten je Quizfrage</translation>
    </message>
    <message>
        <source>% of learners who answered</source>
        <translation type="unfinished">% der Lernenden, die geantwortet haben</translation>
    </message>
    <message>
        <source>{question}: {correct} of {answered} correct</source>
        <translation type="unfinished">{question}: {correct} von {answered} richtig</translation>
    </message>
    <message>
        <source>Wrong options chosen</source>
        <translation type="unfinished">Gewählte falsche Optionen</translation>
    </message>
    <message>
        <source>How often each wrong option was chosen.</source>
        <translation type="unfinished">Wie oft jede falsche Option gewählt wurde.</translation>
    </message>
    <message>
        <source>GDPR use cases checked</source>
        <translation type="unfinished">Geprüfte DSGVO-Anwendungsfälle</translation>
    </message>
    <message>
        <source>Learners who checked each worked use case in step 2.</source>
        <translation type="unfinished">Lernende, die in Schritt 2 den jeweiligen Anwendungsfall geprüft haben.</translation>
    </message>
    <message>
        <source>Bias audit bands reached</source>
        <translation type="unfinished">Erreichte Bereiche im Bias-Audit</translation>
    </message>
    <message>
        <source>Learners whose bias audit reached each band, best first.</source>
        <translation type="unfinished">Lernende, deren Bias-Audit den jeweiligen Bereich erreicht hat, bester zuerst.</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation type="unfinished">Klassenbericht</translation>
    </message>
    <message>
        <source>No learners&apos; statements found in the chosen files.</source>
        <translation type="unfinished">In den gewählten Dateien wurden keine Aussagen von Lernenden gefunden.</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Something went wrong in this part of the course. Your progress is saved; you can carry on. The details were written to the log for your trainer.</source>
        <translation type="unfinished">In diesem Teil des Kurses ist etwas schiefgegangen. Ihr Fortschritt ist gespeichert; Sie können weitermachen. Die Einzelheiten stehen für Ihre Trainerin oder Ihren Trainer im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>SourceNotes</name>
    <message>
        <source>Illustrative: {why}</source>
        <translation type="unfinished">Zur Veranschaulichung: {why}</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation type="unfinished">Quelle: {sources}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation type="unfinished">Quellen: {sources}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Deleting your data was interrupted last time and could not be finished; please delete these files yourself: {files}.</source>
        <extracomment>Show the course in another language now (View › Language); False if it cannot (then the choice applies at the next start). Set by the start-up (_Launch).</extracomment>
        <translation type="unfinished">Das Löschen Ihrer Daten wurde beim letzten Mal unterbrochen und konnte nicht abgeschlossen werden; bitte löschen Sie diese Dateien selbst: {files}.</translation>
    </message>
    <message>
        <source>Deleting your data was interrupted last time; it has now been finished.</source>
        <translation type="unfinished">Das Löschen Ihrer Daten wurde beim letzten Mal unterbrochen; es ist jetzt abgeschlossen.</translation>
    </message>
    <message>
        <source>Save a copy of your progress</source>
        <translation type="unfinished">Eine Kopie Ihres Fortschritts speichern</translation>
    </message>
    <message>
        <source>Progress (*.json)</source>
        <translation type="unfinished">Fortschritt (*.json)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished">Kopie speichern</translation>
    </message>
    <message>
        <source>The copy could not be saved: {reason}.</source>
        <translation type="unfinished">Die Kopie konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>A copy of your progress was saved as {path}.</source>
        <translation type="unfinished">Eine Kopie Ihres Fortschritts wurde als {path} gespeichert.</translation>
    </message>
    <message>
        <source>step {number}, {title}</source>
        <translation type="unfinished">Schritt {number}, {title}</translation>
    </message>
    <message>
        <source>the course home</source>
        <translation type="unfinished">der Kursübersicht</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">der Zusammenfassung</translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation type="unfinished">der Einführung</translation>
    </message>
    <message>
        <source>The course cannot open because its content files have problems. Please give this list to your trainer:</source>
        <translation type="unfinished">Der Kurs kann nicht geöffnet werden, weil seine Inhaltsdateien Fehler haben. Bitte geben Sie diese Liste Ihrer Trainerin oder Ihrem Trainer:</translation>
    </message>
    <message>
        <source>The course is already open in another window, which was brought to the front.</source>
        <translation type="unfinished">Der Kurs ist bereits in einem anderen Fenster geöffnet; es wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>The course is already open in another window; please switch to that window (only one window can use a learner&apos;s progress).</source>
        <translation type="unfinished">Der Kurs ist bereits in einem anderen Fenster geöffnet; bitte wechseln Sie zu diesem Fenster (nur ein Fenster kann den Fortschritt einer Person verwenden).</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Your appearance settings could not be read, so the defaults apply for now.</source>
        <translation type="unfinished">Ihre Darstellungseinstellungen konnten nicht gelesen werden; vorerst gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Your appearance settings were damaged, so the defaults apply; the old file was kept as {name}.</source>
        <translation type="unfinished">Ihre Darstellungseinstellungen waren beschädigt, daher gelten die Standardwerte; die alte Datei wurde als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged or unreadable, so the course starts fresh; the old file was kept as {name}.</source>
        <translation type="unfinished">Ihr gespeicherter Fortschritt war beschädigt oder unlesbar, daher beginnt der Kurs neu; die alte Datei wurde als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read, so the course starts fresh and nothing is saved, to keep the old file ({path}).</source>
        <translation type="unfinished">Ihr gespeicherter Fortschritt konnte nicht gelesen werden, daher beginnt der Kurs neu und nichts wird gespeichert, damit die alte Datei ({path}) erhalten bleibt.</translation>
    </message>
</context>
<context>
    <name>relaunch</name>
    <message>
        <source>The language could not be saved: {reason}.</source>
        <translation type="unfinished">Die Sprache konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>The course stays in {language}.</source>
        <translation type="unfinished">Der Kurs bleibt auf {language}.</translation>
    </message>
    <message>
        <source>The course will be shown in {language} the next time it starts.</source>
        <translation type="unfinished">Der Kurs wird beim nächsten Start auf {language} angezeigt.</translation>
    </message>
    <message>
        <source>The course is now shown in {language}.</source>
        <translation type="unfinished">Der Kurs wird jetzt auf {language} angezeigt.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="unfinished">Schritt {number}: {title}</translation>
    </message>
    <message>
        <source>Quiz {number}</source>
        <translation type="unfinished">Quiz {number}</translation>
    </message>
    <message>
        <source>GDPR checker</source>
        <translation type="unfinished">DSGVO-Prüfer</translation>
    </message>
    <message>
        <source>Bias audit</source>
        <translation type="unfinished">Bias-Audit</translation>
    </message>
    <message>
        <source>Please keep your name under {count} characters.</source>
        <translation type="unfinished">Bitte halten Sie Ihren Namen unter {count} Zeichen.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished">Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Your name cannot contain control characters or text-direction marks.</source>
        <translation type="unfinished">Ihr Name darf keine Steuerzeichen oder Schreibrichtungsmarken enthalten.</translation>
    </message>
    <message>
        <source>Your name needs at least one letter.</source>
        <translation type="unfinished">Ihr Name braucht mindestens einen Buchstaben.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address (name@example.com). Leave it empty if you prefer.</source>
        <translation type="unfinished">Das sieht nicht nach einer E-Mail-Adresse aus (name@example.com). Lassen Sie das Feld leer, wenn Sie möchten.</translation>
    </message>
</context>
</TS>
