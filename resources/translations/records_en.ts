<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeclarationRecordsWindow</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/records/records_window.py" line="139"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDetailsDialog</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/records/record_details.py" line="101"/>
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n line.</numerusform>
            <numerusform>%n lines.</numerusform>
        </translation>
    </message>
</context>
</TS>
