<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnualBaseWindow</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/window.py" line="234"/>
        <source>%n more insured person(s) have their new base in the unit&apos;s other annual base documents of this year, so they are not listed as without wages.</source>
        <translation>
            <numerusform>%Ln more insured person has a new base in the unit&apos;s other annual base documents of this year, so they are not listed as without wages.</numerusform>
            <numerusform>%Ln more insured people have their new base in the unit&apos;s other annual base documents of this year, so they are not listed as without wages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/window.py" line="303"/>
        <source>%1 new bases from %2. Check them, then save them to the draft box as %n document(s): one declaration holds at most %3 people. Declare them together.</source>
        <translation>
            <numerusform>%1 new bases from %2. Check them, then save them to the draft box as %Ln document: one declaration holds at most %3 people. Declare them together.</numerusform>
            <numerusform>%1 new bases from %2. Check them, then save them to the draft box as %Ln documents: one declaration holds at most %3 people. Declare them together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/window.py" line="369"/>
        <source>Saved to the draft box as %n document(s), #%1 to #%2: check and declare them there together.</source>
        <translation>
            <numerusform>Saved to the draft box as %Ln document, #%1 to #%2: check and declare it there.</numerusform>
            <numerusform>Saved to the draft box as %Ln documents, #%1 to #%2: check and declare them there together.</numerusform>
        </translation>
    </message>
</context>
</TS>
