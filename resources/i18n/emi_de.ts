<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Kiosk administration</source>
        <extracomment>Exit codes the supervisor sees (docs/kiosk.md): 0 stays stopped, 75 is restarted.</extracomment>
        <translation type="unfinished">Kiosk-Verwaltung</translation>
    </message>
    <message>
        <source>sessions started</source>
        <translation type="unfinished">Sitzungen gestartet</translation>
    </message>
    <message>
        <source>sessions ended because nobody answered</source>
        <translation type="unfinished">Sitzungen ohne Reaktion beendet</translation>
    </message>
    <message>
        <source>Steps completed</source>
        <translation type="unfinished">Abgeschlossene Schritte</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation type="unfinished">Quizantworten</translation>
    </message>
    <message>
        <source>Reset counters</source>
        <translation type="unfinished">Zähler zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished">Zurück zum Kiosk</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation type="unfinished">App neu starten</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation type="unfinished">Kioskmodus beenden</translation>
    </message>
    <message>
        <source>Back to the kiosk (close this panel)</source>
        <translation type="unfinished">Zurück zum Kiosk (diese Ansicht schließen)</translation>
    </message>
    <message>
        <source>Reset all counters to zero (tap twice)</source>
        <translation type="unfinished">Alle Zähler auf null zurücksetzen (zweimal tippen)</translation>
    </message>
    <message>
        <source>Restart the app (the supervisor starts it again)</source>
        <translation type="unfinished">App neu starten (die Prozessüberwachung startet sie erneut)</translation>
    </message>
    <message>
        <source>Exit kiosk mode and close the app</source>
        <translation type="unfinished">Kioskmodus beenden und App schließen</translation>
    </message>
    <message>
        <source>Anonymous totals since {since}. Nothing here names or identifies a visitor.</source>
        <translation type="unfinished">Anonyme Gesamtzahlen seit {since}. Nichts hier nennt oder identifiziert Besuchende.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) started</source>
        <translation type="unfinished">
            <numerusform>%n Sitzung gestartet</numerusform>
            <numerusform>%n Sitzungen gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended because nobody answered</source>
        <translation type="unfinished">
            <numerusform>%n Sitzung beendet, weil niemand reagiert hat</numerusform>
            <numerusform>%n Sitzungen beendet, weil niemand reagiert hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">Schritt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">Abgeschlossen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Frage</translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished">Richtig</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished">Falsch</translation>
    </message>
    <message>
        <source>Settings: {source}</source>
        <translation type="unfinished">Einstellungen: {source}</translation>
    </message>
    <message>
        <source>built-in defaults</source>
        <translation type="unfinished">integrierte Standardwerte</translation>
    </message>
    <message>
        <source>The counters were reset.</source>
        <translation type="unfinished">Die Zähler wurden zurückgesetzt.</translation>
    </message>
    <message>
        <source>Tap again to reset</source>
        <translation type="unfinished">Zum Zurücksetzen erneut tippen</translation>
    </message>
    <message>
        <source>Tap &quot;{again}&quot; within 5 seconds to set every counter back to zero.</source>
        <translation type="unfinished">Tippen Sie innerhalb von 5 Sekunden auf „{again}“, um alle Zähler auf null zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <extracomment>The kiosk&apos;s built-in invitation (a trainer&apos;s own attract_text is shown as written).</extracomment>
        <translation type="unfinished">Zum Starten berühren</translation>
    </message>
</context>
<context>
    <name>BiasAudit</name>
    <message>
        <source>{caption}: {value}</source>
        <extracomment>Sliders in reading order: in two columns group A sits beside group B.</extracomment>
        <translation type="unfinished">{caption}: {value}</translation>
    </message>
    <message>
        <source>Bias audit simulator</source>
        <translation type="unfinished">Bias-Audit-Simulator</translation>
    </message>
    <message>
        <source>Approval rate (%)</source>
        <translation type="unfinished">Genehmigungsquote (%)</translation>
    </message>
    <message>
        <source>below {threshold}: adverse impact</source>
        <translation type="unfinished">unter {threshold}: nachteilige Auswirkung</translation>
    </message>
    <message>
        <source>{threshold} or more: no adverse impact</source>
        <translation type="unfinished">{threshold} oder mehr: keine nachteilige Auswirkung</translation>
    </message>
    <message>
        <source>{low} ÷ {high}; {verdict}</source>
        <translation type="unfinished">{low} ÷ {high}; {verdict}</translation>
    </message>
    <message>
        <source>approved less often: {low} against {high}</source>
        <translation type="unfinished">seltener genehmigt: {low} gegenüber {high}</translation>
    </message>
    <message>
        <source>both approved at {rate}</source>
        <translation type="unfinished">beide mit {rate} genehmigt</translation>
    </message>
    <message>
        <source>{selected}: {sel_a} of {n_a} ({name_a}), {sel_b} of {n_b} ({name_b})</source>
        <translation type="unfinished">{selected}: {sel_a} von {n_a} ({name_a}), {sel_b} von {n_b} ({name_b})</translation>
    </message>
    <message>
        <source>{rule}: {band}</source>
        <translation type="unfinished">{rule}: {band}</translation>
    </message>
