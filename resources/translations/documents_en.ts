<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackpayChoices</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="40"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="63"/>
        <source>This person was not insured for %n month(s) before this one: no more can be paid back.</source>
        <translation>
            <numerusform>This person was not insured for %Ln month before this one: no more can be paid back.</numerusform>
            <numerusform>This person was not insured for %Ln months before this one: no more can be paid back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="72"/>
        <source>%1: up to %n month(s)</source>
        <translation>
            <numerusform>%1: up to %Ln month</numerusform>
            <numerusform>%1: up to %Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="74"/>
        <source>%1: %2 to %n month(s)</source>
        <translation>
            <numerusform>%1: %2 to %Ln month</numerusform>
            <numerusform>%1: %2 to %Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryNotifier</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="209"/>
        <source>The agency answered %n declaration(s): %1 approved, %2 rejected.</source>
        <translation>
            <numerusform>The agency answered %Ln declaration: %1 approved, %2 rejected.</numerusform>
            <numerusform>The agency answered %Ln declarations: %1 approved, %2 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="228"/>
        <source>%1: rejected, %n problem(s) to fix</source>
        <translation>
            <numerusform>%1: rejected, %Ln problem to fix</numerusform>
            <numerusform>%1: rejected, %Ln problems to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/editor.py" line="237"/>
        <source>Saved to the draft box: %n person(s). Check and declare it from My documents → Draft box.</source>
        <translation>
            <numerusform>Saved to the draft box: %Ln person. Check and declare it from My documents → Draft box.</numerusform>
            <numerusform>Saved to the draft box: %Ln people. Check and declare it from My documents → Draft box.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/editor.py" line="342"/>
        <source>Not saved: %n problem(s) on line(s) %1. Fix them and save again.</source>
        <translation>
            <numerusform>Not saved: %Ln problem on line %1. Fix it and save again.</numerusform>
            <numerusform>Not saved: %Ln problems on line(s) %1. Fix them and save again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="315"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="158"/>
        <source>Delete %n document(s) from the draft box? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln document from the draft box? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln documents from the draft box? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="322"/>
        <source>%n document(s) sent to the agency; the answer appears when it arrives.</source>
        <translation>
            <numerusform>%Ln document sent to the agency; the answer appears when it arrives.</numerusform>
            <numerusform>%Ln documents sent to the agency; the answers appear as they arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="326"/>
        <source>%n document(s) not declared: fix the problems listed below.</source>
        <translation>
            <numerusform>%Ln document not declared: fix the problems listed below.</numerusform>
            <numerusform>%Ln documents not declared: fix the problems listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="331"/>
        <source>%n document(s) have problems: double-click one below to go to the field.</source>
        <translation>
            <numerusform>%Ln document has problems: double-click one below to go to the field.</numerusform>
            <numerusform>%Ln documents have problems: double-click one below to go to the field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="335"/>
        <source>No errors: ready to declare. Look at the %n warning(s) listed below first.</source>
        <translation>
            <numerusform>No errors: ready to declare. Look at the %Ln warning listed below first.</numerusform>
            <numerusform>No errors: ready to declare. Look at the %Ln warnings listed below first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="385"/>
        <source>The agency cannot be reached. %n document(s) wait in the outbox and are sent automatically when it answers again.</source>
        <translation>
            <numerusform>The agency cannot be reached. %Ln document waits in the outbox and is sent automatically when it answers again.</numerusform>
            <numerusform>The agency cannot be reached. %Ln documents wait in the outbox and are sent automatically when it answers again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/line_model.py" line="187"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/line_model.py" line="189"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonLineForm</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/person_form.py" line="139"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CountedTexts</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/texts.py" line="78"/>
        <source>%1; %n person(s)</source>
        <translation>
            <numerusform>%1; %Ln person</numerusform>
            <numerusform>%1; %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/texts.py" line="79"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
</TS>
