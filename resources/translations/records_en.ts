<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeclarationRecordsWindow</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/records/records_window.py" line="96"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDeclarationForm</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/contributions/payment_form.py" line="261"/>
        <source>%n personnel document(s) of this period still wait for the agency&apos;s answer: this payment leaves them out. Compute again once they are answered, then declare.</source>
        <translation>
            <numerusform>%Ln personnel document of this period still waits for the agency&apos;s answer: this payment leaves it out. Compute again once it is answered, then declare.</numerusform>
            <numerusform>%Ln personnel documents of this period still wait for the agency&apos;s answer: this payment leaves them out. Compute again once they are answered, then declare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDetailsDialog</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/records/record_details.py" line="126"/>
        <source>%n line(s).</source>
        <translation>
            <numerusform>%Ln line.</numerusform>
            <numerusform>%Ln lines.</numerusform>
        </translation>
    </message>
</context>
</TS>
