<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="260"/>
        <source>Nothing was imported yet: %n row(s) have errors. Import every row and correct them in the draft, import the clean rows only, or fix the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported yet: %Ln row has errors. Import every row and correct them in the draft, import the clean rows only, or fix the file and import it again.</numerusform>
            <numerusform>Nothing was imported yet: %Ln rows have errors. Import every row and correct them in the draft, import the clean rows only, or fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="287"/>
        <source>Draft #%1 (%2) was created in the draft box with %n person(s).</source>
        <translation>
            <numerusform>Draft #%1 (%2) was created in the draft box with %Ln person.</numerusform>
            <numerusform>Draft #%1 (%2) was created in the draft box with %Ln people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="294"/>
        <source>%n person(s) are more than one declaration holds (%1): drafts #%2 to #%3 (%4) were created in the draft box, one for each %1 people in the order of the rows. Check and declare them together.</source>
        <translation>
            <numerusform>%Ln person is more than one declaration holds (%1): drafts #%2 to #%3 (%4) were created in the draft box, one for each %1 people in the order of the rows. Check and declare them together.</numerusform>
            <numerusform>%Ln people are more than one declaration holds (%1): drafts #%2 to #%3 (%4) were created in the draft box, one for each %1 people in the order of the rows. Check and declare them together.</numerusform>
        </translation>
    </message>
</context>
</TS>
