<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OperatorsWindow</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/operators/window.py" line="103"/>
        <source>%n operator(s) besides the administrator.</source>
        <translation>
            <numerusform>%Ln operator besides the administrator.</numerusform>
            <numerusform>%Ln operators besides the administrator.</numerusform>
        </translation>
    </message>
</context>
</TS>
