<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPanel</name>
    <message numerus="yes">
        <source>%n session(s) started</source>
        <translation>
            <numerusform>%n session started</numerusform>
            <numerusform>%n sessions started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended because nobody answered</source>
        <translation>
            <numerusform>%n session ended because nobody answered</numerusform>
            <numerusform>%n sessions ended because nobody answered</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <translation>
            <numerusform>Starting over in %n second</numerusform>
            <numerusform>Starting over in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try/tries left before the pad locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the pad locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the pad locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PIN entered: %n digit(s)</source>
        <translation>
            <numerusform>PIN entered: %n digit</numerusform>
            <numerusform>PIN entered: %n digits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <source>Your learning record (%n xAPI statement(s)) was saved. Your trainer can post it to the course&apos;s learning record store.</source>
        <translation>
            <numerusform>Your learning record (%n xAPI statement) was saved. Your trainer can post it to the course&apos;s learning record store.</numerusform>
            <numerusform>Your learning record (%n xAPI statements) was saved. Your trainer can post it to the course&apos;s learning record store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your records bundle (%n xAPI statement(s), summary, certificate) was saved.</source>
        <translation>
            <numerusform>Your records bundle (%n xAPI statement, summary, certificate) was saved.</numerusform>
            <numerusform>Your records bundle (%n xAPI statements, summary, certificate) was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your records bundle (%n xAPI statement(s), summary) was saved.</source>
        <translation>
            <numerusform>Your records bundle (%n xAPI statement, summary) was saved.</numerusform>
            <numerusform>Your records bundle (%n xAPI statements, summary) was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{lrs} is asked to mark your %n record(s) as withdrawn (voided); if this computer is offline, the request goes when the network is back.</source>
        <translation>
            <numerusform>{lrs} is asked to mark your %n record as withdrawn (voided); if this computer is offline, the request goes when the network is back.</numerusform>
            <numerusform>{lrs} is asked to mark your %n records as withdrawn (voided); if this computer is offline, the request goes when the network is back.</numerusform>
        </translation>
    </message>
</context>
</TS>
