<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PartsTexts</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="167"/>
        <source>%1 new bases from %2. Check them, then save them to the draft box as %n document(s): one declaration holds at most %3 people. Declare them together.</source>
        <translation>
            <numerusform>%1 new bases from %2. Check them, then save them to the draft box as %Ln document: one declaration holds at most %3 people. Declare them together.</numerusform>
            <numerusform>%1 new bases from %2. Check them, then save them to the draft box as %Ln documents: one declaration holds at most %3 people. Declare them together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="175"/>
        <source>Saved to the draft box as %n document(s), #%1 to #%2: check and declare them there together.</source>
        <translation>
            <numerusform>Saved to the draft box as %Ln document, #%1 to #%2: check and declare it there.</numerusform>
            <numerusform>Saved to the draft box as %Ln documents, #%1 to #%2: check and declare them there together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="185"/>
        <source>%n more insured person(s) have their new base in the unit&apos;s other annual base documents of this year, so they are not listed as without wages.</source>
        <translation>
            <numerusform>%Ln more insured person has a new base in the unit&apos;s other annual base documents of this year, so they are not listed as without wages.</numerusform>
            <numerusform>%Ln more insured people have their new base in the unit&apos;s other annual base documents of this year, so they are not listed as without wages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="194"/>
        <source>%n person(s) in the file already have their new base in other annual base documents of this year, so they are left out.</source>
        <translation>
            <numerusform>%Ln person in the file already has a new base in other annual base documents of this year, so they are left out.</numerusform>
            <numerusform>%Ln people in the file already have their new base in other annual base documents of this year, so they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="205"/>
        <source>%n of these people already have their new base in other annual base documents of this year (%1), so nothing was saved. Delete those still in the draft box, or revise those already approved from the records; then save again.</source>
        <translation>
            <numerusform>%Ln of these people already has a new base in other annual base documents of this year (%1), so nothing was saved. Delete those still in the draft box, or revise those already approved from the records; then save again.</numerusform>
            <numerusform>%Ln of these people already have their new base in other annual base documents of this year (%1), so nothing was saved. Delete those still in the draft box, or revise those already approved from the records; then save again.</numerusform>
        </translation>
    </message>
</context>
</TS>
