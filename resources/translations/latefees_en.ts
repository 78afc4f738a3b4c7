<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LateFeeTexts</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/late_fees/texts.py" line="33"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
</TS>
