<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassReport</name>
    <message numerus="yes">
        <source>{completed} of %n learner(s) completed the course.</source>
        <translation>
            <numerusform>{completed} of %n learner completed the course.</numerusform>
            <numerusform>{completed} of %n learners completed the course.</numerusform>
        </translation>
    </message>
</context>
</TS>