</context>
<context>
    <name>BiasChart</name>
    <message>
        <source>{a} and {b} below it</source>
        <extracomment>Pixels kept between a bar&apos;s value label and the threshold line.</extracomment>
        <translation type="unfinished">{a} und {b} darunter</translation>
    </message>
    <message>
        <source>{group} below it</source>
        <translation type="unfinished">{group} darunter</translation>
    </message>
    <message>
        <source>no group below it</source>
        <translation type="unfinished">keine Gruppe darunter</translation>
    </message>
    <message>
        <source>{a}: {rate_a}; {b}: {rate_b}; {line}: {rate_t}, {verdict}.</source>
        <translation type="unfinished">{a}: {rate_a}; {b}: {rate_b}; {line}: {rate_t}, {verdict}.</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished">Balken</translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation type="unfinished">Genehmigungsquote</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of completion: {course}</source>
        <translation type="unfinished">Abschlusszertifikat: {course}</translation>
    </message>
    <message>
        <source>CERTIFICATE OF COMPLETION</source>
        <translation type="unfinished">ABSCHLUSSZERTIFIKAT</translation>
    </message>
    <message>
        <source>COURSE COMPLETION SUMMARY</source>
        <translation type="unfinished">ÜBERSICHT ZUM KURSABSCHLUSS</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation type="unfinished">Hiermit wird bestätigt, dass</translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation type="unfinished">den Kurs</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation type="unfinished">am {date} abgeschlossen hat</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished">Bestanden</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished">Nicht bestanden</translation>
    </message>
    <message>
        <source>{percent}% overall completion · {correct} of {questions} quiz questions correct · {steps} of {total} steps completed · {verdict} (pass mark {pass_mark}%)</source>
        <translation type="unfinished">{percent}&#xa0;% Gesamtfortschritt · {correct} von {questions} Quizfragen richtig · {steps} von {total} Schritten abgeschlossen · {verdict} (Bestehensgrenze {pass_mark}&#xa0;%)</translation>
    </message>
    <message>
        <source>Quiz {number}: {result}</source>
        <translation type="unfinished">Quiz {number}: {result}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">Unterschrift</translation>
    </message>
    <message>
        <source>Verification code: {code}</source>
        <translation type="unfinished">Prüfcode: {code}</translation>
    </message>
    <message>
        <source>The code is a hash of this attempt&apos;s results. It also stands in the learner&apos;s exported learning record (xAPI), in the course&apos;s &quot;completed&quot; statement, so a trainer can match this page to the record.</source>
        <translation type="unfinished">Der Code ist ein Hashwert der Ergebnisse dieses Versuchs. Er steht auch in den exportierten Lerndaten (xAPI) der lernenden Person, im Statement „completed“ des Kurses, sodass die Schulungsleitung diese Seite den Daten zuordnen kann.</translation>
    </message>
    <message>
        <source>Course: {iri} (content version {version}) · Registration: {registration}</source>
        <translation type="unfinished">Kurs: {iri} (Inhaltsversion {version}) · Registrierung: {registration}</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">Nicht beantwortet</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished">Richtig</translation>
    </message>
    <message>
        <source>Incorrect (answer: {answer})</source>
        <translation type="unfinished">Falsch (Antwort: {answer})</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show values</source>
        <extracomment>title and &quot;Show values&quot; side by side from this width, in characters</extracomment>
        <translation type="unfinished">Werte anzeigen</translation>
    </message>
    <message>
        <source>Show the values of {title} as a table</source>
        <translation type="unfinished">Werte von {title} als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>{title}: values</source>
        <translation type="unfinished">{title}: Werte</translation>
    </message>
    <message>
        <source>Hide values</source>
        <translation type="unfinished">Werte ausblenden</translation>
    </message>
</context>
<context>
    <name>ChoiceForm</name>
    <message>
        <source>Use-case form</source>
        <extracomment>Options above this count are laid out in two columns.</extracomment>
        <translation type="unfinished">Formular zum Anwendungsfall</translation>
    </message>
    <message>
        <source>Question {number}: {question}</source>
        <translation type="unfinished">Frage {number}: {question}</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation type="unfinished">{number}. {question}</translation>
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
    <name>ClosingPage</name>
    <message>
        <source>Back to course home</source>
        <extracomment>A checklist item tied to the whole course is practised once every step is complete.</extracomment>
        <translation type="unfinished">Zurück zur Kursübersicht</translation>
    </message>
    <message>
        <source>Ticked: what you practised in this course. The others are worth a look before you apply them.</source>
        <translation type="unfinished">Abgehakt: was Sie in diesem Kurs geübt haben. Die übrigen sollten Sie sich ansehen, bevor Sie sie anwenden.</translation>
    </message>
    <message>
        <source>practised</source>
        <translation type="unfinished">geübt</translation>
    </message>
    <message>
        <source>not practised yet</source>
        <translation type="unfinished">noch nicht geübt</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation type="unfinished">Ihr Zertifikat</translation>
    </message>
    <message>
        <source>Type your name as it should stand on the certificate, then save it as a PDF.</source>
        <translation type="unfinished">Geben Sie Ihren Namen so ein, wie er auf dem Zertifikat stehen soll, und speichern Sie es dann als PDF.</translation>
    </message>
    <message>
        <source>Your name for the certificate</source>
        <translation type="unfinished">Ihr Name für das Zertifikat</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">Ihr Name</translation>
    </message>
    <message>
        <source>Get your certificate</source>
        <translation type="unfinished">Zertifikat abrufen</translation>
    </message>
    <message>
        <source>The certificate needs this first:</source>
        <translation type="unfinished">Für das Zertifikat fehlt noch:</translation>
    </message>
</context>
<context>
    <name>ComplianceResultView</name>
    <message>
        <source>Hide</source>
        <extracomment>status -&gt; (icon, colour token); the callout kind colours the verdict box. A check line narrower than this (in average characters) puts its status under the check. A space after one of these words starts no new line: &quot;Art. 22&quot;, &quot;Abs. 3&quot;, &quot;lit. a&quot;, &quot;GDPR Art. 6&quot;, &quot;Recital 71&quot; stay whole (review item 12).</extracomment>
        <translation type="unfinished">Ausblenden</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Warum</translation>
    </message>
    <message>
        <source>Why: {check}</source>
        <translation type="unfinished">Warum: {check}</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation type="unfinished">Gesamturteil</translation>
    </message>
    <message>
        <source>Compliance result</source>
        <translation type="unfinished">Konformitätsergebnis</translation>
    </message>
    <message>
        <source>Check by check</source>
        <translation type="unfinished">Prüfung für Prüfung</translation>
    </message>
</context>
<context>
    <name>CostCalculator</name>
    <message>
        <source>{driver}: {basis}</source>
        <extracomment>Rows of the sensitivity chart&apos;s values table (evenly spread over the range).</extracomment>
        <translation type="unfinished">{driver}: {basis}</translation>
    </message>
    <message>
        <source>{before}: {amount}</source>
        <translation type="unfinished">{before}: {amount}</translation>
    </message>
    <message>
        <source>{total}: {amount}</source>
        <translation type="unfinished">{total}: {amount}</translation>
    </message>
    <message>
        <source>{break_even}: {value}</source>
        <translation type="unfinished">{break_even}: {value}</translation>
    </message>
    <message>
        <source>{current}: {value}. {cost_series} {cost}, {net_series} {net}. {break_even}</source>
        <translation type="unfinished">{current}: {value}. {cost_series} {cost}, {net_series} {net}. {break_even}</translation>
    </message>
