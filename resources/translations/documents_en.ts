<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackpayChoices</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="40"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="63"/>
        <source>This person was not insured for %n month(s) before this one: no more can be paid back.</source>
        <translation>
            <numerusform>This person was not insured for %n month before this one: no more can be paid back.</numerusform>
            <numerusform>This person was not insured for %n months before this one: no more can be paid back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="72"/>
        <source>%1: up to %n month(s)</source>
        <translation>
            <numerusform>%1: up to %n month</numerusform>
            <numerusform>%1: up to %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/backpay_choices.py" line="74"/>
        <source>%1: %2 to %n month(s)</source>
        <translation>
            <numerusform>%1: %2 to %n month</numerusform>
            <numerusform>%1: %2 to %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryNotifier</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="209"/>
        <source>The agency answered %n declaration(s): %1 approved, %2 rejected.</source>
        <translation>
            <numerusform>The agency answered %n declaration: %1 approved, %2 rejected.</numerusform>
            <numerusform>The agency answered %n declarations: %1 approved, %2 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/sync_runner.py" line="228"/>
        <source>%1: rejected, %n problem(s) to fix</source>
        <translation>
            <numerusform>%1: rejected, %n problem to fix</numerusform>
            <numerusform>%1: rejected, %n problems to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/editor.py" line="226"/>
        <source>Saved to the draft box: %n person(s). Check and declare it from My documents → Draft box.</source>
        <translation>
            <numerusform>Saved to the draft box: %n person. Check and declare it from My documents → Draft box.</numerusform>
            <numerusform>Saved to the draft box: %n people. Check and declare it from My documents → Draft box.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/editor.py" line="331"/>
        <source>Not saved: %n problem(s) on line(s) %1. Fix them and save again.</source>
        <translation>
            <numerusform>Not saved: %n problem on line %1. Fix it and save again.</numerusform>
            <numerusform>Not saved: %n problems on line(s) %1. Fix them and save again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="310"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="151"/>
        <source>Delete %n document(s) from the draft box? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n document from the draft box? This cannot be undone.</numerusform>
            <numerusform>Delete %n documents from the draft box? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="317"/>
        <source>%n document(s) sent to the agency; the answer appears when it arrives.</source>
        <translation>
            <numerusform>%n document sent to the agency; the answer appears when it arrives.</numerusform>
            <numerusform>%n documents sent to the agency; the answers appear as they arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="321"/>
        <source>%n document(s) not declared: fix the problems listed below.</source>
        <translation>
            <numerusform>%n document not declared: fix the problems listed below.</numerusform>
            <numerusform>%n documents not declared: fix the problems listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="326"/>
        <source>%n document(s) have problems: double-click one below to go to the field.</source>
        <translation>
            <numerusform>%n document has problems: double-click one below to go to the field.</numerusform>
            <numerusform>%n documents have problems: double-click one below to go to the field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="330"/>
        <source>No errors: ready to declare. Look at the %n warning(s) listed below first.</source>
        <translation>
            <numerusform>No errors: ready to declare. Look at the %n warning listed below first.</numerusform>
            <numerusform>No errors: ready to declare. Look at the %n warnings listed below first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/lists.py" line="378"/>
        <source>The agency cannot be reached. %n document(s) wait in the outbox and are sent automatically when it answers again.</source>
        <translation>
            <numerusform>The agency cannot be reached. %n document waits in the outbox and is sent automatically when it answers again.</numerusform>
            <numerusform>The agency cannot be reached. %n documents wait in the outbox and are sent automatically when it answers again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/line_model.py" line="187"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/line_model.py" line="189"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonLineForm</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/person_form.py" line="140"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CountedTexts</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/texts.py" line="64"/>
        <source>%1; %n person(s)</source>
        <translation>
            <numerusform>%1; %n person</numerusform>
            <numerusform>%1; %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/documents/texts.py" line="65"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
