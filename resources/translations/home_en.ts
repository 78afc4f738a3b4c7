<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/home_page.py" line="264"/>
        <source>Next: the agency rejected %n document(s). Fix and declare them again.</source>
        <translation>
            <numerusform>Next: the agency rejected %Ln document. Fix it and declare it again.</numerusform>
            <numerusform>Next: the agency rejected %Ln documents. Fix and declare them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/home_page.py" line="267"/>
        <source>Next: check and declare %n drafted document(s).</source>
        <translation>
            <numerusform>Next: check and declare %Ln drafted document.</numerusform>
            <numerusform>Next: check and declare %Ln drafted documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/home_page.py" line="276"/>
        <source>%n document(s) wait for the agency&apos;s answer; nothing else to do now.</source>
        <translation>
            <numerusform>%Ln document waits for the agency&apos;s answer; nothing else to do now.</numerusform>
            <numerusform>%Ln documents wait for the agency&apos;s answer; nothing else to do now.</numerusform>
        </translation>
    </message>
</context>
</TS>
