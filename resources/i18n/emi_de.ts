<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClassReport</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{completed} of %n learner(s) completed the course.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners per final score band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answers per quiz question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of learners who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}: {correct} of {answered} correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong options chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each wrong option was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR use cases checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners who checked each worked use case in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias audit bands reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners whose bias audit reached each band, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learners&apos; statements found in the chosen files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Something went wrong in this part of the course. Your progress is saved; you can carry on. The details were written to the log for your trainer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Deleting your data was interrupted last time and could not be finished; please delete these files yourself: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting your data was interrupted last time; it has now been finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course stays in {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course will be shown in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your progress was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}, {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course cannot open because its content files have problems. Please give this list to your trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course is already open in another window, which was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course is already open in another window; please switch to that window (only one window can use a learner&apos;s progress).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
