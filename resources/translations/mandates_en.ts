<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MandatesWindow</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/mandates/window.py" line="107"/>
        <source>%n agent(s) hold a mandate from this unit.</source>
        <translation>
            <numerusform>%Ln agent holds a mandate from this unit.</numerusform>
            <numerusform>%Ln agents hold a mandate from this unit.</numerusform>
        </translation>
    </message>
</context>
</TS>