</context>
<context>
    <name>DestructiveConfirm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>DiagramPart</name>
    <message>
        <source>Architecture diagram: {layers}</source>
        <extracomment>Below this width (in average characters) the details go under the diagram. The details pane&apos;s measure: a readable line, whatever the node&apos;s text. The smallest diagram height, and what the panes leave free of the visible page. With enlarged text, node names are drawn at least this share of the body text&apos;s height. Stacked under a scrolling diagram, the details take this share of the visible height.</extracomment>
        <translation type="unfinished">Architekturdiagramm: {layers}</translation>
    </message>
    <message>
        <source>{layer}: {nodes}.</source>
        <translation type="unfinished">{layer}: {nodes}.</translation>
    </message>
    <message>
        <source>Tab moves between nodes; Enter or Space selects one.</source>
        <translation type="unfinished">Tab wechselt zwischen Knoten; Eingabe oder Leertaste wählt einen aus.</translation>
    </message>
    <message>
        <source>Choose a node in the diagram to see {headings}.</source>
        <translation type="obsolete">Wählen Sie einen Knoten im Diagramm, um {headings} zu sehen.</translation>
    </message>
    <message>
        <source>Choose a node in the diagram to see its details: {headings}.</source>
        <translation type="unfinished">Wählen Sie einen Knoten im Diagramm, um seine Details zu sehen: {headings}.</translation>
    </message>
    <message>
        <source>No node selected yet</source>
        <translation type="unfinished">Noch kein Knoten ausgewählt</translation>
    </message>
    <message>
        <source>No node selected. Choose a node to trace its data path through the architecture.</source>
        <translation type="unfinished">Kein Knoten ausgewählt. Wählen Sie einen Knoten, um seinen Datenpfad durch die Architektur zu verfolgen.</translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished">ausgewählt</translation>
    </message>
    <message>
        <source>on the selected node&apos;s data path</source>
        <translation type="unfinished">auf dem Datenpfad des ausgewählten Knotens</translation>
    </message>
    <message>
        <source>explored</source>
        <translation type="unfinished">erkundet</translation>
    </message>
    <message>
        <source>not explored yet</source>
        <translation type="unfinished">noch nicht erkundet</translation>
    </message>
    <message>
        <source>{label} ({subtitle}), {layer}: {states}</source>
        <translation type="unfinished">{label} ({subtitle}), {layer}: {states}</translation>
    </message>
    <message>
        <source>Selected: {node}. Its data path: {path}.</source>
        <translation type="unfinished">Ausgewählt: {node}. Datenpfad: {path}.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished">Rückkopplung</translation>
    </message>
    <message>
        <source>{loop}: {source} back to {target}.</source>
        <translation type="unfinished">{loop}: {source} zurück zu {target}.</translation>
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
    <name>GdprChecker</name>
    <message>
        <source>{first} and {last}</source>
        <extracomment>Below this width (in average characters) the result goes under the controls.</extracomment>
        <translation type="unfinished">{first} und {last}</translation>
    </message>
    <message>
        <source>GDPR compliance checker</source>
        <translation type="unfinished">DSGVO-Konformitätsprüfer</translation>
    </message>
    <message>
        <source>How to choose the use case</source>
        <translation type="unfinished">So wählen Sie den Anwendungsfall</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished">Anwendungsfall</translation>
    </message>
    <message>
        <source>Use case to check</source>
        <translation type="unfinished">Zu prüfender Anwendungsfall</translation>
    </message>
    <message>
        <source>Still to answer: question {numbers}.</source>
        <translation type="unfinished">Noch zu beantworten: Frage {numbers}.</translation>
    </message>
    <message>
        <source>Still to answer: questions {numbers}.</source>
        <translation type="unfinished">Noch zu beantworten: Fragen {numbers}.</translation>
    </message>
    <message>
        <source>Result: {use_case}</source>
        <translation type="unfinished">Ergebnis: {use_case}</translation>
    </message>
    <message>
        <source>Result: your use case</source>
        <translation type="unfinished">Ergebnis: Ihr Anwendungsfall</translation>
    </message>
    <message>
        <source>The verdict and every check, with the article it applies, appear here.</source>
        <translation type="unfinished">Hier erscheinen das Urteil und jede Prüfung mit dem angewandten Artikel.</translation>
    </message>
</context>
<context>
    <name>GridMarker</name>
    <message>
        <source>{name}, {kind}, {quadrant}</source>
        <translation type="unfinished">{name}, {kind}, {quadrant}</translation>
    </message>
    <message>
        <source>{name}, {kind}</source>
        <translation type="unfinished">{name}, {kind}</translation>
    </message>
    <message>
        <source>Press Enter or Space to show the strategy</source>
        <translation type="unfinished">Drücken Sie die Eingabe- oder Leertaste, um die Strategie anzuzeigen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>In this package</source>
        <translation type="unfinished">In diesem Paket</translation>
    </message>
    <message>
        <source>Open the course</source>
        <translation type="unfinished">Kurs öffnen</translation>
    </message>
    <message>
        <source>Open {framework}</source>
        <translation type="unfinished">{framework} öffnen</translation>
    </message>
    <message>
        <source>Framework {number}: {title}</source>
        <translation type="unfinished">Framework {number}: {title}</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Time left before the session ends</source>
        <translation type="unfinished">Verbleibende Zeit bis zum Ende der Sitzung</translation>
    </message>
    <message>
        <source>{continue_text}: keep this session</source>
        <translation type="unfinished">{continue_text}: diese Sitzung fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <translation type="unfinished">
            <numerusform>Neustart in %n Sekunde</numerusform>
            <numerusform>Neustart in %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>The CTO asks</source>
        <translation type="unfinished">Die Frage des CTO</translation>
    </message>
    <message>
        <source>Start step 1: {title}</source>
        <translation type="unfinished">Schritt 1 starten: {title}</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Step {number}: {title}</source>
        <extracomment>Qt calls, and only the declared shell interface (desktop.shell.Shell) beyond them. How the admin&apos;s exit leaves the app; tests replace it.</extracomment>
        <translation type="obsolete">Schritt {number}: {title}</translation>
    </message>
    <message>
        <source>Quiz {number}: {question}</source>
        <extracomment>Qt calls, and only the declared shell interface (desktop.shell.Shell) beyond them. How the admin&apos;s exit leaves the app; tests replace it.</extracomment>
        <translation type="unfinished">Quiz {number}: {question}</translation>
    </message>
</context>
<context>
    <name>LabelledSlider</name>
    <message>
        <source>{label}, exact value</source>
        <extracomment>A QLineEdit&apos;s own margin on each side of its text (QLineEditPrivate::horizontalMargin). Characters a number may be typed with: whatever else the box shows is its unit.</extracomment>
        <translation type="unfinished">{label}, genauer Wert</translation>
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
    <name>LeverToggle</name>
    <message>
        <source>On</source>
        <translation type="unfinished">Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">Aus</translation>
    </message>
</context>
<context>
    <name>LrsLink</name>
    <message>
        <source>Your learning records stay on this computer for now: the learning record store settings have problems (your IT department can see why).</source>
        <translation type="unfinished">Ihre Lerndaten bleiben vorerst auf diesem Computer: Die Einstellungen des Lerndatenspeichers (LRS) sind fehlerhaft (Ihre IT-Abteilung kann den Grund sehen).</translation>
    </message>
    <message>
        <source>Learning record store: checking…</source>
        <translation type="unfinished">Lerndatenspeicher: wird geprüft…</translation>
    </message>
    <message>
        <source>Send &amp;records now</source>
        <translation type="unfinished">Daten jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Send your waiting learning records to {lrs} now</source>
        <translation type="unfinished">Ihre ausstehenden Lerndaten jetzt an {lrs} senden</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished">Jetzt senden</translation>
    </message>
    <message>
        <source>Send your learning records to {lrs} now</source>
        <translation type="unfinished">Ihre Lerndaten jetzt an {lrs} senden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back to {place}</source>
        <extracomment>Consulted before the window closes; kiosk mode refuses unless an admin unlocked.</extracomment>
        <translation type="unfinished">Zurück zu {place}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Zurück</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation type="unfinished">Vorherige Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Weiter</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation type="unfinished">Nächste Seite (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Abschließen</translation>
    </message>
    <message>
        <source>Finish the course, or see what is still to do</source>
        <translation type="unfinished">Kurs abschließen oder sehen, was noch fehlt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Weiter</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished">Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished">Von vorn beginnen</translation>
    </message>
    <message>
        <source>Start over and forget saved progress</source>
        <translation type="unfinished">Von vorn beginnen und gespeicherten Fortschritt verwerfen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation type="unfinished">Kopie anderswo speichern…</translation>
    </message>
    <message>
        <source>Save a copy of your progress in another folder</source>
        <translation type="unfinished">Eine Kopie Ihres Fortschritts in einem anderen Ordner speichern</translation>
    </message>
    <message>
        <source>Progress is not being saved</source>
        <translation type="unfinished">Fortschritt wird nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Start over…</source>
        <translation type="unfinished">Von &amp;vorn beginnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished">&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished">&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Course &amp;home</source>
        <translation type="unfinished">&amp;Kursübersicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished">Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished">&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished">&amp;Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished">&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished">&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished">Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished">&amp;Textgröße</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished">&amp;Größer</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation type="unfinished">&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished">&amp;Normale Größe</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation type="unfinished">Be&amp;wegung reduzieren</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation type="unfinished">Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished">Einführung</translation>
    </message>
    <message>
        <source>Course home</source>
        <translation type="unfinished">Kursübersicht</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Zusammenfassung</translation>
    </message>
    <message>
        <source>Step {number} completed. Now {page}.</source>
        <translation type="unfinished">Schritt {number} abgeschlossen. Jetzt: {page}.</translation>
    </message>
    <message>
        <source>{percent}% done</source>
        <translation type="unfinished">{percent}&#xa0;% erledigt</translation>
    </message>
    <message>
        <source>Your progress: {percent} percent. Opens the score card.</source>
        <translation type="unfinished">Ihr Fortschritt: {percent} Prozent. Öffnet die Ergebnisübersicht.</translation>
    </message>
    <message>
        <source>Not finished yet. Still to do:</source>
        <translation type="unfinished">Noch nicht fertig. Noch zu erledigen:</translation>
    </message>
    <message>
        <source>Welcome back. You were at {place}. Continue where you left off, or start over?</source>
        <translation type="unfinished">Willkommen zurück. Sie waren bei {place}. Dort weitermachen oder von vorn beginnen?</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation type="unfinished">Von vorn beginnen?</translation>
    </message>
    <message>
        <source>Start the course again from the beginning? Your answers, completed steps and settings on every page will be forgotten.</source>
        <translation type="unfinished">Den Kurs wieder von vorn beginnen? Ihre Antworten, abgeschlossenen Schritte und Einstellungen auf allen Seiten werden verworfen.</translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished">Über</translation>
    </message>
    <message>
        <source>App version {app}, course content version {content}.</source>
        <translation type="unfinished">App-Version {app}, Version der Kursinhalte {content}.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">Tastenkombinationen</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation type="unfinished">Nächste / vorherige Seite</translation>
    </message>
    <message>
        <source>Larger / smaller / normal text</source>
        <translation type="unfinished">Text größer / kleiner / normal</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation type="unfinished">Zwischen Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished">Pfeiltasten</translation>
    </message>
    <message>
        <source>Move between quiz options; move a slider</source>
        <translation type="unfinished">Zwischen Quizoptionen wechseln; Schieberegler bewegen</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation type="unfinished">Eingabe oder Leertaste</translation>
    </message>
    <message>
        <source>Answer with the focused option; press the focused button</source>
        <translation type="unfinished">Mit der fokussierten Option antworten; fokussierte Schaltfläche drücken</translation>
    </message>
    <message>
        <source>Move a slider in big steps, or to its ends</source>
        <translation type="unfinished">Schieberegler in großen Schritten oder an die Enden bewegen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished">Diese Liste</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Aktion</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>Answer quiz {number}</source>
        <translation type="unfinished">Quiz {number} beantworten</translation>
    </message>
    <message>
        <source>Try “{part}”</source>
        <translation type="unfinished">„{part}“ ausprobieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Step {number}:</source>
        <translation type="unfinished">Schritt {number}:</translation>
    </message>
    <message>
        <source>Step {number}: {thing}</source>
        <translation type="unfinished">Schritt {number}: {thing}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your name for the certificate</source>
        <translation type="unfinished">Ihr Name für das Zertifikat</translation>
    </message>
    <message>
        <source>Your name appears on your certificate and in the learning record you export. The e-mail is optional: give it if your trainer&apos;s learning system knows learners by e-mail. Both stay on this computer unless you export them, and &quot;Delete my data&quot; erases them.</source>
        <translation type="unfinished">Ihr Name erscheint auf Ihrem Zertifikat und in den Lerndaten, die Sie exportieren. Die E-Mail-Adresse ist optional: Geben Sie sie an, wenn das Lernsystem Ihrer Schulungsleitung Lernende an der E-Mail-Adresse erkennt. Beides bleibt auf diesem Computer, sofern Sie es nicht exportieren, und „Meine Daten löschen“ entfernt es.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation type="unfinished">E-Mail (optional)</translation>
    </message>
    <message>
        <source>Your e-mail address, optional</source>
        <translation type="unfinished">Ihre E-Mail-Adresse, optional</translation>
    </message>
    <message>
        <source>Problem with the name or e-mail</source>
        <translation type="unfinished">Problem mit Name oder E-Mail</translation>
    </message>
    <message>
        <source>Save name for the certificate</source>
        <translation type="unfinished">Name für das Zertifikat speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
</context>
<context>
    <name>NodeDetail</name>
    <message>
        <source>Details: {title}</source>
        <translation type="unfinished">Details: {title}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">Ordner öffnen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>{box}, {role}</source>
        <extracomment>A chart given more width than it needs is drawn at most this much larger, so the box text stays near the page&apos;s text size instead of growing with the window.</extracomment>
        <translation type="unfinished">{box}, {role}</translation>
    </message>
    <message>
        <source>Org chart</source>
        <extracomment>The boxes were measured again (a new text size or theme): new arrangement widths. scene sizes by the arrangement each chart takes (a few; found once per text size)</extracomment>
        <translation type="unfinished">Organigramm</translation>
    </message>
    <message>
        <source>{box} ({role})</source>
        <translation type="unfinished">{box} ({role})</translation>
    </message>
    <message>
        <source>{lead} leads {reports}.</source>
        <translation type="unfinished">{lead} leitet {reports}.</translation>
    </message>
    <message>
        <source>{box}.</source>
        <translation type="unfinished">{box}.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter the administrator PIN.</source>
        <translation type="unfinished">Geben Sie die Administrator-PIN ein.</translation>
    </message>
    <message>
        <source>This kiosk cannot be unlocked here: no administrator PIN has been set up. Please ask the staff who look after it.</source>
        <translation type="unfinished">Dieser Kiosk kann hier nicht entsperrt werden: Es wurde keine Administrator-PIN eingerichtet. Bitte wenden Sie sich an das zuständige Personal.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation type="unfinished">{hours} {minutes}</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation type="unfinished">Administrator-PIN</translation>
    </message>
    <message>
        <source>PIN number pad</source>
        <translation type="unfinished">PIN-Tastenfeld</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished">Leeren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished">Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Cancel and go back to the course</source>
        <translation type="unfinished">Abbrechen und zurück zum Kurs</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Entsperren</translation>
    </message>
    <message>
        <source>Unlock with this PIN</source>
        <translation type="unfinished">Mit dieser PIN entsperren</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation type="unfinished">Ziffer {digit}</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try/tries left before the pad locks.</source>
        <translation type="unfinished">
            <numerusform>Falsche PIN. Noch %n Versuch, bevor das Tastenfeld gesperrt wird.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche, bevor das Tastenfeld gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked; try again in {wait}.</source>
        <translation type="unfinished">Zu viele falsche PINs. Das Tastenfeld ist gesperrt; versuchen Sie es in {wait} erneut.</translation>
    </message>
    <message numerus="yes">
        <source>PIN entered: %n digit(s)</source>
        <translation type="unfinished">
            <numerusform>PIN eingegeben: %n Ziffer</numerusform>
            <numerusform>PIN eingegeben: %n Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN entered: no digits</source>
        <translation type="unfinished">PIN eingegeben: keine Ziffern</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <source>Your answer: correct</source>
        <extracomment>Unicode marks: right-to-left mark and isolate, first-strong isolate, pop directional isolate.</extracomment>
        <translation type="unfinished">Ihre Antwort: richtig</translation>
    </message>
    <message>
        <source>Your answer: not correct</source>
        <translation type="unfinished">Ihre Antwort: nicht richtig</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation type="unfinished">Richtige Antwort</translation>
    </message>
    <message>
        <source>Quiz {number} of {total}</source>
        <translation type="unfinished">Quiz {number} von {total}</translation>
    </message>
    <message>
        <source>The right answer is {answer}</source>
        <translation type="unfinished">Die richtige Antwort ist {answer}</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished">Richtig</translation>
    </message>
    <message>
        <source>Not quite: the answer is {key}</source>
        <translation type="unfinished">Nicht ganz: Die Antwort ist {key}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Learning records are off because the course&apos;s course_iri is not a web address; please tell your trainer.</source>
        <extracomment>How a save path is asked; tests replace it to skip the dialog. How &quot;Delete my data&quot; is confirmed (parent, title, text, action); tests replace it.</extracomment>
        <translation type="unfinished">Lerndaten sind ausgeschaltet, weil die course_iri des Kurses keine Webadresse ist; bitte informieren Sie Ihre Schulungsleitung.</translation>
    </message>
    <message>
        <source>Your learning records stay on this computer for now: the learning record store settings are meant for a kiosk (your IT department can see why).</source>
        <translation type="unfinished">Ihre Lerndaten bleiben vorerst auf diesem Computer: Die Einstellungen des Lerndatenspeichers (LRS) sind für einen Kiosk gedacht (Ihre IT-Abteilung kann den Grund sehen).</translation>
    </message>
    <message>
        <source>Your learning record could not be saved on this computer ({reason}).</source>
        <translation type="unfinished">Ihre Lerndaten konnten auf diesem Computer nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>A kiosk makes no certificates.</source>
        <translation type="unfinished">Ein Kiosk erstellt keine Zertifikate.</translation>
    </message>
    <message>
        <source>The certificate is available once the course is complete. Still to do:</source>
        <translation type="unfinished">Das Zertifikat ist verfügbar, sobald der Kurs abgeschlossen ist. Noch zu erledigen:</translation>
    </message>
    <message>
        <source>Please give your name for the certificate first (File &gt; Your name for the certificate).</source>
        <translation type="unfinished">Bitte geben Sie zuerst Ihren Namen für das Zertifikat an (Datei &gt; Ihr Name für das Zertifikat).</translation>
    </message>
    <message>
        <source>The certificate could not be saved: {reason}.</source>
        <translation type="unfinished">Das Zertifikat konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>The certificate could not be written to {path}.</source>
        <translation type="unfinished">Das Zertifikat konnte nicht in {path} geschrieben werden.</translation>
    </message>
    <message>
        <source>Your certificate was saved.</source>
        <translation type="unfinished">Ihr Zertifikat wurde gespeichert.</translation>
    </message>
    <message>
        <source>Your completion has reached {lrs}.</source>
        <translation type="unfinished">Ihr Abschluss ist bei {lrs} angekommen.</translation>
    </message>
    <message>
        <source>Your completion has not reached {lrs} yet; it will be sent when the network is back (File &gt; Send records now).</source>
        <translation type="unfinished">Ihr Abschluss ist noch nicht bei {lrs} angekommen; er wird gesendet, sobald das Netzwerk wieder verfügbar ist (Datei &gt; Daten jetzt senden).</translation>
    </message>
    <message>
        <source>A kiosk keeps no learning record.</source>
        <translation type="unfinished">Ein Kiosk speichert keine Lerndaten.</translation>
    </message>
    <message>
        <source>The learning record could not be saved: {reason}.</source>
        <translation type="unfinished">Die Lerndaten konnten nicht gespeichert werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Your learning record (%n xAPI statement(s)) was saved. Your trainer can post it to the course&apos;s learning record store.</source>
        <translation type="unfinished">
            <numerusform>Ihre Lerndaten (%n xAPI-Statement) wurden gespeichert. Ihre Schulungsleitung kann sie an den Lerndatenspeicher (LRS) des Kurses senden.</numerusform>
            <numerusform>Ihre Lerndaten (%n xAPI-Statements) wurden gespeichert. Ihre Schulungsleitung kann sie an den Lerndatenspeicher (LRS) des Kurses senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The summary could not be saved: {reason}.</source>
        <translation type="unfinished">Die Zusammenfassung konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Your summary was saved.</source>
        <translation type="unfinished">Ihre Zusammenfassung wurde gespeichert.</translation>
    </message>
    <message>
        <source>The records bundle could not be saved: {reason}.</source>
        <translation type="unfinished">Das Datenpaket konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Your records bundle (%n xAPI statement(s), summary, certificate) was saved.</source>
        <translation type="unfinished">
            <numerusform>Ihr Datenpaket (%n xAPI-Statement, Zusammenfassung, Zertifikat) wurde gespeichert.</numerusform>
            <numerusform>Ihr Datenpaket (%n xAPI-Statements, Zusammenfassung, Zertifikat) wurde gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your records bundle (%n xAPI statement(s), summary) was saved.</source>
        <translation type="unfinished">
            <numerusform>Ihr Datenpaket (%n xAPI-Statement, Zusammenfassung) wurde gespeichert.</numerusform>
            <numerusform>Ihr Datenpaket (%n xAPI-Statements, Zusammenfassung) wurde gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your trainer can send it to the course&apos;s learning record store from any connected computer.</source>
        <translation type="unfinished">Ihre Schulungsleitung kann es von jedem Computer mit Netzwerkverbindung an den Lerndatenspeicher (LRS) des Kurses senden.</translation>
    </message>
    <message>
        <source>Delete my data?</source>
        <translation type="unfinished">Meine Daten löschen?</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation type="unfinished">Meine Daten löschen</translation>
    </message>
    <message>
        <source>Nothing was erased: the request to withdraw your records from {lrs} could not be saved ({reason}).</source>
        <translation type="unfinished">Es wurde nichts gelöscht: Die Anfrage, Ihre Daten aus {lrs} zurückzuziehen, konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>{lrs} is asked to mark your %n record(s) as withdrawn (voided); if this computer is offline, the request goes when the network is back.</source>
        <translation type="unfinished">
            <numerusform>{lrs} wird gebeten, Ihren %n Datensatz als zurückgezogen (voided) zu markieren; ist dieser Computer offline, wird die Anfrage gesendet, sobald das Netzwerk wieder verfügbar ist.</numerusform>
            <numerusform>{lrs} wird gebeten, Ihre %n Datensätze als zurückgezogen (voided) zu markieren; ist dieser Computer offline, wird die Anfrage gesendet, sobald das Netzwerk wieder verfügbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase your progress, your name and e-mail and your learning record from this computer? Files you exported elsewhere are not touched. This cannot be undone.</source>
        <translation type="unfinished">Ihren Fortschritt, Ihren Namen und Ihre E-Mail-Adresse sowie Ihre Lerndaten von diesem Computer löschen? Dateien, die Sie an anderer Stelle exportiert haben, bleiben unberührt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Your records already sent to {lrs} will be marked as withdrawn (voided) there. xAPI keeps a voided record in the store, marked as voided, so {lrs} still holds it; ask your trainer or data protection officer to have it deleted.</source>
        <translation type="unfinished">Ihre bereits an {lrs} gesendeten Daten werden dort als zurückgezogen (voided) markiert. xAPI behält einen zurückgezogenen Datensatz im Speicher, als „voided“ markiert; {lrs} enthält ihn also weiterhin. Bitten Sie Ihre Schulungsleitung oder den Datenschutzbeauftragten, ihn löschen zu lassen.</translation>
    </message>
    <message>
        <source>Your &amp;name for the certificate…</source>
        <translation type="unfinished">Ihr &amp;Name für das Zertifikat…</translation>
    </message>
    <message>
        <source>Give the name (and, if you like, the e-mail) for your certificate</source>
        <translation type="unfinished">Namen (und auf Wunsch E-Mail-Adresse) für Ihr Zertifikat angeben</translation>
    </message>
    <message>
        <source>&amp;Certificate (PDF)…</source>
        <translation type="unfinished">&amp;Zertifikat (PDF)…</translation>
    </message>
    <message>
        <source>Save your certificate of completion as a PDF</source>
        <translation type="unfinished">Ihr Abschlusszertifikat als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Export learning record (xAPI)…</source>
        <translation type="unfinished">&amp;Lerndaten exportieren (xAPI)…</translation>
    </message>
    <message>
        <source>Save your learning record as xAPI statements for your trainer</source>
        <translation type="unfinished">Ihre Lerndaten als xAPI-Statements für Ihre Schulungsleitung speichern</translation>
    </message>
    <message>
        <source>Export &amp;summary (CSV)…</source>
        <translation type="unfinished">Zus&amp;ammenfassung exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Save a summary of your steps and quiz answers as a spreadsheet file</source>
        <translation type="unfinished">Zusammenfassung Ihrer Schritte und Quizantworten als Tabellendatei speichern</translation>
    </message>
    <message>
        <source>Export records &amp;bundle (zip)…</source>
        <translation type="unfinished">Daten&amp;paket exportieren (zip)…</translation>
    </message>
    <message>
        <source>Save your record, summary and certificate in one zip for your trainer&apos;s LRS</source>
        <translation type="unfinished">Lerndaten, Zusammenfassung und Zertifikat in einer ZIP-Datei für den LRS Ihrer Schulungsleitung speichern</translation>
    </message>
    <message>
        <source>C&amp;lass report…</source>
        <translation type="unfinished">&amp;Klassenbericht…</translation>
    </message>
    <message>
        <source>For trainers: charts of many learners&apos; records bundles or statement files</source>
        <translation type="unfinished">Für Schulungsleitende: Diagramme aus Datenpaketen oder Statement-Dateien vieler Lernender</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation type="unfinished">&amp;Meine Daten löschen…</translation>
    </message>
    <message>
        <source>Erase your progress, name and learning record from this computer</source>
        <translation type="unfinished">Fortschritt, Name und Lerndaten von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Another file is still being written; please try again in a moment.</source>
        <translation type="unfinished">Eine andere Datei wird noch geschrieben; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Certificate not available yet</source>
        <translation type="unfinished">Zertifikat noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation type="unfinished">Zertifikat speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished">Zertifikat</translation>
    </message>
    <message>
        <source>Export learning record</source>
        <translation type="unfinished">Lerndaten exportieren</translation>
    </message>
    <message>
        <source>xAPI statements (*.json)</source>
        <translation type="unfinished">xAPI-Statements (*.json)</translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation type="unfinished">Lerndaten</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation type="unfinished">Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Zusammenfassung</translation>
    </message>
    <message>
        <source>Export records bundle</source>
        <translation type="unfinished">Datenpaket exportieren</translation>
    </message>
    <message>
        <source>Records bundle (*.zip)</source>
        <translation type="unfinished">Datenpaket (*.zip)</translation>
    </message>
    <message>
        <source>Records bundle</source>
        <translation type="unfinished">Datenpaket</translation>
    </message>
    <message>
        <source>Class report: choose records bundles or statement files</source>
        <translation type="unfinished">Klassenbericht: Datenpakete oder Statement-Dateien auswählen</translation>
    </message>
    <message>
        <source>Records bundles and xAPI statements (*.zip *.json *.jsonl)</source>
        <translation type="unfinished">Datenpakete und xAPI-Statements (*.zip *.json *.jsonl)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation type="unfinished">Klassenbericht</translation>
    </message>
    <message>
        <source>There was nothing of yours to erase on this computer.</source>
        <translation type="unfinished">Auf diesem Computer gab es keine Daten von Ihnen zu löschen.</translation>
    </message>
    <message>
        <source>your progress</source>
        <translation type="unfinished">Ihr Fortschritt</translation>
    </message>
    <message>
        <source>your name, e-mail and learner id</source>
        <translation type="unfinished">Ihr Name, Ihre E-Mail-Adresse und Ihre Lernenden-ID</translation>
    </message>
    <message>
        <source>your learning record</source>
        <translation type="unfinished">Ihre Lerndaten</translation>
    </message>
    <message>
        <source>your files</source>
        <translation type="unfinished">Ihre Dateien</translation>
    </message>
    <message>
        <source>Erased from this computer: {what} ({files}). The course now starts fresh.</source>
        <translation type="unfinished">Von diesem Computer gelöscht: {what} ({files}). Der Kurs beginnt jetzt neu.</translation>
    </message>
    <message>
        <source>These files could not be erased; please delete them yourself: {files}.</source>
        <translation type="unfinished">Diese Dateien konnten nicht gelöscht werden; bitte löschen Sie sie selbst: {files}.</translation>
    </message>
</context>
<context>
    <name>SavingsLevers</name>
    <message>
        <source>{lever}: {basis}</source>
        <extracomment>the two figures side by side from this width, in characters</extracomment>
        <translation type="unfinished">{lever}: {basis}</translation>
    </message>
    <message>
        <source>{before}: {amount}</source>
        <translation type="unfinished">{before}: {amount}</translation>
    </message>
    <message>
        <source>{before}: {total}. {after}: {new_total}.</source>
        <translation type="unfinished">{before}: {total}. {after}: {new_total}.</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>Your progress</source>
        <translation type="unfinished">Ihr Fortschritt</translation>
    </message>
    <message>
        <source>quiz questions correct</source>
        <translation type="unfinished">Quizfragen richtig</translation>
    </message>
    <message>
        <source>steps completed</source>
        <translation type="unfinished">Schritte abgeschlossen</translation>
    </message>
    <message>
        <source>Overall completion</source>
        <translation type="unfinished">Gesamtfortschritt</translation>
    </message>
    <message>
        <source>A step completes when its quiz is answered and its interactive part has been tried, or with its “Mark step complete” button.</source>
        <translation type="unfinished">Ein Schritt ist abgeschlossen, wenn sein Quiz beantwortet und sein interaktiver Teil ausprobiert wurde, oder über die Schaltfläche „Schritt als abgeschlossen markieren“.</translation>
    </message>
    <message>
        <source>See your summary</source>
        <translation type="unfinished">Zusammenfassung ansehen</translation>
    </message>
    <message>
        <source>{correct} of {total} quiz questions correct</source>
        <translation type="unfinished">{correct} von {total} Quizfragen richtig</translation>
    </message>
    <message>
        <source>{done} of {total} steps completed</source>
        <translation type="unfinished">{done} von {total} Schritten abgeschlossen</translation>
    </message>
    <message>
        <source>Overall completion {percent} percent</source>
        <translation type="unfinished">Gesamtfortschritt {percent} Prozent</translation>
    </message>
</context>
<context>
    <name>ShapDemo</name>
    <message>
        <source>raises the risk</source>
        <extracomment>Icon, colour token and words for a contribution that raises, lowers or keeps the risk (the words are translated where they are shown; QT_TRANSLATE_NOOP marks them for lupdate).</extracomment>
        <translation type="unfinished">erhöht das Risiko</translation>
    </message>
    <message>
        <source>lowers the risk</source>
        <translation type="unfinished">senkt das Risiko</translation>
    </message>
    <message>
        <source>hardly changes the risk</source>
        <translation type="unfinished">ändert das Risiko kaum</translation>
    </message>
    <message>
        <source>What SHAP values are and are not</source>
        <extracomment>How a risk band looks, from the highest band down: callout kind, icon, colour token.</extracomment>
        <translation type="unfinished">Was SHAP-Werte sind und was nicht</translation>
    </message>
    <message>
        <source>{band} ({share})</source>
        <translation type="unfinished">{band} ({share})</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished">{label}: {value}</translation>
    </message>
    <message>
        <source>{label}: {value} ({share})</source>
        <translation type="unfinished">{label}: {value} ({share})</translation>
    </message>
    <message>
        <source>{feature}, {value}: {share}, {effect}</source>
        <translation type="unfinished">{feature}, {value}: {share}, {effect}</translation>
    </message>
    <message>
        <source>Churn risk (probability)</source>
        <translation type="unfinished">Abwanderungsrisiko (Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <source>From the average customer&apos;s {base}: {parts}; this customer&apos;s risk is {risk}.</source>
        <translation type="unfinished">Ausgehend von {base} beim Durchschnittskunden: {parts}; das Risiko dieses Kunden beträgt {risk}.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Source</source>
        <extracomment>Languages with an interface catalogue, in menu order. Each language named in itself: a learner who cannot read the current one finds theirs. BCP 47 tags for records and documents (xAPI language maps, the certificate). Icons that point along the reading direction: mirrored in a right-to-left language. (Chevrons up/down, play and the others do not point along a line of text.)</extracomment>
        <translation type="unfinished">Quelle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Quellen</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation type="unfinished">Zur Veranschaulichung</translation>
    </message>
</context>
<context>
    <name>StakeholderCard</name>
    <message>
        <source>“{quote}”</source>
        <extracomment>Theme tokens for each kind: the accent colour and its soft background. Person icons drawn for this purpose (resources/icons/skeptic.svg ...).</extracomment>
        <translation type="unfinished">„{quote}“</translation>
    </message>
    <message>
        <source>Hide strategy</source>
        <translation type="unfinished">Strategie ausblenden</translation>
    </message>
    <message>
        <source>{label} shown: {name}</source>
        <translation type="unfinished">{label} angezeigt: {name}</translation>
    </message>
    <message>
        <source>Show strategy</source>
        <translation type="unfinished">Strategie anzeigen</translation>
    </message>
    <message>
        <source>Press Enter or Space to show the strategy</source>
        <translation type="unfinished">Drücken Sie die Eingabe- oder Leertaste, um die Strategie anzuzeigen</translation>
    </message>
    <message>
        <source>{name}, {kind}</source>
        <translation type="unfinished">{name}, {kind}</translation>
    </message>
    <message>
        <source>{quote} {state}</source>
        <translation type="unfinished">{quote} {state}</translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>{influence} × {support} grid</source>
        <translation type="unfinished">Raster {influence} × {support}</translation>
    </message>
    <message>
        <source>← {label}</source>
        <translation type="unfinished">← {label}</translation>
    </message>
    <message>
        <source>{label} →</source>
        <translation type="unfinished">{label} →</translation>
    </message>
</context>
<context>
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholder map view</source>
        <extracomment>The grid view&apos;s strategy stands beside the grid from this many characters of width. Grid columns of the card flow: 6 divides evenly into rows of 1, 2 and 3 cards.</extracomment>
        <translation type="unfinished">Ansicht der Stakeholder-Karte</translation>
    </message>
    <message>
        <source>Show the {view} view</source>
        <translation type="unfinished">Ansicht „{view}“ anzeigen</translation>
    </message>
    <message>
        <source>Select a stakeholder on the grid to see their strategy here.</source>
        <translation type="unfinished">Wählen Sie einen Stakeholder im Raster, um hier die Strategie zu sehen.</translation>
    </message>
    <message>
        <source>{quadrant}: {description}</source>
        <translation type="unfinished">{quadrant}: {description}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Opening the course…</source>
        <translation type="unfinished">Kurs wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="obsolete">Schritt {number}: {title}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation type="unfinished">Schritt {number}</translation>
    </message>
    <message>
        <source>Step {number} completed</source>
        <translation type="unfinished">Schritt {number} abgeschlossen</translation>
    </message>
    <message>
        <source>Mark step {number} complete</source>
        <translation type="unfinished">Schritt {number} als abgeschlossen markieren</translation>
    </message>
    <message>
        <source>This step completes by itself once you have done this: {things}. Or mark it complete now.</source>
        <translation type="unfinished">Dieser Schritt wird von selbst abgeschlossen, sobald Sie Folgendes getan haben: {things}. Oder markieren Sie ihn jetzt als abgeschlossen.</translation>
    </message>
    <message>
        <source>answer quiz {number}</source>
        <translation type="unfinished">Quiz {number} beantworten</translation>
    </message>
    <message>
        <source>try “{part}”</source>
        <translation type="unfinished">„{part}“ ausprobieren</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="obsolete">Schritt {number}: {title}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished">abgeschlossen</translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished">aktueller Schritt</translation>
    </message>
</context>
<context>
    <name>StrategyPanel</name>
    <message>
        <source>{number}.</source>
        <translation type="unfinished">{number}.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation type="unfinished">{label}: {text}</translation>
    </message>
    <message>
        <source>{number}. {move}</source>
        <translation type="unfinished">{number}. {move}</translation>
    </message>
</context>
<context>
    <name>TeamFit</name>
    <message>
        <source>{label} ({unit})</source>
        <translation type="unfinished">{label} ({unit})</translation>
    </message>
    <message>
        <source>{band} {unit}</source>
        <translation type="unfinished">{band} {unit}</translation>
    </message>
    <message>
        <source>{result}: {title}. {reason}</source>
        <translation type="unfinished">{result}: {title}. {reason}</translation>
    </message>
    <message>
        <source>{structure} is shown above</source>
        <translation type="unfinished">{structure} wird oben angezeigt</translation>
    </message>
    <message>
        <source>Show {structure} above</source>
        <translation type="unfinished">{structure} oben anzeigen</translation>
    </message>
</context>
<context>
    <name>TeamStructures</name>
    <message>
        <source>{title}: {item}</source>
        <extracomment>How each role type is drawn: theme colour token and icon (the legend names it in words). The words beside the chart take at most this many characters of width. The chart&apos;s frame: its margins on each side and its border.</extracomment>
        <translation type="unfinished">{title}: {item}</translation>
    </message>
    <message>
        <source>{title}: {items}</source>
        <translation type="unfinished">{title}: {items}</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished">Vorteile</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished">Nachteile</translation>
    </message>
    <message>
        <source>Best for: {text}</source>
        <translation type="unfinished">Geeignet für: {text}</translation>
    </message>
    <message>
        <source>Team structure</source>
        <translation type="unfinished">Teamstruktur</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished">Rollen:</translation>
    </message>
    <message>
        <source>Org chart: {title}</source>
        <translation type="unfinished">Organigramm: {title}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Zeitachse</translation>
    </message>
    <message>
        <source>{period}: {title}</source>
        <translation type="unfinished">{period}: {title}</translation>
    </message>
    <message>
        <source>{period}: {title}.</source>
        <translation type="unfinished">{period}: {title}.</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Row</source>
        <extracomment>Where the probability ticks stand (their text is written in the learner&apos;s locale). The row labels&apos; column takes at most this share of the plot; longer labels wrap. Where a row&apos;s label does not fit beside the bars, it stands above its bar; the bar, at most this share of a line&apos;s height, runs below with its value beside it. How small the labels above the bars may get to keep to one line, as a share of the text. Below this share of the plot per unit of risk, the total&apos;s label takes two lines.</extracomment>
        <translation type="unfinished">Zeile</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished">Laufende Summe</translation>
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
