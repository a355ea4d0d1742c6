<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Describe what will be done.</source>
        <translation>Beschrijf wat er zal gebeuren.</translation>
    </message>
    <message>
        <source>Choose the partner's person who does this.</source>
        <translation>Kies de persoon van de partner die dit doet.</translation>
    </message>
    <message>
        <source>Only an action for a partner names a partner's person.</source>
        <translation>Alleen een actie voor een partner vermeldt een persoon van een partner.</translation>
    </message>
</context>
<context>
    <name>Aftercare</name>
    <message>
        <source>Fill in the start of the aftercare.</source>
        <translation>Vul de start van de nazorg in.</translation>
    </message>
    <message>
        <source>Aftercare lasts 3 to 6 months.</source>
        <translation>Nazorg duurt 3 tot 6 maanden.</translation>
    </message>
    <message>
        <source>Aftercare starts after the end of the training.</source>
        <translation>De nazorg begint na het einde van de opleiding.</translation>
    </message>
</context>
<context>
    <name>AftercareProposal</name>
    <message>
        <source>Aftercare: check-in (every two weeks)</source>
        <translation>Nazorg: kort contact (om de twee weken)</translation>
    </message>
    <message>
        <source>Aftercare: monthly follow-up conversation</source>
        <translation>Nazorg: maandelijks opvolggesprek</translation>
    </message>
</context>
<context>
    <name>Anonymisation</name>
    <message>
        <source>The learner was anonymised, but the database file could not be compacted; old text may still be readable in it until it is.</source>
        <translation>De cursist is geanonimiseerd, maar het databankbestand kon niet opgeschoond worden; oude tekst kan er nog in te lezen zijn tot dat gebeurd is.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was removed or changed.</source>
        <translation>Regel %1 sluit niet aan op de regel ervoor: er werd een regel verwijderd of gewijzigd.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Regel %1 werd gewijzigd nadat hij geschreven was.</translation>
    </message>
    <message>
        <source>Entry %1, the last one, was removed.</source>
        <translation>Regel %1, de laatste, werd verwijderd.</translation>
    </message>
    <message>
        <source>Entry %1 carries no code of the database&apos;s key: it was added or changed by someone without the key.</source>
        <translation>Regel %1 draagt geen code van de sleutel van de databank: ze werd toegevoegd of gewijzigd door iemand zonder de sleutel.</translation>
    </message>
    <message>
        <source>Entry %1 carries a code of a key this database does not have.</source>
        <translation>Regel %1 draagt een code van een sleutel die deze databank niet heeft.</translation>
    </message>
    <message>
        <source>Every entry was removed.</source>
        <translation>Alle regels werden verwijderd.</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <source>The audit log is empty: there is nothing to check yet.</source>
        <translation>Het auditlog is leeg: er is nog niets te controleren.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked, each one linked to the one before it.</source>
        <translation>
            <numerusform>Het auditlog is in orde: %n regel gecontroleerd, elke regel sluit aan op de vorige.</numerusform>
            <numerusform>Het auditlog is in orde: %n regels gecontroleerd, elke regel sluit aan op de vorige.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is NOT intact. %1</source>
        <translation>Het auditlog is NIET in orde. %1</translation>
    </message>
    <message>
        <source>The entries before entry %1 are in order.</source>
        <translation>De regels vóór regel %1 zijn in orde.</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Gegevens geëxporteerd</translation>
    </message>
    <message>
        <source>Erased for good</source>
        <translation>Definitief verwijderd</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Learner %1</source>
        <translation>Cursist %1</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Alle cursisten</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Back-up %1</translation>
    </message>
    <message>
        <source>personal plan for the learner</source>
        <translation>trajectplan voor de cursist</translation>
    </message>
    <message>
        <source>personal plan for the workplace</source>
        <translation>trajectplan voor de werkplek</translation>
    </message>
    <message>
        <source>personal plan for a partner</source>
        <translation>trajectplan voor een partner</translation>
    </message>
    <message>
        <source>attendance sheet</source>
        <translation>aanwezigheidslijst</translation>
    </message>
    <message>
        <source>intake summary</source>
        <translation>intakeverslag</translation>
    </message>
    <message>
        <source>caseload profile</source>
        <translation>profiel van de cursisten</translation>
    </message>
    <message>
        <source>case-meeting sheet</source>
        <translation>blad voor het cursistenoverleg</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>overzicht</translation>
    </message>
    <message>
        <source>caseload list</source>
        <translation>lijst van cursisten</translation>
    </message>
    <message>
        <source>list from the dossier</source>
        <translation>lijst uit het dossier</translation>
    </message>
    <message>
        <source>calendar (.ics)</source>
        <translation>agenda (.ics)</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>pdf-bestand</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>csv-bestand</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>copy to a file of your choice</source>
        <translation>kopie naar een bestand dat je koos</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>niet versleuteld</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>period %1 to %2</source>
        <translation>periode %1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina's</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n cursist</numerusform>
            <numerusform>%n cursisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them carry a code under the key of this encrypted database: nobody without its passphrase or recovery key could have changed, added or removed them without it showing here; someone who can unlock it could.</source>
        <translation>%1 ervan dragen een code onder de sleutel van deze versleutelde databank: niemand zonder de wachtzin of de herstelsleutel kon ze wijzigen, toevoegen of verwijderen zonder dat het hier te zien is; wie de databank kan ontgrendelen, kan dat wel.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so its %1 entries carry only a plain hash: that shows damage and careless edits, but someone who could write the file could have rewritten them, or the whole log.</source>
        <translation>Deze databank is niet versleuteld, dus haar %1 regels dragen alleen een gewone hash: die toont schade en onzorgvuldige wijzigingen, maar wie het bestand kon schrijven, kon ze herschrijven, of het hele logboek.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>De dagelijkse back-up is mislukt: %1</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Trajectplanner databases (*.sqlite)</source>
        <translation>Databanken van Trajectplanner (*.sqlite)</translation>
    </message>
    <message numerus="yes">
        <source>Backup of %n learner(s) written to %1.</source>
        <translation>
            <numerusform>Back-up van %n cursist geschreven naar %1.</numerusform>
            <numerusform>Back-up van %n cursisten geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup %1 was restored.</source>
        <translation>De back-up %1 is teruggezet.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>De databank zoals ze was, is bewaard als %1.</translation>
    </message>
    <message>
        <source>Trajectplanner</source>
        <translation>Trajectplanner</translation>
    </message>
    <message>
        <source>The latest good backup is from %1. When you restore it, the file as it is now is kept as a safety copy first.</source>
        <translation>De laatste goede back-up is van %1. Als u ze terugzet, wordt het bestand zoals het nu is eerst bewaard als veiligheidskopie.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore the latest good backup (%1, %n learner(s))</source>
        <translation>
            <numerusform>Laatste goede back-up &amp;terugzetten (%1, %n cursist)</numerusform>
            <numerusform>Laatste goede back-up &amp;terugzetten (%1, %n cursisten)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no good backup of this file in %1.</source>
        <translation>Er is geen goede back-up van dit bestand in %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>The restore could not be written in the audit log: %1</source>
        <translation>Het terugzetten kon niet in het auditlog geschreven worden: %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>Backup of %n learner(s) written to %1.</source>
        <translation>
            <numerusform>Back-up van %n cursist geschreven naar %1.</numerusform>
            <numerusform>Back-up van %n cursisten geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 was restored into %2.</source>
        <translation>De back-up %1 is teruggezet in %2.</translation>
    </message>
    <message>
        <source>The file as it was is kept as %1.</source>
        <translation>Het bestand zoals het was, is bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup was written, but the list of copies beside the database could not be updated (%1): when you erase a learner, the program will not know that this copy holds them.</source>
        <translation>De back-up is geschreven, maar de lijst van kopieën naast de databank kon niet bijgewerkt worden (%1): wanneer je een cursist verwijdert, weet het programma niet dat deze kopie die cursist bevat.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.</source>
        <translation>De databank %1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>There is not enough room on the disk for %1; nothing was written.</source>
        <translation>Er is niet genoeg plaats op de schijf voor %1; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The copy %1 did not pass the integrity check; it was removed.</source>
        <translation>De kopie %1 doorstond de controle niet; ze is verwijderd.</translation>
    </message>
    <message>
        <source>%1 could not be saved; the disk may be full. Nothing was written.</source>
        <translation>%1 kon niet bewaard worden; misschien is de schijf vol. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kan niet vervangen worden.</translation>
    </message>
    <message>
        <source>%1 cannot be removed; the database was not changed.</source>
        <translation>%1 kan niet verwijderd worden; de databank is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The safety copy %1 could not be written; the database was not changed.</source>
        <translation>De veiligheidskopie %1 kon niet geschreven worden; de databank is niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan niet geopend worden.</translation>
    </message>
    <message>
        <source>%1 cannot be checked.</source>
        <translation>%1 kan niet gecontroleerd worden.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 is beschadigd.</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>Het bestand is er niet meer.</translation>
    </message>
    <message>
        <source>Not a database.</source>
        <translation>Geen databank.</translation>
    </message>
    <message>
        <source>Not a Trajectplanner database.</source>
        <translation>Geen databank van Trajectplanner.</translation>
    </message>
    <message>
        <source>Damaged.</source>
        <translation>Beschadigd.</translation>
    </message>
    <message>
        <source>Cannot be read.</source>
        <translation>Kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>Made by a newer version of Trajectplanner.</source>
        <translation>Gemaakt door een nieuwere versie van Trajectplanner.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>De back-upmap %1 kan niet gemaakt worden.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>De oude back-up %1 kan niet verwijderd worden.</translation>
    </message>
    <message>
        <source>Give the name of the backup file.</source>
        <translation>Geef de naam van het back-upbestand.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself; choose another file name.</source>
        <translation>Een back-up kan niet over de databank zelf geschreven worden; kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De databank %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The database %1 cannot be backed up: %2</source>
        <translation>Van de databank %1 kan geen back-up gemaakt worden: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 The database was not changed.</source>
        <translation>De back-up %1 kan niet teruggezet worden: %2 De databank is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This is the database itself, not a backup of it.</source>
        <translation>Dit is de databank zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was left behind.</source>
        <translation>%1 kon niet geschreven worden. Er is niets van achtergebleven.</translation>
    </message>
    <message>
        <source>Encrypted with a key that is not unlocked now.</source>
        <translation>Versleuteld met een sleutel die nu niet ontgrendeld is.</translation>
    </message>
    <message>
        <source>%1 could not be encrypted; it was left as it was.</source>
        <translation>%1 kon niet versleuteld worden; het bleef zoals het was.</translation>
    </message>
    <message>
        <source>Not a database, or encrypted without its key file beside it.</source>
        <translation>Geen databank, of versleuteld zonder haar sleutelbestand ernaast.</translation>
    </message>
    <message>
        <source>The restored database may hold learners who were erased before: %1</source>
        <translation>De teruggezette databank kan cursisten bevatten die eerder definitief verwijderd werden: %1</translation>
    </message>
</context>
<context>
    <name>Barrier</name>
    <message>
        <source>Describe the barrier in a few words.</source>
        <translation>Beschrijf de drempel in een paar woorden.</translation>
    </message>
    <message>
        <source>Fill in when the barrier was noticed.</source>
        <translation>Vul in wanneer de drempel werd opgemerkt.</translation>
    </message>
    <message>
        <source>The barrier cannot be noticed in the future.</source>
        <translation>Een drempel kan niet in de toekomst opgemerkt worden.</translation>
    </message>
    <message>
        <source>Fill in when the barrier was solved.</source>
        <translation>Vul in wanneer de drempel werd opgelost.</translation>
    </message>
    <message>
        <source>Only a solved barrier has a date of solution.</source>
        <translation>Alleen een opgeloste drempel heeft een datum van oplossing.</translation>
    </message>
    <message>
        <source>The barrier cannot be solved before it was noticed.</source>
        <translation>De drempel kan niet opgelost zijn voor ze werd opgemerkt.</translation>
    </message>
    <message>
        <source>The date of solution lies in the future.</source>
        <translation>De datum van oplossing ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A blocked item is either a placement or a module of the plan.</source>
        <translation>Wat geblokkeerd wordt, is een periode werkplekleren of een module van het plan.</translation>
    </message>
    <message>
        <source>The same item is listed twice as blocked.</source>
        <translation>Hetzelfde onderdeel staat twee keer als geblokkeerd.</translation>
    </message>
</context>
<context>
    <name>BarrierRepository</name>
    <message>
        <source>The learner no longer exists.</source>
        <translation>De cursist bestaat niet meer.</translation>
    </message>
    <message>
        <source>This barrier does not exist (number %1).</source>
        <translation>Deze drempel bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>The barrier of this action no longer exists.</source>
        <translation>De drempel van deze actie bestaat niet meer.</translation>
    </message>
    <message>
        <source>The barrier of this action belongs to another learner; choose one of this learner's barriers.</source>
        <translation>De drempel van deze actie hoort bij een andere cursist; kies een drempel van deze cursist.</translation>
    </message>
    <message>
        <source>The learner or the partner's person no longer exists.</source>
        <translation>De cursist of de persoon van de partner bestaat niet meer.</translation>
    </message>
    <message>
        <source>The partner's person no longer exists.</source>
        <translation>De persoon van de partner bestaat niet meer.</translation>
    </message>
    <message>
        <source>This action does not exist (number %1).</source>
        <translation>Deze actie bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>A placement this barrier blocks no longer exists.</source>
        <translation>Een periode werkplekleren die deze drempel blokkeert, bestaat niet meer.</translation>
    </message>
    <message>
        <source>A module this barrier blocks is no longer in the plan.</source>
        <translation>Een module die deze drempel blokkeert, staat niet meer in het plan.</translation>
    </message>
    <message>
        <source>A placement this barrier blocks belongs to another learner; choose one of this learner's placements.</source>
        <translation>Een periode werkplekleren die deze drempel blokkeert, hoort bij een andere cursist; kies werkplekleren van deze cursist.</translation>
    </message>
    <message>
        <source>A module this barrier blocks is in another learner's plan; choose one of this learner's modules.</source>
        <translation>Een module die deze drempel blokkeert, staat in het plan van een andere cursist; kies een module van deze cursist.</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The site no longer exists.</source>
        <translation>De opvanglocatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>This closure period does not exist (number %1).</source>
        <translation>Deze sluitingsperiode bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>CaseMeeting</name>
    <message>
        <source>Give the date of the last case meeting.</source>
        <translation>Geef de datum van het laatste cursistenoverleg.</translation>
    </message>
    <message>
        <source>The last case meeting (%1) cannot be after today (%2).</source>
        <translation>Het laatste cursistenoverleg (%1) kan niet na vandaag (%2) liggen.</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>cursist</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>New barrier</source>
        <translation>Nieuwe drempel</translation>
    </message>
    <message>
        <source>Barrier solved</source>
        <translation>Drempel opgelost</translation>
    </message>
    <message>
        <source>Missed placement day</source>
        <translation>Gemiste stagedag</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Overdue action</source>
        <translation>Actie over tijd</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Open actie</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Niets nieuws</translation>
    </message>
</context>
<context>
    <name>CaseloadGenerator</name>
    <message>
        <source>The generated caseload could not be stored.</source>
        <translation>De gemaakte caseload kon niet bewaard worden.</translation>
    </message>
    <message>
        <source>The programme templates are missing.</source>
        <translation>De opleidingssjablonen ontbreken.</translation>
    </message>
    <message numerus="yes">
        <source>A caseload is only generated into an empty database; this one already holds %n learner(s).</source>
        <translation>
            <numerusform>Een caseload wordt alleen in een lege databank gemaakt; deze bevat al %n cursist.</numerusform>
            <numerusform>Een caseload wordt alleen in een lege databank gemaakt; deze bevat al %n cursisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The caseload could not be generated; nothing was added.</source>
        <translation>De caseload kon niet gemaakt worden; er werd niets toegevoegd.</translation>
    </message>
</context>
<context>
    <name>CaseloadProfile</name>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>under 25</source>
        <translation>jonger dan 25</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation>25 tot 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation>35 tot 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation>45 tot 54</translation>
    </message>
    <message>
        <source>55 or older</source>
        <translation>55 of ouder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Opleidingsniveau</translation>
    </message>
    <message>
        <source>Months unemployed before the start</source>
        <translation>Maanden werkloos voor de start</translation>
    </message>
    <message>
        <source>less than 6 months</source>
        <translation>minder dan 6 maanden</translation>
    </message>
    <message>
        <source>6 to 11 months</source>
        <translation>6 tot 11 maanden</translation>
    </message>
    <message>
        <source>12 to 23 months</source>
        <translation>12 tot 23 maanden</translation>
    </message>
    <message>
        <source>24 months or more</source>
        <translation>24 maanden of meer</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migratieachtergrond</translation>
    </message>
    <message>
        <source>Status before the start</source>
        <translation>Situatie voor de start</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Geef de eerste en de laatste dag van de periode.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>De periode eindigt (%1) voor ze begint (%2).</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>kenmerk</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Cursisten</translation>
    </message>
</context>
<context>
    <name>CaseloadQuery</name>
    <message>
        <source>The caseload could not be read.</source>
        <translation>De caseload kon niet gelezen worden.</translation>
    </message>
</context>
<context>
    <name>CaseloadTimeline</name>
    <message>
        <source>%1 hours planned</source>
        <translation>%1 uur gepland</translation>
    </message>
    <message>
        <source>%1, %2 hours planned</source>
        <translation>%1, %2 uur gepland</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
</context>
<context>
    <name>ClosurePeriod</name>
    <message>
        <source>Give the closure period a name.</source>
        <translation>Geef de sluitingsperiode een naam.</translation>
    </message>
    <message>
        <source>Fill in the first day of the closure.</source>
        <translation>Vul de eerste dag van de sluiting in.</translation>
    </message>
    <message>
        <source>Fill in the last day of the closure.</source>
        <translation>Vul de laatste dag van de sluiting in.</translation>
    </message>
    <message>
        <source>The last day of the closure lies before the first day.</source>
        <translation>De laatste dag van de sluiting ligt voor de eerste dag.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write the MLP summary of learner ID (what to type into VDAB&apos;s partner platform) to the PDF file of --out, then stop.</source>
        <translation>Schrijf het MLP-overzicht van cursist ID (wat je invult in het partnerplatform van VDAB) naar het pdf-bestand van --out en stop.</translation>
    </message>
    <message>
        <source>--mlp-summary needs the number of a learner, e.g. --mlp-summary 12.</source>
        <translation>--mlp-summary heeft het nummer van een cursist nodig, bv. --mlp-summary 12.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out, e.g. --out mlp.pdf.</source>
        <translation>Geef het pdf-bestand om te schrijven met --out, bv. --out mlp.pdf.</translation>
    </message>
    <message>
        <source>--out goes with --print-plan, --attendance-sheet, --print-intake, --export-learner, --export-ics, --export-list, --report or --mlp-summary.</source>
        <translation>--out hoort bij --print-plan, --attendance-sheet, --print-intake, --export-learner, --export-ics, --export-list, --report of --mlp-summary.</translation>
    </message>
    <message>
        <source>Write a report to the file of --out (.pdf or .csv), then stop: profile (the caseload profile of the period --from … --to), esf (the ESF+ report of the period --from … --to: a summary as PDF, one row per participant as CSV) or meeting (the case-meeting sheet of what changed since the last meeting, --from its date; --to is today unless given).</source>
        <translation>Schrijf een rapport naar het bestand van --out (.pdf of .csv) en stop: profile (het profiel van de caseload in de periode --from … --to), esf (het ESF+-rapport van de periode --from … --to: een samenvatting als pdf, één regel per deelnemer als csv) of meeting (het blad voor het cursistenoverleg met wat veranderde sinds het vorige overleg, --from de datum daarvan; --to is vandaag tenzij opgegeven).</translation>
    </message>
    <message>
        <source>First day of the period for --report profile or esf, or the day of the last case meeting for --report meeting (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>Eerste dag van de periode voor --report profile of esf, of de dag van het vorige cursistenoverleg voor --report meeting (dd/mm/jjjj of jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>Trajectplanner: plan and follow up the trajectories of learners toward a childcare qualification.</source>
        <translation>Trajectplanner: plan en volg de trajecten van cursisten naar een kwalificatie in de kinderopvang.</translation>
    </message>
    <message>
        <source>Open the database FILE instead of the default one.</source>
        <translation>Open de databank BESTAND in plaats van de standaarddatabank.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Fill a new database with a realistic demo caseload. Without --db a fresh demo database is made.</source>
        <translation>Vul een nieuwe databank met een realistische demo-caseload. Zonder --db wordt een nieuwe demodatabank gemaakt.</translation>
    </message>
    <message>
        <source>Open (and create or convert) the database, then stop without a window.</source>
        <translation>Open de databank (maak of zet ze om indien nodig) en stop dan zonder venster.</translation>
    </message>
    <message>
        <source>Use --help to see the options.</source>
        <translation>Gebruik --help om de opties te zien.</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Use --help to see the options.</source>
        <translation>Onbekend argument: %1. Gebruik --help om de opties te zien.</translation>
    </message>
    <message>
        <source>--db needs the name of a database file.</source>
        <translation>--db heeft de naam van een databankbestand nodig.</translation>
    </message>
    <message>
        <source>Write the personal plan of learner ID to the PDF file of --out (and keep it as a version), then stop.</source>
        <translation>Schrijf het trajectplan van cursist ID naar het pdf-bestand van --out (en bewaar het als versie), en stop dan.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the attendance sheet of placement ID to the PDF file of --out, then stop.</source>
        <translation>Schrijf de aanwezigheidslijst van werkplekleren ID naar het pdf-bestand van --out, en stop dan.</translation>
    </message>
    <message>
        <source>Who the plan is for: learner (default), workplace or partner.</source>
        <translation>Voor wie het plan is: learner (cursist, standaard), workplace (werkplek) of partner.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>The language of the document: nl (default) or en.</source>
        <translation>De taal van het document: nl (standaard) of en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Also print barriers of sensitive categories (family, psychological).</source>
        <translation>Druk ook drempels van gevoelige categorieën af (gezin, psychisch).</translation>
    </message>
    <message>
        <source>--print-plan needs the number of a learner, e.g. --print-plan 12.</source>
        <translation>--print-plan heeft het nummer van een cursist nodig, bv. --print-plan 12.</translation>
    </message>
    <message>
        <source>--attendance-sheet needs the number of a placement.</source>
        <translation>--attendance-sheet heeft het nummer van een periode werkplekleren nodig.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out, e.g. --out plan.pdf.</source>
        <translation>Geef het pdf-bestand om te schrijven met --out, bv. --out plan.pdf.</translation>
    </message>
    <message>
        <source>Write the one-page summary of intake ID to the PDF file of --out, then stop.</source>
        <translation>Schrijf het intakeverslag (één pagina) van intake ID naar het pdf-bestand van --out, en stop dan.</translation>
    </message>
    <message>
        <source>Load the intake template of the JSON file FILE into the database (new intakes use it), then stop.</source>
        <translation>Laad het intakesjabloon uit het JSON-bestand BESTAND in de databank (nieuwe intakes gebruiken het), en stop dan.</translation>
    </message>
    <message>
        <source>Write one document at a time: --print-plan, --attendance-sheet or --print-intake.</source>
        <translation>Schrijf één document tegelijk: --print-plan, --attendance-sheet of --print-intake.</translation>
    </message>
    <message>
        <source>--print-intake needs the number of an intake, e.g. --print-intake 3.</source>
        <translation>--print-intake heeft het nummer van een intake nodig, bv. --print-intake 3.</translation>
    </message>
    <message>
        <source>--load-intake-template needs the name of a template file.</source>
        <translation>--load-intake-template heeft de naam van een sjabloonbestand nodig.</translation>
    </message>
    <message>
        <source>Load an intake template on its own, without writing a document.</source>
        <translation>Laad een intakesjabloon apart, zonder tegelijk een document te schrijven.</translation>
    </message>
    <message>
        <source>Write a checked backup of the database to FILE, then stop.</source>
        <translation>Schrijf een gecontroleerde back-up van de databank naar BESTAND en stop dan.</translation>
    </message>
    <message>
        <source>Write everything about learner ID as JSON and PDF into the folder of --out, then stop.</source>
        <translation>Schrijf alles over cursist ID als JSON en pdf in de map van --out en stop dan.</translation>
    </message>
    <message>
        <source>Erase learner ID for good, without asking, and print what was removed; then stop.</source>
        <translation>Verwijder cursist ID definitief, zonder te vragen, en toon wat verwijderd is; stop dan.</translation>
    </message>
    <message>
        <source>Do one thing at a time: a backup, an export, an erasure, a document or a template.</source>
        <translation>Doe één ding tegelijk: een back-up, een export, een verwijdering, een document of een sjabloon.</translation>
    </message>
    <message>
        <source>--backup needs the name of the file to write.</source>
        <translation>--backup heeft de naam van het bestand nodig.</translation>
    </message>
    <message>
        <source>--export-learner needs the number of a learner, e.g. --export-learner 12.</source>
        <translation>--export-learner heeft het nummer van een cursist nodig, bv. --export-learner 12.</translation>
    </message>
    <message>
        <source>Give the folder to write to with --out, e.g. --out export.</source>
        <translation>Geef de map om in te schrijven met --out, bv. --out export.</translation>
    </message>
    <message>
        <source>--erase-learner needs the number of a learner, e.g. --erase-learner 12.</source>
        <translation>--erase-learner heeft het nummer van een cursist nodig, bv. --erase-learner 12.</translation>
    </message>
    <message>
        <source>Import the learners of the CSV file FILE (as Excel saves it) and print the validation report, then stop.</source>
        <translation>Lees de cursisten in uit het CSV-bestand BESTAND (zoals Excel het bewaart) en toon het controleverslag; stop daarna.</translation>
    </message>
    <message>
        <source>With --import-learners: check and show everything, but save nothing.</source>
        <translation>Met --import-learners: alles controleren en tonen, maar niets bewaren.</translation>
    </message>
    <message>
        <source>With --import-learners: skip (default) imports the valid rows, stop imports nothing when a row is invalid.</source>
        <translation>Met --import-learners: skip (standaard) leest de geldige rijen in, stop leest niets in als een rij niet klopt.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOE</translation>
    </message>
    <message>
        <source>Write the placement days and appointments of learner ID as an agenda file (.ics) to the file of --out, then stop.</source>
        <translation>Schrijf de werkplekleerdagen en afspraken van cursist ID als agendabestand (.ics) naar het bestand van --out; stop daarna.</translation>
    </message>
    <message>
        <source>Check that the audit log is intact (every entry unchanged and linked to the one before it). Exit 0: intact, 1: broken, 2: the database cannot be opened.</source>
        <translation>Controleer of het auditlogboek intact is (elke regel ongewijzigd en gekoppeld aan de vorige). Exitcode 0: intact, 1: gebroken, 2: de databank kan niet geopend worden.</translation>
    </message>
    <message>
        <source>Fill a new database (--db) with N made-up learners and their placement days, barriers, actions and contact moments, for trying the program at scale; print the counts and the time, then stop.</source>
        <translation>Vul een nieuwe databank (--db) met N verzonnen cursisten en hun werkplekleerdagen, drempels, acties en contactmomenten, om het programma op grote schaal uit te proberen; toon de aantallen en de tijd en stop dan.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to write: a PDF, an .ics agenda (for --export-learner: the folder).</source>
        <translation>Het bestand om te schrijven: een pdf, een .ics-agenda (voor --export-learner: de map).</translation>
    </message>
    <message>
        <source>Do one thing at a time: --demo or --generate.</source>
        <translation>Doe één ding tegelijk: --demo of --generate.</translation>
    </message>
    <message>
        <source>--import-learners needs the name of a CSV file.</source>
        <translation>--import-learners heeft de naam van een CSV-bestand nodig.</translation>
    </message>
    <message>
        <source>--dry-run and --on-error go with --import-learners.</source>
        <translation>--dry-run en --on-error horen bij --import-learners.</translation>
    </message>
    <message>
        <source>--export-ics needs the number of a learner, e.g. --export-ics 12.</source>
        <translation>--export-ics heeft het nummer van een cursist nodig, bv. --export-ics 12.</translation>
    </message>
    <message>
        <source>Give the .ics file to write with --out, e.g. --out agenda.ics.</source>
        <translation>Geef met --out het .ics-bestand om te schrijven, bv. --out agenda.ics.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day of the period for --report (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>Laatste dag van de periode voor --report (dd/mm/jjjj of jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>Give the file to write with --out, e.g. --out profile.pdf or profile.csv.</source>
        <translation>Geef het bestand om te schrijven met --out, bv. --out profiel.pdf of profiel.csv.</translation>
    </message>
    <message>
        <source>--from and --to go with --report.</source>
        <translation>--from en --to horen bij --report.</translation>
    </message>
    <message>
        <source>--out goes with --print-plan, --attendance-sheet, --print-intake, --export-learner, --export-ics or --report.</source>
        <translation>--out hoort bij --print-plan, --attendance-sheet, --print-intake, --export-learner, --export-ics of --report.</translation>
    </message>
    <message>
        <source>With --print-plan: add the appendix with every module and workplace day: yes or no (default: no for the learner and a partner, yes for the workplace).</source>
        <translation>Met --print-plan: voeg de bijlage met alle modules en werkplekleerdagen toe: yes (ja) of no (nee) (standaard: no voor de cursist en een partner, yes voor de werkplek).</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>KEUZE</translation>
    </message>
    <message>
        <source>--appendix is yes or no, not &quot;%1&quot;.</source>
        <translation>--appendix is yes (ja) of no (nee), niet "%1".</translation>
    </message>
    <message>
        <source>--appendix goes with --print-plan.</source>
        <translation>--appendix hoort bij --print-plan.</translation>
    </message>
    <message>
        <source>The first line of the file is the passphrase: it unlocks an encrypted database. A new database (a --db file that does not exist yet, --demo or --generate) is encrypted with it.</source>
        <translation>De eerste regel van het bestand is de wachtzin: die ontgrendelt een versleutelde databank. Een nieuwe databank (een --db-bestand dat nog niet bestaat, --demo of --generate) wordt ermee versleuteld.</translation>
    </message>
    <message>
        <source>The first line of the file is the recovery key of the recovery sheet: it unlocks an encrypted database whose passphrase is forgotten (set a new one with --change-passphrase).</source>
        <translation>De eerste regel van het bestand is de herstelsleutel van het herstelblad: die ontgrendelt een versleutelde databank waarvan de wachtzin vergeten is (kies een nieuwe met --change-passphrase).</translation>
    </message>
    <message>
        <source>Encrypt the database and the backups in its backups folder with the passphrase of --passphrase-file, then stop. Add --recovery-sheet to print its recovery key.</source>
        <translation>Versleutel de databank en de back-ups in haar map backups met de wachtzin van --passphrase-file en stop dan. Voeg --recovery-sheet toe om haar herstelsleutel af te drukken.</translation>
    </message>
    <message>
        <source>Set the first line of the file as the new passphrase of the encrypted database (the data stays as it is), then stop.</source>
        <translation>Maak van de eerste regel van het bestand de nieuwe wachtzin van de versleutelde databank (de gegevens blijven zoals ze zijn) en stop dan.</translation>
    </message>
    <message>
        <source>Write the recovery sheet to the PDF file, with a new recovery key (the previous sheet stops working); with --encrypt or a new encrypted database, the sheet of its key. Then stop.</source>
        <translation>Schrijf het herstelblad naar het PDF-bestand, met een nieuwe herstelsleutel (het vorige blad werkt dan niet meer); met --encrypt of een nieuwe versleutelde databank: het blad van haar sleutel. Stop dan.</translation>
    </message>
    <message>
        <source>--passphrase-file, --recovery-key-file, --change-passphrase and --recovery-sheet need the name of a file.</source>
        <translation>--passphrase-file, --recovery-key-file, --change-passphrase en --recovery-sheet hebben de naam van een bestand nodig.</translation>
    </message>
    <message>
        <source>Give --passphrase-file or --recovery-key-file, not both.</source>
        <translation>Geef --passphrase-file of --recovery-key-file, niet allebei.</translation>
    </message>
    <message>
        <source>--encrypt needs --passphrase-file: the file with the passphrase.</source>
        <translation>--encrypt heeft --passphrase-file nodig: het bestand met de wachtzin.</translation>
    </message>
    <message>
        <source>--encrypt converts an existing database, on its own; a new database is encrypted with --passphrase-file alone.</source>
        <translation>--encrypt zet een bestaande databank om, als enige opdracht; een nieuwe databank versleutel je met alleen --passphrase-file.</translation>
    </message>
    <message>
        <source>Give --recovery-sheet a file name that ends in .pdf.</source>
        <translation>Geef --recovery-sheet een bestandsnaam die eindigt op .pdf.</translation>
    </message>
    <message>
        <source>Write the list LIST (caseload) as the window shows it without a filter to the CSV file of --out, then stop.</source>
        <translation>Schrijf de lijst LIJST (caseload) zoals het venster ze zonder filter toont naar het CSV-bestand van --out, stop dan.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIJST</translation>
    </message>
    <message>
        <source>--restore needs the name of the backup to restore.</source>
        <translation>--restore heeft de naam van de terug te zetten back-up nodig.</translation>
    </message>
    <message>
        <source>--export-list knows one list: caseload, not &quot;%1&quot;.</source>
        <translation>--export-list kent één lijst: caseload, niet "%1".</translation>
    </message>
    <message>
        <source>Give the CSV file to write with --out, e.g. --out caseload.csv.</source>
        <translation>Geef het te schrijven CSV-bestand met --out, bv. --out caseload.csv.</translation>
    </message>
    <message>
        <source>Put the backup FILE in the database&apos;s place, as Restore backup does: the current file is kept as a safety copy, the backup is checked first, and learners erased since are erased again; then stop.</source>
        <translation>Zet de back-up BESTAND in de plaats van de databank, zoals Back-up terugzetten doet: het huidige bestand wordt als veiligheidskopie bewaard, de back-up wordt eerst nagekeken, en cursisten die sindsdien definitief verwijderd werden, worden opnieuw verwijderd; stop dan.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Record the date on which the learner gave this consent.</source>
        <translation>Vul de datum in waarop de cursist deze toestemming gaf.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>De datum van de toestemming ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The date of withdrawal lies in the future.</source>
        <translation>De datum van intrekking ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Een toestemming kan niet ingetrokken zijn voor ze gegeven werd.</translation>
    </message>
    <message>
        <source>Fill in who may receive the information.</source>
        <translation>Vul in wie de gegevens mag krijgen.</translation>
    </message>
    <message>
        <source>Tick at least one thing that may be shared.</source>
        <translation>Vink minstens één ding aan dat gedeeld mag worden.</translation>
    </message>
    <message>
        <source>Sensitive barriers can only be shared together with the barriers.</source>
        <translation>Gevoelige drempels kunnen alleen samen met de drempels gedeeld worden.</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>Deze cursist bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>This consent does not exist (number %1).</source>
        <translation>Deze toestemming bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>ContactMoment</name>
    <message>
        <source>Fill in the date of the contact.</source>
        <translation>Vul de datum van het contact in.</translation>
    </message>
    <message>
        <source>A contact that took place cannot lie in the future.</source>
        <translation>Een contact dat plaatsvond, kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The follow-up lies before the contact itself.</source>
        <translation>De opvolging ligt voor het contact zelf.</translation>
    </message>
</context>
<context>
    <name>ContactPerson</name>
    <message>
        <source>Fill in the name of the contact person.</source>
        <translation>Vul de naam van de contactpersoon in.</translation>
    </message>
    <message>
        <source>This phone number is not valid.</source>
        <translation>Dit telefoonnummer is niet geldig.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Dit e-mailadres is niet geldig.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1 (line %2 of the file): a quotation mark is opened but never closed. Check the cell that starts there.</source>
        <translation>Rij %1 (regel %2 van het bestand): er staat een aanhalingsteken dat nooit gesloten wordt. Kijk de cel na die daar begint.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row with column names.</source>
        <translation>Het bestand is leeg: er is geen eerste rij met kolomnamen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Het bestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB: files over %3 MB are not read. Is it the right file? Otherwise save only the rows to import in a file of its own.</source>
        <translation>Het bestand %1 is %2 MB: bestanden boven %3 MB worden niet gelezen. Is het het juiste bestand? Bewaar anders alleen de te importeren rijen in een eigen bestand.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled; nothing was imported.</source>
        <translation>Het lezen van het bestand werd geannuleerd; er werd niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a Trajectplanner database. It was left unchanged.</source>
        <translation>Het bestand %1 is geen Trajectplanner-databank. Het bestand werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened. It was left unchanged; open a backup instead.</source>
        <translation>Het bestand %1 is beschadigd en kan niet geopend worden. Het werd niet gewijzigd; open een back-up.</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of Trajectplanner (data version %2; this version knows up to %3). Install the newer version; the file was left unchanged.</source>
        <translation>Het bestand %1 werd geschreven door een nieuwere versie van Trajectplanner (gegevensversie %2; deze versie kent tot %3). Installeer de nieuwere versie; het bestand werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>De map %1 bestaat niet en kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>De databank %1 kan niet geopend worden.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>De databank kan niet geopend worden.</translation>
    </message>
    <message>
        <source>The database cannot be prepared for use.</source>
        <translation>De databank kan niet klaargemaakt worden voor gebruik.</translation>
    </message>
    <message>
        <source>The database is damaged; it was not converted to the new version.</source>
        <translation>De databank is beschadigd; ze werd niet omgezet naar de nieuwe versie.</translation>
    </message>
    <message>
        <source>No backup could be made before converting the database; nothing was changed.</source>
        <translation>Er kon geen back-up gemaakt worden voor het omzetten van de databank; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>A database conversion step is missing.</source>
        <translation>Een stap om de databank om te zetten ontbreekt.</translation>
    </message>
    <message>
        <source>The database could not be converted to the new version; nothing was changed.</source>
        <translation>De databank kon niet omgezet worden naar de nieuwe versie; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database could not be marked as ours.</source>
        <translation>De databank kon niet als Trajectplanner-databank gemarkeerd worden.</translation>
    </message>
    <message>
        <source>The database version could not be recorded.</source>
        <translation>De versie van de databank kon niet bewaard worden.</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>De wijziging kon niet starten.</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>De wijziging was al afgerond.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>De wijziging kon niet bewaard worden.</translation>
    </message>
    <message>
        <source>The file %1 lies in a folder that cannot be written to. Copy it to a folder of your own and open the copy; the file was left unchanged.</source>
        <translation>Het bestand %1 staat in een map waarin niet geschreven kan worden. Kopieer het naar een eigen map en open de kopie; het bestand werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created.</source>
        <translation>De databank %1 kan niet gemaakt worden.</translation>
    </message>
    <message>
        <source>The disk is full: nothing could be saved. Free some space and try again.</source>
        <translation>De schijf is vol: er kon niets bewaard worden. Maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database file is read-only: nothing could be saved.</source>
        <translation>Het databankbestand is alleen-lezen: er kon niets bewaard worden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: the folder %2 cannot be written to.</source>
        <translation>De databank %1 kan niet gemaakt worden: in de map %2 kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so no change could be saved in it. Make it writable (or open a copy of it); the file was left unchanged.</source>
        <translation>Het bestand %1 is alleen-lezen, dus er kan geen wijziging in bewaard worden. Maak het beschrijfbaar (of open een kopie ervan); het bestand bleef ongewijzigd.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: a check of all its data found an error. Nothing more is written into it; restore a backup.</source>
        <translation>Het bestand %1 is beschadigd: bij een controle van al zijn gegevens werd een fout gevonden. Er wordt niets meer in geschreven; zet een back-up terug.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Unlock it with its passphrase or its recovery key first.</source>
        <translation>De databank %1 is versleuteld. Ontgrendel ze eerst met haar wachtzin of haar herstelsleutel.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, but its key file %2 is missing. Each backup in %3 has a copy of it: unlock with the passphrase or the recovery key, and the program puts the key file back.</source>
        <translation>De databank %1 is versleuteld, maar haar sleutelbestand %2 ontbreekt. Elke back-up in %3 heeft er een kopie van: ontgrendel met de wachtzin of de herstelsleutel, en het programma zet het sleutelbestand terug.</translation>
    </message>
    <message>
        <source>The database&apos;s id cannot be read.</source>
        <translation>Het kenmerk van de databank kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The database file could not be compacted.</source>
        <translation>Het databankbestand kon niet gecomprimeerd worden.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database %1 is already open in Trajectplanner (process %2 on %3). Close that window first: two programs writing the same file could undo each other's work.</source>
        <translation>De databank %1 is al open in Trajectplanner (proces %2 op %3). Sluit dat venster eerst: twee programma's die hetzelfde bestand schrijven, kunnen elkaars werk ongedaan maken.</translation>
    </message>
    <message>
        <source>The lock file beside the database %1 cannot be made. Check that its folder can be written to.</source>
        <translation>Het slotbestand naast de databank %1 kan niet gemaakt worden. Kijk na of er in die map geschreven mag worden.</translation>
    </message>
</context>
<context>
    <name>DateScale</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
</context>
<context>
    <name>DayMove</name>
    <message>
        <source>Choose a date to move the placement day to.</source>
        <translation>Kies de datum waarnaar de werkplekdag moet verhuizen.</translation>
    </message>
    <message>
        <source>Only a planned day can be moved; this day is recorded as "%1".</source>
        <translation>Alleen een geplande dag kan verschuiven; deze dag staat op "%1".</translation>
    </message>
    <message>
        <source>%1 lies outside this placement (%2 to %3).</source>
        <translation>%1 valt buiten deze periode werkplekleren (%2 tot %3).</translation>
    </message>
    <message>
        <source>%1 is not a working day: %2.</source>
        <translation>%1 is geen werkdag: %2.</translation>
    </message>
    <message>
        <source>There is already a placement day on %1.</source>
        <translation>Er is al een werkplekdag op %1.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>Demo data is only added to an empty database; this one already holds %n learner(s).</source>
        <translation>
            <numerusform>Demogegevens worden alleen aan een lege databank toegevoegd; deze bevat al %n cursist.</numerusform>
            <numerusform>Demogegevens worden alleen aan een lege databank toegevoegd; deze bevat al %n cursisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data could not be made; nothing was added.</source>
        <translation>De demogegevens konden niet gemaakt worden; er werd niets toegevoegd.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <source>Unknown audience "%1": use learner, workplace or partner.</source>
        <translation>Onbekend publiek "%1": gebruik learner, workplace of partner.</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2 (%n page(s)) written to %3.</source>
        <translation>
            <numerusform>%1 versie %2 (%n pagina) geschreven naar %3.</numerusform>
            <numerusform>%1 versie %2 (%n pagina's) geschreven naar %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intake summary (%n page(s)) written to %1.</source>
        <translation>
            <numerusform>Intakeverslag (%n pagina) geschreven naar %1.</numerusform>
            <numerusform>Intakeverslag (%n pagina's) geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an intake template.</source>
        <translation>Het bestand %1 is te groot voor een intakesjabloon.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Het bestand %1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>Intake template %1 version %2 loaded.</source>
        <translation>Intakesjabloon %1 versie %2 geladen.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>Choose the programme.</source>
        <translation>Kies de opleiding.</translation>
    </message>
    <message>
        <source>Fill in the start date of the training.</source>
        <translation>Vul de startdatum van de opleiding in.</translation>
    </message>
    <message>
        <source>Fill in the planned end of the training.</source>
        <translation>Vul het geplande einde van de opleiding in.</translation>
    </message>
    <message>
        <source>The planned end lies before the start.</source>
        <translation>Het geplande einde ligt voor de start.</translation>
    </message>
    <message>
        <source>A module is planned in semester 1 to 6.</source>
        <translation>Een module wordt gepland in semester 1 tot 6.</translation>
    </message>
    <message>
        <source>A module is planned twice in the same semester.</source>
        <translation>Een module staat twee keer gepland in hetzelfde semester.</translation>
    </message>
    <message>
        <source>Give the reason for the retake of a module.</source>
        <translation>Geef de reden voor de herneming van een module.</translation>
    </message>
</context>
<context>
    <name>EnrolmentRepository</name>
    <message>
        <source>The module plan names a module that is not part of the chosen programme.</source>
        <translation>Het moduleplan bevat een module die niet bij de gekozen opleiding hoort.</translation>
    </message>
    <message>
        <source>The learner or the programme no longer exists.</source>
        <translation>De cursist of de opleiding bestaat niet meer.</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>De opleiding bestaat niet meer.</translation>
    </message>
    <message>
        <source>This enrolment does not exist (number %1).</source>
        <translation>Deze inschrijving bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>This programme does not exist (number %1).</source>
        <translation>Deze opleiding bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Referral</source>
        <translation>Toeleiding</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Intake and screening</source>
        <translation>Intake en screening</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Oriëntatie</translation>
    </message>
    <message>
        <source>Pre-trajectory</source>
        <translation>Voortraject</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Outflow</source>
        <translation>Uitstroom</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <source>Insufficient competences or language level</source>
        <translation>Onvoldoende competenties of taalniveau</translation>
    </message>
    <message>
        <source>Health problems</source>
        <translation>Gezondheidsproblemen</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Zwangerschap</translation>
    </message>
    <message>
        <source>Financial problems or a job</source>
        <translation>Financiële problemen of tewerkstelling</translation>
    </message>
    <message>
        <source>Job or training underestimated, wrong expectations</source>
        <translation>Job of opleiding onderschat, verkeerde verwachtingen</translation>
    </message>
    <message>
        <source>Hard to combine with family</source>
        <translation>Moeilijk te combineren met het gezin</translation>
    </message>
    <message>
        <source>Changes or worries at home</source>
        <translation>Veranderingen of zorgen in de thuissituatie</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>Language level too low</source>
        <translation>Taalniveau te laag</translation>
    </message>
    <message>
        <source>Strong enough for the regular course</source>
        <translation>Sterk genoeg voor het reguliere opleidingstraject</translation>
    </message>
    <message>
        <source>Not yet strong enough, referred to a tailored route</source>
        <translation>Nog niet sterk genoeg, doorverwezen naar een traject op maat</translation>
    </message>
    <message>
        <source>Other interest</source>
        <translation>Andere interesse</translation>
    </message>
    <message>
        <source>Financial or family barriers</source>
        <translation>Financiële of familiale drempels</translation>
    </message>
    <message>
        <source>Mental load too high for now</source>
        <translation>Mentale belasting nu te groot</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>X (other)</source>
        <translation>X (ander)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Midden</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Niet aangevraagd</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Erkend</translation>
    </message>
    <message>
        <source>Partly recognised</source>
        <translation>Gedeeltelijk erkend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>No Dutch yet</source>
        <translation>Nog geen Nederlands</translation>
    </message>
    <message>
        <source>1.1 (A1)</source>
        <translation>1.1 (A1)</translation>
    </message>
    <message>
        <source>1.2 (A2)</source>
        <translation>1.2 (A2)</translation>
    </message>
    <message>
        <source>2.1 (towards B1)</source>
        <translation>2.1 (op weg naar B1)</translation>
    </message>
    <message>
        <source>2.2 (towards B1)</source>
        <translation>2.2 (op weg naar B1)</translation>
    </message>
    <message>
        <source>2.3 (towards B1)</source>
        <translation>2.3 (op weg naar B1)</translation>
    </message>
    <message>
        <source>2.4 (B1)</source>
        <translation>2.4 (B1)</translation>
    </message>
    <message>
        <source>3 (B2)</source>
        <translation>3 (B2)</translation>
    </message>
    <message>
        <source>4 (C1)</source>
        <translation>4 (C1)</translation>
    </message>
    <message>
        <source>Native speaker</source>
        <translation>Moedertaal</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Werkzoekend</translation>
    </message>
    <message>
        <source>Not working, not seeking</source>
        <translation>Inactief (niet werkend, niet werkzoekend)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Werkend</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>VDAB</source>
        <translation>VDAB</translation>
    </message>
    <message>
        <source>Actiris</source>
        <translation>Actiris</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>Te voet</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Fiets</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Openbaar vervoer</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Moped</source>
        <translation>Bromfiets</translation>
    </message>
    <message>
        <source>Not arranged yet</source>
        <translation>Nog niet geregeld</translation>
    </message>
    <message>
        <source>Daycare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>School and after-school care</source>
        <translation>School en buitenschoolse opvang</translation>
    </message>
    <message>
        <source>Family or neighbours</source>
        <translation>Familie of buren</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Adult education centre (CVO)</source>
        <translation>Centrum voor volwassenenonderwijs (CVO)</translation>
    </message>
    <message>
        <source>Syntra</source>
        <translation>Syntra</translation>
    </message>
    <message>
        <source>Childcare organiser</source>
        <translation>Organisator kinderopvang</translation>
    </message>
    <message>
        <source>Childcare site</source>
        <translation>Opvanglocatie</translation>
    </message>
    <message>
        <source>OCMW</source>
        <translation>OCMW</translation>
    </message>
    <message>
        <source>CAW</source>
        <translation>CAW</translation>
    </message>
    <message>
        <source>Not a site</source>
        <translation>Geen opvanglocatie</translation>
    </message>
    <message>
        <source>Group care</source>
        <translation>Groepsopvang</translation>
    </message>
    <message>
        <source>Family care</source>
        <translation>Gezinsopvang</translation>
    </message>
    <message>
        <source>SPOC</source>
        <translation>SPOC</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Leerkracht</translation>
    </message>
    <message>
        <source>Placement supervisor</source>
        <translation>Stagebegeleider</translation>
    </message>
    <message>
        <source>Workplace mentor</source>
        <translation>Mentor op de werkplek</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>Verantwoordelijke opvanglocatie</translation>
    </message>
    <message>
        <source>Language coach</source>
        <translation>Taalcoach</translation>
    </message>
    <message>
        <source>Learning coach</source>
        <translation>Leercoach</translation>
    </message>
    <message>
        <source>VDAB consultant</source>
        <translation>VDAB-consulent</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Toeleider</translation>
    </message>
    <message>
        <source>Trajectory coach</source>
        <translation>Trajectbegeleider</translation>
    </message>
    <message>
        <source>Labour-market coach</source>
        <translation>Arbeidsmarktcoach</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 maanden</translation>
    </message>
    <message>
        <source>15 months</source>
        <translation>15 maanden</translation>
    </message>
    <message>
        <source>18 months</source>
        <translation>18 maanden</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Vertraagd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Niet geslaagd</translation>
    </message>
    <message>
        <source>Exempted (prior learning)</source>
        <translation>Vrijgesteld (EVC)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Herneming</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Orientation placement</source>
        <translation>Inleefstage</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Gewerkt</translation>
    </message>
    <message>
        <source>Absent (excused)</source>
        <translation>Afwezig (gewettigd)</translation>
    </message>
    <message>
        <source>Absent (unexcused)</source>
        <translation>Afwezig (ongewettigd)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Essential preconditions</source>
        <translation>Essentiële randvoorwaarden</translation>
    </message>
    <message>
        <source>Financial and material</source>
        <translation>Financieel en materieel</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administratief</translation>
    </message>
    <message>
        <source>Family and social</source>
        <translation>Familiaal en sociaal</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Cultureel</translation>
    </message>
    <message>
        <source>General or vocational skills</source>
        <translation>Algemene of beroepsvaardigheden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychologisch</translation>
    </message>
    <message>
        <source>Informal barriers at school or workplace</source>
        <translation>Informele drempels op school of werkplek</translation>
    </message>
    <message>
        <source>Formal barriers at school or workplace</source>
        <translation>Formele drempels op school of werkplek</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Ernstig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being tackled</source>
        <translation>In aanpak</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Lasting</source>
        <translation>Blijvend</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>De cursist zelf</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Een partner</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Randvoorwaarden</translation>
    </message>
    <message>
        <source>Course and placement content</source>
        <translation>Inhoud opleiding en werkplekleren</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Workplace visit</source>
        <translation>Werkplekbezoek</translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Job in childcare</source>
        <translation>Job in de kinderopvang</translation>
    </message>
    <message>
        <source>Job in another sector</source>
        <translation>Job in een andere sector</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Verder studeren</translation>
    </message>
    <message>
        <source>Not yet employable</source>
        <translation>Nog niet inzetbaar op de arbeidsmarkt</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Contract van onbepaalde duur</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Contract van bepaalde duur</translation>
    </message>
    <message>
        <source>Temporary agency work</source>
        <translation>Interim</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Voltijds</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Deeltijds</translation>
    </message>
    <message>
        <source>Mobility, childcare for own children</source>
        <translation>Mobiliteit, opvang voor de eigen kinderen</translation>
    </message>
    <message>
        <source>Money, housing, no laptop or internet, costs of the course</source>
        <translation>Geld, huisvesting, geen laptop of internet, kosten van de opleiding</translation>
    </message>
    <message>
        <source>Forms, benefits, residence documents, diploma recognition</source>
        <translation>Formulieren, uitkeringen, verblijfsdocumenten, gelijkwaardigheid van diploma</translation>
    </message>
    <message>
        <source>Support at home, domestic violence, network</source>
        <translation>Steun thuis, intrafamiliaal geweld, netwerk</translation>
    </message>
    <message>
        <source>Expectations about work, gender roles, habits</source>
        <translation>Verwachtingen over werk, rolpatronen, gewoontes</translation>
    </message>
    <message>
        <source>Work attitudes, study skills, digital skills</source>
        <translation>Arbeidsattitudes, studievaardigheden, digitale vaardigheden</translation>
    </message>
    <message>
        <source>Dutch level, professional jargon, reports</source>
        <translation>Niveau Nederlands, vaktaal, verslagen</translation>
    </message>
    <message>
        <source>Self-confidence, stress, mental load</source>
        <translation>Zelfvertrouwen, stress, mentale belasting</translation>
    </message>
    <message>
        <source>Atmosphere, unwritten rules, attitudes of colleagues</source>
        <translation>Sfeer, ongeschreven regels, houding van collega's</translation>
    </message>
    <message>
        <source>Entry requirements, timetables, exam rules</source>
        <translation>Toelatingsvoorwaarden, lesroosters, examenregels</translation>
    </message>
    <message>
        <source>Personal plan</source>
        <translation>Persoonlijk trajectplan</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Toegelaten</translation>
    </message>
    <message>
        <source>Pre-trajectory first</source>
        <translation>Eerst een voortraject</translation>
    </message>
    <message>
        <source>Regular course</source>
        <translation>Regulier traject</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Not entering</source>
        <translation>Niet ingestapt</translation>
    </message>
    <message>
        <source>Own circle</source>
        <translation>Eigen kring</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Training centre</source>
        <translation>Opleidingscentrum</translation>
    </message>
    <message>
        <source>Employment service (VDAB, OCMW)</source>
        <translation>Tewerkstellingsdienst (VDAB, OCMW)</translation>
    </message>
    <message>
        <source>Welfare partner</source>
        <translation>Welzijnspartner</translation>
    </message>
    <message>
        <source>Workplace and mentor</source>
        <translation>Werkplek en mentor</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Who helps, with contact details</source>
        <translation>Wie helpt, met contactgegevens</translation>
    </message>
    <message>
        <source>Training and results</source>
        <translation>Opleiding en resultaten</translation>
    </message>
    <message>
        <source>Workplace learning and attendance</source>
        <translation>Werkplekleren en aanwezigheden</translation>
    </message>
    <message>
        <source>Barriers and actions</source>
        <translation>Drempels en acties</translation>
    </message>
    <message>
        <source>Also sensitive barriers (family, psychological, health)</source>
        <translation>Ook gevoelige drempels (gezin, psychisch, gezondheid)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>4/5</source>
        <translation>4/5</translation>
    </message>
    <message>
        <source>Half time</source>
        <translation>Halftijds</translation>
    </message>
    <message>
        <source>Other regime (hours per week)</source>
        <translation>Ander regime (uren per week)</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no learner with number %1.</source>
        <translation>Er is geen cursist met nummer %1.</translation>
    </message>
    <message>
        <source>The database file could not be compacted.</source>
        <translation>Het databankbestand kon niet opgeschoond worden.</translation>
    </message>
    <message>
        <source>The database cannot be checked.</source>
        <translation>De databank kan niet gecontroleerd worden.</translation>
    </message>
    <message>
        <source>Deleted data cannot be overwritten in this database.</source>
        <translation>Verwijderde gegevens kunnen in deze databank niet overschreven worden.</translation>
    </message>
    <message>
        <source>The learner was removed, but the database file could not be compacted; old text may still be readable in it until it is.</source>
        <translation>De cursist is verwijderd, maar het databankbestand kon niet opgeschoond worden; oude tekst kan er nog in te lezen zijn tot dat gebeurd is.</translation>
    </message>
    <message>
        <source>The learner was erased, but not written in the register of erased learners: restoring an older backup would bring them back. %1</source>
        <translation>De cursist is verwijderd, maar niet in het register van verwijderde cursisten geschreven: een oudere back-up terugzetten zou hen terugbrengen. %1</translation>
    </message>
    <message>
        <source>The learner could not be erased from the backup %1.</source>
        <translation>De cursist kon niet uit de back-up %1 verwijderd worden.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rij geschreven naar %1.</numerusform>
            <numerusform>%n rijen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Agenda %1</source>
        <translation>Agenda %1</translation>
    </message>
    <message>
        <source>Agenda files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n placement day(s) and appointment(s) written to %1; a second export updates the same events in the learner's agenda.</source>
        <translation>
            <numerusform>%n werkplekleerdag of afspraak geschreven naar %1; een volgende export werkt dezelfde afspraken in de agenda van de cursist bij.</numerusform>
            <numerusform>%n werkplekleerdagen en afspraken geschreven naar %1; een volgende export werkt dezelfde afspraken in de agenda van de cursist bij.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import learners from CSV</source>
        <translation>Cursisten inlezen uit CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported from %1; Edit &gt; Undo takes the import back.</source>
        <translation>
            <numerusform>%n cursist ingelezen uit %1; Bewerken &gt; Ongedaan maken draait het inlezen terug.</numerusform>
            <numerusform>%n cursisten ingelezen uit %1; Bewerken &gt; Ongedaan maken draait het inlezen terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>This list cannot be exported here: there is no audit log to write the export in.</source>
        <translation>Je kunt deze lijst hier niet exporteren: er is geen auditlog om de export in op te schrijven.</translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>--on-error takes skip (import the valid rows) or stop (import nothing when a row is invalid), not "%1".</source>
        <translation>--on-error kan skip zijn (de geldige rijen inlezen) of stop (niets inlezen als een rij niet klopt), niet "%1".</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rij %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>rij %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Empty rows skipped: %1.</source>
        <translation>Lege rijen overgeslagen: %1.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Kolommen die niet ingelezen zijn: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n rij gelezen</numerusform>
            <numerusform>%n rijen gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n geldig</numerusform>
            <numerusform>%n geldig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ongeldig</numerusform>
            <numerusform>%n ongeldig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) left out</source>
        <translation>
            <numerusform>%n mogelijk dubbele weggelaten</numerusform>
            <numerusform>%n mogelijk dubbele weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are invalid and --on-error is stop. Correct the file and try again.</source>
        <translation>
            <numerusform>Er is niets ingelezen: %n rij klopt niet en --on-error is stop. Verbeter het bestand en probeer opnieuw.</numerusform>
            <numerusform>Er is niets ingelezen: %n rijen kloppen niet en --on-error is stop. Verbeter het bestand en probeer opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has no valid new learner.</source>
        <translation>Er is niets ingelezen: het bestand heeft geen geldige nieuwe cursist.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n learner(s) would be imported. Nothing was saved.</source>
        <translation>
            <numerusform>Proefdraai: %n cursist zou ingelezen worden. Er is niets bewaard.</numerusform>
            <numerusform>Proefdraai: %n cursisten zouden ingelezen worden. Er is niets bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported, in the phase referral.</source>
        <translation>
            <numerusform>%n cursist ingelezen, in de fase aanmelding.</numerusform>
            <numerusform>%n cursisten ingelezen, in de fase aanmelding.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the .ics file to write with --out, e.g. --out agenda.ics.</source>
        <translation>Geef met --out het .ics-bestand om te schrijven, bv. --out agenda.ics.</translation>
    </message>
    <message numerus="yes">
        <source>The agenda of learner %1 was written to %2: %n event(s).</source>
        <translation>
            <numerusform>De agenda van cursist %1 is geschreven naar %2: %n afspraak.</numerusform>
            <numerusform>De agenda van cursist %1 is geschreven naar %2: %n afspraken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The caseload list (%1 learners) was written to %2.</source>
        <translation>De caseloadlijst (%1 cursisten) is geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>Geef de naam van het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>You may not write %1.</source>
        <translation>Je mag %1 niet schrijven.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>%1 could not be written completely; the disk may be full. Nothing was changed.</source>
        <translation>%1 kon niet volledig geschreven worden; de schijf is misschien vol. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1 could not be saved; the disk may be full. Nothing was changed.</source>
        <translation>%1 kon niet bewaard worden; de schijf is misschien vol. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--generate needs the number of learners to make, from 1 to %1, e.g. --generate 10000.</source>
        <translation>--generate heeft het aantal cursisten nodig, van 1 tot %1, bv. --generate 10000.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already holds %n learner(s); a made-up caseload is only generated into a new database. Choose a new file with --db.</source>
        <translation>
            <numerusform>De databank %1 bevat al %n cursist; een verzonnen caseload komt alleen in een nieuwe databank. Kies een nieuw bestand met --db.</numerusform>
            <numerusform>De databank %1 bevat al %n cursisten; een verzonnen caseload komt alleen in een nieuwe databank. Kies een nieuw bestand met --db.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n learner(s) in %1 s into %2:</source>
        <translation>
            <numerusform>%n cursist gemaakt in %1 s in %2:</numerusform>
            <numerusform>%n cursisten gemaakt in %1 s in %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>placement days</source>
        <translation>werkplekleerdagen</translation>
    </message>
    <message>
        <source>barriers</source>
        <translation>drempels</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acties</translation>
    </message>
    <message>
        <source>contact moments</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>stages</translation>
    </message>
    <message>
        <source>phase changes</source>
        <translation>faseovergangen</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>inschrijvingen</translation>
    </message>
    <message>
        <source>module plans</source>
        <translation>moduleplannen</translation>
    </message>
    <message>
        <source>role assignments</source>
        <translation>rollen op de rollenkaart</translation>
    </message>
    <message>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisaties</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>contactpersonen</translation>
    </message>
</context>
<context>
    <name>GenerationRequest</name>
    <message>
        <source>Fill in the first day to plan.</source>
        <translation>Vul de eerste dag in om te plannen.</translation>
    </message>
    <message>
        <source>Fill in the last day to plan.</source>
        <translation>Vul de laatste dag in om te plannen.</translation>
    </message>
    <message>
        <source>The last day to plan lies before the first day.</source>
        <translation>De laatste dag om te plannen ligt voor de eerste dag.</translation>
    </message>
    <message>
        <source>Plan at most three years at once.</source>
        <translation>Plan hoogstens drie jaar in één keer.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Kies minstens één weekdag.</translation>
    </message>
    <message>
        <source>Childcare placements do not run in the weekend: choose at least one day from Monday to Friday.</source>
        <translation>Werkplekleren in de kinderopvang loopt niet in het weekend: kies minstens één dag van maandag tot vrijdag.</translation>
    </message>
    <message>
        <source>Hours per day must lie between 0 and 12.</source>
        <translation>Het aantal uren per dag moet tussen 0 en 12 liggen.</translation>
    </message>
    <message>
        <source>The number of days to plan cannot be negative.</source>
        <translation>Het aantal te plannen dagen kan niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year's Day</source>
        <translation>Nieuwjaar</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Paasmaandag</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Dag van de Arbeid</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>O.H. Hemelvaart</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Pinkstermaandag</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Nationale feestdag</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>O.L.V. Hemelvaart</translation>
    </message>
    <message>
        <source>All Saints' Day</source>
        <translation>Allerheiligen</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Wapenstilstand</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Kerstmis</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bij %2</translation>
    </message>
    <message>
        <source>Planned: %1 hours</source>
        <translation>Gepland: %1 uur</translation>
    </message>
    <message>
        <source>Aftercare appointment: %1</source>
        <translation>Afspraak nazorg: %1</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Afspraak: %1</translation>
    </message>
    <message>
        <source>My trajectory</source>
        <translation>Mijn traject</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>"%1": write the year with four digits, for example 25/03/1990.</source>
        <translation>"%1": schrijf het jaar met vier cijfers, bijvoorbeeld 25/03/1990.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as dd/mm/yyyy, for example 25/03/1990.</source>
        <translation>"%1" is geen datum: schrijf ze als dd/mm/jjjj, bijvoorbeeld 25/03/1990.</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>De datum %1 bestaat niet.</translation>
    </message>
    <message>
        <source>"%1": write ja or nee.</source>
        <translation>"%1": schrijf ja of nee.</translation>
    </message>
    <message>
        <source>"%1" is not one of the known values.</source>
        <translation>"%1" is geen van de gekende waarden.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of months.</source>
        <translation>"%1" is geen geheel aantal maanden.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>IntakeEffects</name>
    <message>
        <source>ESF+ %1: %2</source>
        <translation>ESF+ %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>This intake is already finished.</source>
        <translation>Deze intake is al afgerond.</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Dienst voor werk</translation>
    </message>
    <message>
        <source>Level of Dutch (NT2)</source>
        <translation>Niveau Nederlands (NT2)</translation>
    </message>
    <message>
        <source>Status or benefit</source>
        <translation>Statuut of uitkering</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Thuistaal</translation>
    </message>
    <message>
        <source>Choose the decision of the interview.</source>
        <translation>Kies de beslissing van het gesprek.</translation>
    </message>
    <message>
        <source>The phase stays "%1".</source>
        <translation>De fase blijft "%1".</translation>
    </message>
    <message>
        <source>Phase: %1 → %2 on %3</source>
        <translation>Fase: %1 → %2 op %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation>Beslissing: %1.</translation>
    </message>
    <message>
        <source>Logbook: "%1" on %2</source>
        <translation>Logboek: "%1" op %2</translation>
    </message>
    <message>
        <source>Logbook: "%1" on %2 with %3</source>
        <translation>Logboek: "%1" op %2 met %3</translation>
    </message>
</context>
<context>
    <name>IntakeRepository</name>
    <message>
        <source>Answer yes or no.</source>
        <translation>Antwoord ja of nee.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dit is geen geldige datum.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <source>Choose among the options.</source>
        <translation>Kies uit de mogelijkheden.</translation>
    </message>
    <message>
        <source>Version %1 of the intake template "%2" already exists with other questions. Give the new template a higher version number.</source>
        <translation>Versie %1 van het intakesjabloon "%2" bestaat al met andere vragen. Geef het nieuwe sjabloon een hoger versienummer.</translation>
    </message>
    <message>
        <source>No intake template has been loaded.</source>
        <translation>Er is nog geen intakesjabloon geladen.</translation>
    </message>
    <message>
        <source>This intake template does not exist (number %1).</source>
        <translation>Dit intakesjabloon bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>Fill in the date of the intake.</source>
        <translation>Vul de datum van de intake in.</translation>
    </message>
    <message>
        <source>An intake cannot be dated in the future.</source>
        <translation>Een intake kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This intake does not exist (number %1).</source>
        <translation>Deze intake bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>This intake is finished; its answers can no longer change.</source>
        <translation>Deze intake is afgerond; de antwoorden kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <source>The intake template has no question "%1".</source>
        <translation>Het intakesjabloon heeft geen vraag "%1".</translation>
    </message>
    <message>
        <source>Choose one of the listed reasons.</source>
        <translation>Kies een van de redenen uit de lijst.</translation>
    </message>
    <message>
        <source>This belongs to another learner than the intake.</source>
        <translation>Dit hoort bij een andere cursist dan de intake.</translation>
    </message>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>Deze cursist bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>The interview cannot lie before the start of the intake phase (%1).</source>
        <translation>Het gesprek kan niet vóór het begin van de intakefase liggen (%1).</translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (vervolg)</translation>
    </message>
    <message>
        <source>No support persons are written down.</source>
        <translation>Er zijn nog geen steunfiguren genoteerd.</translation>
    </message>
    <message>
        <source>%1, done on %2</source>
        <translation>%1, gedaan op %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, tegen %2</translation>
    </message>
    <message>
        <source>No barriers were ticked in this interview.</source>
        <translation>In dit gesprek werden geen drempels aangevinkt.</translation>
    </message>
    <message>
        <source>No action agreed yet.</source>
        <translation>Nog geen actie afgesproken.</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>What we do about it</source>
        <translation>Wat we eraan doen</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslissing:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>No decision has been taken yet.</source>
        <translation>Er is nog geen beslissing genomen.</translation>
    </message>
    <message>
        <source>This intake is not finished yet: what is written here can still change.</source>
        <translation>Deze intake is nog niet afgerond: wat hier staat, kan nog veranderen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>The SPOC</source>
        <translation>De SPOC</translation>
    </message>
    <message>
        <source>The SPOC, %1</source>
        <translation>De SPOC, %1</translation>
    </message>
    <message>
        <source>The candidate, %1</source>
        <translation>De kandidaat, %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · versie %2</translation>
    </message>
    <message>
        <source>born on %1</source>
        <translation>geboren op %1</translation>
    </message>
    <message>
        <source>finished on %1</source>
        <translation>afgerond op %1</translation>
    </message>
    <message>
        <source>not finished yet</source>
        <translation>nog niet afgerond</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidaat:</translation>
    </message>
    <message>
        <source>Date of the interview:</source>
        <translation>Datum van het gesprek:</translation>
    </message>
    <message>
        <source>SPOC:</source>
        <translation>SPOC:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>An intake summary can be printed in Dutch (nl) or English (en).</source>
        <translation>Een intakeverslag kan in het Nederlands (nl) of het Engels (en) afgedrukt worden.</translation>
    </message>
    <message>
        <source>Intake interview of %1</source>
        <translation>Intakegesprek van %1</translation>
    </message>
    <message>
        <source>Intake interview of %1 · %2</source>
        <translation>Intakegesprek van %1 · %2</translation>
    </message>
</context>
<context>
    <name>IntakeTemplate</name>
    <message>
        <source>A question in section "%1" has no key.</source>
        <translation>Een vraag in deel "%1" heeft geen sleutel.</translation>
    </message>
    <message>
        <source>The question "%1" has an unknown type "%2".</source>
        <translation>De vraag "%1" heeft een onbekend type "%2".</translation>
    </message>
    <message>
        <source>The question "%1" has no Dutch text.</source>
        <translation>De vraag "%1" heeft geen Nederlandse tekst.</translation>
    </message>
    <message>
        <source>The question "%1" fills in an unknown field "%2" of the file.</source>
        <translation>De vraag "%1" vult een onbekend veld "%2" van het dossier in.</translation>
    </message>
    <message>
        <source>The question "%1" has the wrong type for the field it fills in.</source>
        <translation>De vraag "%1" heeft het verkeerde type voor het veld dat ze invult.</translation>
    </message>
    <message>
        <source>An option of the question "%1" has an empty, repeated or invalid code.</source>
        <translation>Een keuze van de vraag "%1" heeft een lege, dubbele of ongeldige code.</translation>
    </message>
    <message>
        <source>The question "%1" has no options to choose from.</source>
        <translation>De vraag "%1" heeft geen keuzes.</translation>
    </message>
    <message>
        <source>The question "%1" has options but is not a choice.</source>
        <translation>De vraag "%1" heeft keuzes maar is geen keuzevraag.</translation>
    </message>
    <message>
        <source>This is not an intake template: the file is not valid JSON (%1 at position %2).</source>
        <translation>Dit is geen intakesjabloon: het bestand is geen geldige JSON (%1 op positie %2).</translation>
    </message>
    <message>
        <source>The intake template has no name.</source>
        <translation>Het intakesjabloon heeft geen naam.</translation>
    </message>
    <message>
        <source>The intake template has no version number (1 or higher).</source>
        <translation>Het intakesjabloon heeft geen versienummer (1 of hoger).</translation>
    </message>
    <message>
        <source>The intake template has no Dutch title.</source>
        <translation>Het intakesjabloon heeft geen Nederlandse titel.</translation>
    </message>
    <message>
        <source>A section of the intake template has an empty or repeated key.</source>
        <translation>Een deel van het intakesjabloon heeft een lege of dubbele sleutel.</translation>
    </message>
    <message>
        <source>The section "%1" has no Dutch title.</source>
        <translation>Het deel "%1" heeft geen Nederlandse titel.</translation>
    </message>
    <message>
        <source>The section "%1" has an unknown kind "%2".</source>
        <translation>Het deel "%1" heeft een onbekende soort "%2".</translation>
    </message>
    <message>
        <source>The section "%1" repeats a part that can occur only once.</source>
        <translation>Het deel "%1" herhaalt een onderdeel dat maar één keer mag voorkomen.</translation>
    </message>
    <message>
        <source>The question key "%1" occurs twice.</source>
        <translation>De vraagsleutel "%1" komt twee keer voor.</translation>
    </message>
    <message>
        <source>The section "%1" has no questions.</source>
        <translation>Het deel "%1" heeft geen vragen.</translation>
    </message>
    <message>
        <source>The intake template has no decision section.</source>
        <translation>Het intakesjabloon heeft geen deel voor de beslissing.</translation>
    </message>
    <message>
        <source>The question "%1" makes a barrier of an unknown category "%2" (1 to 10).</source>
        <translation>De vraag "%1" maakt een drempel van een onbekende categorie "%2" (1 tot 10).</translation>
    </message>
    <message>
        <source>The question "%1" cannot become a barrier: only a written answer can.</source>
        <translation>Van de vraag "%1" kan geen drempel komen: dat kan alleen van een geschreven antwoord.</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1: het bestand %2 bestaat niet.</translation>
    </message>
    <message>
        <source>%1: %2 is a folder, not a file.</source>
        <translation>%1: %2 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>%1: the file %2 cannot be read (%3).</source>
        <translation>%1: het bestand %2 kan niet gelezen worden (%3).</translation>
    </message>
    <message>
        <source>%1: the first line of %2 is empty. Put %3 on the first line.</source>
        <translation>%1: de eerste regel van %2 is leeg. Zet %3 op de eerste regel.</translation>
    </message>
    <message>
        <source>Note: other users of this computer can read %1. Make it readable by you alone (chmod 600), and delete it when it is no longer needed.</source>
        <translation>Let op: andere gebruikers van deze computer kunnen %1 lezen. Maak het alleen voor jou leesbaar (chmod 600) en wis het als je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>de wachtzin</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>de herstelsleutel</translation>
    </message>
    <message>
        <source>the new passphrase</source>
        <translation>de nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>Wachtzin van %1: </translation>
    </message>
    <message>
        <source>No passphrase was typed; nothing was changed.</source>
        <translation>Er is geen wachtzin getypt; er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Give its passphrase with --passphrase-file, or its recovery key with --recovery-key-file.</source>
        <translation>De databank %1 is versleuteld. Geef haar wachtzin met --passphrase-file, of haar herstelsleutel met --recovery-key-file.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The recovery sheet could not be written: %1 The new recovery key is kept nowhere: make a recovery sheet again with --recovery-sheet.</source>
        <translation>Het herstelblad kon niet geschreven worden: %1 De nieuwe herstelsleutel is nergens bewaard: maak opnieuw een herstelblad met --recovery-sheet.</translation>
    </message>
    <message>
        <source>Recovery sheet written to %1. Print it, keep it in the safe of the organisation, and delete the file.</source>
        <translation>Herstelblad geschreven naar %1. Druk het af, bewaar het in de kluis van de organisatie en wis het bestand.</translation>
    </message>
    <message>
        <source>Note: a new recovery key was made, but no recovery sheet was asked for. Make one now with --recovery-sheet (this makes a new key): without the passphrase and the recovery sheet nobody can open the data.</source>
        <translation>Let op: er is een nieuwe herstelsleutel gemaakt, maar er is geen herstelblad gevraagd. Maak er nu een met --recovery-sheet (dat maakt een nieuwe sleutel): zonder de wachtzin en het herstelblad kan niemand de gegevens openen.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted now.</source>
        <translation>De databank %1 is nu versleuteld.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in its backups folder are encrypted too.</source>
        <translation>
            <numerusform>%n back-up in haar map backups is ook versleuteld.</numerusform>
            <numerusform>%n back-ups in haar map backups zijn ook versleuteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not encrypted: %1</source>
        <translation>Niet versleuteld: %1</translation>
    </message>
    <message>
        <source>Copies elsewhere (a USB stick, an e-mail, a cloud folder) stay unencrypted: delete them. On an SSD, remnants of the unencrypted file can stay on the disk until it is overwritten.</source>
        <translation>Kopieën op een andere plaats (een USB-stick, een e-mail, een cloudmap) blijven onversleuteld: wis ze. Op een SSD kunnen resten van het onversleutelde bestand op de schijf blijven tot ze overschreven worden.</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted: there is nothing to unlock or change. Encrypt it with --encrypt and --passphrase-file.</source>
        <translation>De databank %1 is niet versleuteld: er is niets te ontgrendelen of te veranderen. Versleutel ze met --encrypt en --passphrase-file.</translation>
    </message>
    <message>
        <source>--recovery-key-file opens an existing encrypted database; %1 does not exist.</source>
        <translation>--recovery-key-file opent een bestaande versleutelde databank; %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>De map %1 kan niet gemaakt worden.</translation>
    </message>
    <message>
        <source>The new database %1 is encrypted with the passphrase of %2.</source>
        <translation>De nieuwe databank %1 is versleuteld met de wachtzin uit %2.</translation>
    </message>
    <message>
        <source>The database %1 does not exist yet. Give --passphrase-file to make it encrypted.</source>
        <translation>De databank %1 bestaat nog niet. Geef --passphrase-file om ze versleuteld te maken.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed; the backups in its backups folder open with the new passphrase too. Copies elsewhere keep the old one.</source>
        <translation>De wachtzin van %1 is veranderd; de back-ups in haar map backups openen ook met de nieuwe wachtzin. Kopieën op een andere plaats houden de oude.</translation>
    </message>
    <message>
        <source>A new recovery key was made: the previous recovery sheet no longer opens %1 nor the backups in its backups folder.</source>
        <translation>Er is een nieuwe herstelsleutel gemaakt: het vorige herstelblad opent %1 en de back-ups in haar map backups niet meer.</translation>
    </message>
    <message>
        <source>The key file of %1 was missing; it is put back from %2.</source>
        <translation>Het sleutelbestand van %1 ontbrak; het is teruggezet uit %2.</translation>
    </message>
</context>
<context>
    <name>Learner</name>
    <message>
        <source>A VDAB client number has only digits (at most 12), as VDAB gives it.</source>
        <translation>Een VDAB-klantnummer heeft alleen cijfers (hoogstens 12), zoals VDAB het geeft.</translation>
    </message>
    <message>
        <source>Fill in the first name.</source>
        <translation>Vul de voornaam in.</translation>
    </message>
    <message>
        <source>Fill in the last name.</source>
        <translation>Vul de familienaam in.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>According to this birth date the learner is %1: too young for this trajectory.</source>
        <translation>Volgens deze geboortedatum is de cursist %1 jaar: te jong voor dit traject.</translation>
    </message>
    <message>
        <source>According to this birth date the learner is %1: please check the date.</source>
        <translation>Volgens deze geboortedatum is de cursist %1 jaar: controleer de datum.</translation>
    </message>
    <message>
        <source>This phone number is not valid: use digits (at least 9), spaces and an optional +.</source>
        <translation>Dit telefoonnummer is niet geldig: gebruik cijfers (minstens 9), spaties en eventueel een +.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid (example: naam@voorbeeld.be).</source>
        <translation>Dit e-mailadres is niet geldig (voorbeeld: naam@voorbeeld.be).</translation>
    </message>
    <message>
        <source>A Belgian postal code has four digits, for example 8000.</source>
        <translation>Een Belgische postcode heeft vier cijfers, bijvoorbeeld 8000.</translation>
    </message>
    <message>
        <source>The national register number belongs to someone born on %1, not on %2.</source>
        <translation>Het rijksregisternummer hoort bij iemand die geboren is op %1, niet op %2.</translation>
    </message>
    <message>
        <source>The number of months unemployed must lie between 0 and 600.</source>
        <translation>Het aantal maanden werkloos moet tussen 0 en 600 liggen.</translation>
    </message>
    <message>
        <source>A child's birth year must lie between 1950 and this year.</source>
        <translation>Het geboortejaar van een kind moet tussen 1950 en dit jaar liggen.</translation>
    </message>
    <message>
        <source>Name the foreign diploma whose recognition is tracked.</source>
        <translation>Vermeld het buitenlandse diploma waarvan de gelijkwaardigheid opgevolgd wordt.</translation>
    </message>
    <message>
        <source>The start of the current phase lies in the future.</source>
        <translation>De start van de huidige fase ligt in de toekomst.</translation>
    </message>
</context>
<context>
    <name>LearnerExport</name>
    <message>
        <source>Learner</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Phase changes</source>
        <translation>Faseovergangen</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Rollenkaart</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Modules in the plan</source>
        <translation>Modules in het plan</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>Workplace learning days</source>
        <translation>Dagen werkplekleren</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>What the barriers block</source>
        <translation>Wat de drempels tegenhouden</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Outflow</source>
        <translation>Uitstroom</translation>
    </message>
    <message>
        <source>Trajectory plans kept</source>
        <translation>Bewaarde trajectplannen</translation>
    </message>
    <message>
        <source>Intake interviews</source>
        <translation>Intakegesprekken</translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation>Antwoorden van de intake</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>Steunfiguren</translation>
    </message>
    <message>
        <source>There is no learner with number %1.</source>
        <translation>Er is geen cursist met nummer %1.</translation>
    </message>
    <message>
        <source>Everything stored about %1</source>
        <translation>Alles wat over %1 bewaard wordt</translation>
    </message>
    <message>
        <source>Learner number %1, exported on %2.</source>
        <translation>Cursist nummer %1, geëxporteerd op %2.</translation>
    </message>
    <message numerus="yes">
        <source>(document of %n byte(s), in the JSON file)</source>
        <translation>
            <numerusform>(document van %n byte, in het JSON-bestand)</numerusform>
            <numerusform>(document van %n bytes, in het JSON-bestand)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Gegevens van %1</translation>
    </message>
    <message>
        <source>Data of %1 · %2</source>
        <translation>Gegevens van %1 · %2</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
</context>
<context>
    <name>LearnerImport</name>
    <message>
        <source>(do not import)</source>
        <translation>(niet inlezen)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Thuistaal</translation>
    </message>
    <message>
        <source>NT2 level</source>
        <translation>NT2-niveau</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Opleidingsniveau</translation>
    </message>
    <message>
        <source>Foreign diploma</source>
        <translation>Buitenlands diploma</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migratieachtergrond</translation>
    </message>
    <message>
        <source>Status before the start</source>
        <translation>Status voor de start</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>Maanden werkzoekend</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Arbeidsbemiddeling</translation>
    </message>
    <message>
        <source>Statute or benefit</source>
        <translation>Statuut of uitkering</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Has a laptop</source>
        <translation>Heeft een laptop</translation>
    </message>
    <message>
        <source>Has internet</source>
        <translation>Heeft internet</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Toegeleid door</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>The columns "%1" and "%2" are both read as "%3". Choose one of them.</source>
        <translation>De kolommen "%1" en "%2" worden allebei ingelezen als "%3". Kies er één.</translation>
    </message>
    <message>
        <source>The file has no column "%1". Name a column so in the header row, or choose it in the mapping. Nothing was imported.</source>
        <translation>Het bestand heeft geen kolom "%1". Geef een kolom die naam in de eerste rij, of kies ze bij het koppelen van de kolommen. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>This row has more cells than the header row has column names.</source>
        <translation>Deze rij heeft meer cellen dan er kolomnamen in de eerste rij staan.</translation>
    </message>
    <message>
        <source>Possible duplicate: learner %1 has the same national register number.</source>
        <translation>Misschien dubbel: cursist %1 heeft hetzelfde rijksregisternummer.</translation>
    </message>
    <message>
        <source>Possible duplicate: row %1 has the same national register number.</source>
        <translation>Misschien dubbel: rij %1 heeft hetzelfde rijksregisternummer.</translation>
    </message>
    <message>
        <source>Possible duplicate: learner %1 has the same name and birth date.</source>
        <translation>Misschien dubbel: cursist %1 heeft dezelfde naam en geboortedatum.</translation>
    </message>
    <message>
        <source>Possible duplicate: row %1 has the same name and birth date.</source>
        <translation>Misschien dubbel: rij %1 heeft dezelfde naam en geboortedatum.</translation>
    </message>
    <message>
        <source>Row %1 could not be stored, so nothing was imported: %2</source>
        <translation>Rij %1 kon niet bewaard worden, dus er is niets ingelezen: %2</translation>
    </message>
</context>
<context>
    <name>LearnerRepository</name>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>Deze cursist bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>A new learner starts in a phase of the trajectory, not paused or stopped.</source>
        <translation>Een nieuwe cursist start in een fase van het traject, niet in pauze of stopgezet.</translation>
    </message>
    <message>
        <source>The learner no longer exists.</source>
        <translation>De cursist bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is no phase change to take back.</source>
        <translation>Er is geen faseovergang om terug te draaien.</translation>
    </message>
    <message>
        <source>The latest phase change does not match the learner's phase.</source>
        <translation>De laatste faseovergang past niet bij de fase van de cursist.</translation>
    </message>
    <message>
        <source>The learners could not be saved.</source>
        <translation>De cursisten konden niet bewaard worden.</translation>
    </message>
</context>
<context>
    <name>LearnerTimelineBuilder</name>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>%1, semester %2</source>
        <translation>%1, semester %2</translation>
    </message>
    <message>
        <source>2-year limit</source>
        <translation>Grens van 2 jaar</translation>
    </message>
    <message>
        <source>%1 of %2 days worked</source>
        <translation>%1 van %2 dagen gewerkt</translation>
    </message>
    <message>
        <source>%1 hours planned</source>
        <translation>%1 uur gepland</translation>
    </message>
    <message>
        <source>, %1 worked</source>
        <translation>, %1 gewerkt</translation>
    </message>
    <message numerus="yes">
        <source>Aftercare (%n months)</source>
        <translation>
            <numerusform>Nazorg (%n maand)</numerusform>
            <numerusform>Nazorg (%n maanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Aftercare window (3 to 6 months)</source>
        <translation>Periode voor nazorg (3 tot 6 maanden)</translation>
    </message>
    <message>
        <source>At least until %1</source>
        <translation>Minstens tot %1</translation>
    </message>
</context>
<context>
    <name>LogbookRepository</name>
    <message>
        <source>The learner no longer exists.</source>
        <translation>De cursist bestaat niet meer.</translation>
    </message>
    <message>
        <source>This contact moment does not exist (number %1).</source>
        <translation>Dit contactmoment bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Trajectplanner</source>
        <translation>Trajectplanner</translation>
    </message>
    <message>
        <source>The old demo database %1 cannot be removed.</source>
        <translation>De oude demodatabank %1 kan niet verwijderd worden.</translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %n learner(s).</source>
        <translation>
            <numerusform>Databank %1: %n cursist.</numerusform>
            <numerusform>Databank %1: %n cursisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data added: %n learner(s).</source>
        <translation>
            <numerusform>Demogegevens toegevoegd: %n cursist.</numerusform>
            <numerusform>Demogegevens toegevoegd: %n cursisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De databank %1 bestaat niet.</translation>
    </message>
    <message>
        <source>No backup could be made while opening: %1</source>
        <translation>Bij het openen kon geen back-up gemaakt worden: %1</translation>
    </message>
</context>
<context>
    <name>NationalNumber</name>
    <message>
        <source>A national register number contains only digits.</source>
        <translation>Een rijksregisternummer bevat alleen cijfers.</translation>
    </message>
    <message>
        <source>A national register number has 11 digits; this one has %1.</source>
        <translation>Een rijksregisternummer heeft 11 cijfers; dit nummer heeft er %1.</translation>
    </message>
    <message>
        <source>This national register number is not valid: the check digits do not match.</source>
        <translation>Dit rijksregisternummer is niet geldig: het controlegetal klopt niet.</translation>
    </message>
    <message>
        <source>This national register number is not valid: the sequence number is out of range.</source>
        <translation>Dit rijksregisternummer is niet geldig: het volgnummer is onmogelijk.</translation>
    </message>
    <message>
        <source>This national register number is not valid: it contains no real birth date.</source>
        <translation>Dit rijksregisternummer is niet geldig: het bevat geen echte geboortedatum.</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Fill in the name of the organisation.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <source>Choose group care or family care for a childcare site.</source>
        <translation>Kies groepsopvang of gezinsopvang voor een opvanglocatie.</translation>
    </message>
    <message>
        <source>Only a childcare site has a type of care.</source>
        <translation>Alleen een opvanglocatie heeft een soort opvang.</translation>
    </message>
    <message>
        <source>An organisation cannot belong to itself.</source>
        <translation>Een organisatie kan niet bij zichzelf horen.</translation>
    </message>
    <message>
        <source>This phone number is not valid.</source>
        <translation>Dit telefoonnummer is niet geldig.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Dit e-mailadres is niet geldig.</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>An organisation cannot belong to one of its own sites.</source>
        <translation>Een organisatie kan niet bij een van haar eigen locaties horen.</translation>
    </message>
    <message>
        <source>The organisation it belongs to no longer exists.</source>
        <translation>De organisatie waartoe ze hoort, bestaat niet meer.</translation>
    </message>
    <message>
        <source>This organisation does not exist (number %1).</source>
        <translation>Deze organisatie bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>The person's organisation no longer exists.</source>
        <translation>De organisatie van deze persoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>This person is still on the role card of a learner; remove them there first.</source>
        <translation>Deze persoon staat nog op de rollenkaart van een cursist; verwijder hem of haar daar eerst.</translation>
    </message>
    <message>
        <source>This contact person does not exist (number %1).</source>
        <translation>Deze contactpersoon bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Fill in the date of the outcome.</source>
        <translation>Vul de datum van de uitstroom in.</translation>
    </message>
    <message>
        <source>The outcome date lies more than a year ahead.</source>
        <translation>De datum van de uitstroom ligt meer dan een jaar in de toekomst.</translation>
    </message>
    <message>
        <source>Name the employer.</source>
        <translation>Vermeld de werkgever.</translation>
    </message>
    <message>
        <source>Hours per week must lie between 1 and 60.</source>
        <translation>Het aantal uren per week moet tussen 1 en 60 liggen.</translation>
    </message>
    <message>
        <source>Another regime is told by its hours: type the hours per week.</source>
        <translation>Voor een ander regime zijn de uren nodig: typ de uren per week.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>ESF+: ask the situation on leaving</source>
        <translation>ESF+: situatie bij het verlaten vragen</translation>
    </message>
    <message>
        <source>ESF+: ask the situation six months after leaving</source>
        <translation>ESF+: situatie zes maanden na het verlaten vragen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Lasting</source>
        <translation>Blijvend</translation>
    </message>
    <message>
        <source>The overview could not be read.</source>
        <translation>Het overzicht kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Geen reden ingevuld</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Started training</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Gekwalificeerd</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Tewerkgesteld</translation>
    </message>
    <message>
        <source>0–25 %</source>
        <translation>0–25 %</translation>
    </message>
    <message>
        <source>25–50 %</source>
        <translation>25–50 %</translation>
    </message>
    <message>
        <source>50–75 %</source>
        <translation>50–75 %</translation>
    </message>
    <message>
        <source>75–100 %</source>
        <translation>75–100 %</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Doel bereikt</translation>
    </message>
    <message>
        <source>Choose a period whose first day lies before its last day.</source>
        <translation>Kies een periode waarvan de eerste dag voor de laatste dag ligt.</translation>
    </message>
</context>
<context>
    <name>OverviewPdf</name>
    <message>
        <source>Overview of %1</source>
        <translation>Overzicht van %1</translation>
    </message>
    <message>
        <source>This week (%1 – %2)</source>
        <translation>Deze week (%1 – %2)</translation>
    </message>
    <message>
        <source>Workplace learning days</source>
        <translation>Dagen werkplekleren</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>No workplace learning days this week.</source>
        <translation>Deze week geen dagen werkplekleren.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No appointments this week.</source>
        <translation>Deze week geen afspraken.</translation>
    </message>
    <message>
        <source>Actions due or overdue</source>
        <translation>Acties die nu moeten of te laat zijn</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>No actions due this week.</source>
        <translation>Deze week geen acties.</translation>
    </message>
    <message numerus="yes">
        <source>No contact for more than %n days</source>
        <translation>
            <numerusform>Meer dan %n dag geen contact</numerusform>
            <numerusform>Meer dan %n dagen geen contact</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Every learner was contacted recently.</source>
        <translation>Met elke cursist was er onlangs contact.</translation>
    </message>
    <message>
        <source>Funnel from %1 to %2</source>
        <translation>Trechter van %1 tot %2</translation>
    </message>
    <message>
        <source>Did not enter: %1.</source>
        <translation>Niet ingestapt: %1.</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Gestopt: %1.</translation>
    </message>
    <message>
        <source>Barriers by category</source>
        <translation>Drempels per soort</translation>
    </message>
    <message>
        <source>Workplace learning progress</source>
        <translation>Voortgang werkplekleren</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) in workplace learning: days done of the target.</source>
        <translation>
            <numerusform>%n cursist in werkplekleren: gewerkte dagen van het doel.</numerusform>
            <numerusform>%n cursisten in werkplekleren: gewerkte dagen van het doel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days done</source>
        <translation>Gewerkte dagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Nobody is in workplace learning.</source>
        <translation>Niemand is aan het werkplekleren.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The document could not be started on this printer or file.</source>
        <translation>Het document kon niet starten op deze printer of in dit bestand.</translation>
    </message>
    <message>
        <source>The next page could not be started.</source>
        <translation>De volgende pagina kon niet starten.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>Your SPOC: your first contact for everything</source>
        <translation>Je SPOC: je eerste aanspreekpunt voor alles</translation>
    </message>
    <message>
        <source>Your buddy: helps you find your way</source>
        <translation>Je buddy: helpt je je weg te vinden</translation>
    </message>
    <message>
        <source>Your job coach: helps you at work</source>
        <translation>Je jobcoach: helpt je op het werk</translation>
    </message>
    <message>
        <source>Your teacher</source>
        <translation>Je leerkracht</translation>
    </message>
    <message>
        <source>Follows your workplace learning for the school</source>
        <translation>Volgt je werkplekleren op voor de school</translation>
    </message>
    <message>
        <source>Your mentor at the workplace</source>
        <translation>Je mentor op de werkplek</translation>
    </message>
    <message>
        <source>Manager of the childcare site</source>
        <translation>Verantwoordelijke van de kinderopvang</translation>
    </message>
    <message>
        <source>Helps you with Dutch</source>
        <translation>Helpt je met Nederlands</translation>
    </message>
    <message>
        <source>Helps you to study</source>
        <translation>Helpt je met leren</translation>
    </message>
    <message>
        <source>Your consultant at VDAB</source>
        <translation>Je consulent bij VDAB</translation>
    </message>
    <message>
        <source>Sent you to this trajectory</source>
        <translation>Heeft je naar dit traject gestuurd</translation>
    </message>
    <message>
        <source>Your trajectory coach</source>
        <translation>Je trajectbegeleider</translation>
    </message>
    <message>
        <source>Helps you find work after the training</source>
        <translation>Helpt je werk te vinden na de opleiding</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Uiterlijk: %1</translation>
    </message>
    <message>
        <source>No helpers are written down yet.</source>
        <translation>Er zijn nog geen helpers genoteerd.</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat doet die persoon?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>You are not enrolled in a training yet.</source>
        <translation>Je bent nog niet ingeschreven voor een opleiding.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Van %1 tot %2.</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>No workplace learning is planned yet.</source>
        <translation>Er is nog geen werkplekleren gepland.</translation>
    </message>
    <message>
        <source>Your mentor: %1</source>
        <translation>Je mentor: %1</translation>
    </message>
    <message>
        <source>Worked: %1 of %2 days, %3 of %4 hours.</source>
        <translation>Gewerkt: %1 van %2 dagen, %3 van %4 uren.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Gewerkt</translation>
    </message>
    <message>
        <source>Nothing stands in your way at the moment.</source>
        <translation>Op dit moment staat er niets in je weg.</translation>
    </message>
    <message>
        <source>We still agree on what to do.</source>
        <translation>We spreken nog af wat we doen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>No appointments are planned yet.</source>
        <translation>Er zijn nog geen afspraken gepland.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>We agree on this plan.</source>
        <translation>We gaan akkoord met dit plan.</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>De mentor</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>De cursist</translation>
    </message>
    <message>
        <source>The SPOC</source>
        <translation>De SPOC</translation>
    </message>
    <message>
        <source>The SPOC, %1</source>
        <translation>De SPOC, %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
    <message>
        <source>My personal plan</source>
        <translation>Mijn trajectplan</translation>
    </message>
    <message>
        <source>For %1, on %2.</source>
        <translation>Voor %1, op %2.</translation>
    </message>
    <message>
        <source>Your SPOC: %1.</source>
        <translation>Je SPOC: %1.</translation>
    </message>
    <message>
        <source>Your SPOC: %1, phone %2.</source>
        <translation>Je SPOC: %1, telefoon %2.</translation>
    </message>
    <message>
        <source>This is your plan. It shows what you do, who helps you and what comes next. Keep it with you.</source>
        <translation>Dit is jouw plan. Je leest wat je doet, wie je helpt en wat er nu komt. Hou het bij je.</translation>
    </message>
    <message>
        <source>For the workplace: the schedule of the workplace learning and the people to contact.</source>
        <translation>Voor de werkplek: de planning van het werkplekleren en wie je kan contacteren.</translation>
    </message>
    <message>
        <source>Personal plan of %1</source>
        <translation>Trajectplan van %1</translation>
    </message>
    <message>
        <source>Personal plan of %1 · %2 · version %3</source>
        <translation>Trajectplan van %1 · %2 · versie %3</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>Cursist: %1</translation>
    </message>
    <message>
        <source>Workplace: %1</source>
        <translation>Werkplek: %1</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periode: %1 tot %2</translation>
    </message>
    <message>
        <source>Mentor: fill in the hours worked on each day and sign. Give the sheet back to the SPOC at the end of the period.</source>
        <translation>Mentor: vul elke dag de gewerkte uren in en teken. Geef de lijst aan het einde van de periode terug aan de SPOC.</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Geplande uren</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Gewerkte uren</translation>
    </message>
    <message>
        <source>Signature mentor</source>
        <translation>Handtekening mentor</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Attendance sheet of %1</source>
        <translation>Aanwezigheidslijst van %1</translation>
    </message>
    <message>
        <source>Attendance sheet of %1 · %2 · version %3</source>
        <translation>Aanwezigheidslijst van %1 · %2 · versie %3</translation>
    </message>
    <message>
        <source>Shared with %1 with the consent of %2 of %3, which covers: %4.</source>
        <translation>Gedeeld met %1 met de toestemming van %2 van %3, voor: %4.</translation>
    </message>
    <message>
        <source>A plan for a partner shows only what the learner agreed to share, and no consent for a partner holds today (Profile tab).</source>
        <translation>Een plan voor een partner toont alleen wat de cursist wil delen, en vandaag geldt geen toestemming voor een partner (tabblad Profiel).</translation>
    </message>
    <message>
        <source>This consent (number %1) does not hold today for this learner, or is the workplace's.</source>
        <translation>Deze toestemming (nummer %1) geldt vandaag niet voor deze cursist, of is die van de werkplek.</translation>
    </message>
    <message>
        <source>The consent for %1 does not cover "%2".</source>
        <translation>De toestemming voor %1 geldt niet voor "%2".</translation>
    </message>
    <message>
        <source>The consent for %1 does not cover the sensitive barriers.</source>
        <translation>De toestemming voor %1 geldt niet voor de gevoelige drempels.</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefoon en e-mail</translation>
    </message>
    <message>
        <source>SPOC: %1</source>
        <translation>SPOC: %1</translation>
    </message>
    <message>
        <source>The trajectory of %1</source>
        <translation>Het traject van %1</translation>
    </message>
    <message>
        <source>Who helps %1?</source>
        <translation>Wie helpt %1?</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>%1 is not enrolled in a training yet.</source>
        <translation>%1 is nog niet ingeschreven voor een opleiding.</translation>
    </message>
    <message>
        <source>Nothing stands in %1's way at the moment.</source>
        <translation>Op dit moment staat er niets in de weg voor %1.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Gemaakt op %1.</translation>
    </message>
    <message>
        <source>SPOC: %1.</source>
        <translation>SPOC: %1.</translation>
    </message>
    <message>
        <source>SPOC: %1, phone %2.</source>
        <translation>SPOC: %1, telefoon %2.</translation>
    </message>
    <message>
        <source>For the workplace: the schedule of the workplace learning of %1 and who to contact.</source>
        <translation>Voor de werkplek: de planning van het werkplekleren van %1 en wie je kan contacteren.</translation>
    </message>
    <message>
        <source>SPOC: first contact</source>
        <translation>SPOC: eerste aanspreekpunt</translation>
    </message>
    <message>
        <source>What comes now?</source>
        <translation>Wat komt er nu?</translation>
    </message>
    <message>
        <source>The next four weeks</source>
        <translation>De komende vier weken</translation>
    </message>
    <message>
        <source>Nothing is planned for the next four weeks.</source>
        <translation>In de komende vier weken is er niets gepland.</translation>
    </message>
    <message>
        <source>You work at %1.</source>
        <translation>Je werkt bij %1.</translation>
    </message>
    <message>
        <source>%1 works at %2.</source>
        <translation>%1 werkt bij %2.</translation>
    </message>
    <message>
        <source>%1 hours a day.</source>
        <translation>%1 uur per dag.</translation>
    </message>
    <message>
        <source>%1 hours in all.</source>
        <translation>%1 uur in totaal.</translation>
    </message>
    <message>
        <source>Appointment: %1.</source>
        <translation>Afspraak: %1.</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2.</source>
        <translation>Afspraak: %1 met %2.</translation>
    </message>
    <message>
        <source>You do this: %1</source>
        <translation>Dit doe jij: %1</translation>
    </message>
    <message>
        <source>You do this with %1: %2</source>
        <translation>Dit doe je met %1: %2</translation>
    </message>
    <message>
        <source>%1 does this: %2</source>
        <translation>Dit doet %1: %2</translation>
    </message>
    <message>
        <source>(not done yet)</source>
        <translation>(nog niet gedaan)</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Waar sta ik?</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Waar staat %1 nu?</translation>
    </message>
    <message>
        <source>You are in this phase now: %1.</source>
        <translation>Je bent nu in deze fase: %1.</translation>
    </message>
    <message>
        <source>%1 is in this phase now: %2.</source>
        <translation>%1 is nu in deze fase: %2.</translation>
    </message>
    <message>
        <source>Too short for the picture: %1.</source>
        <translation>Te kort voor de tekening: %1.</translation>
    </message>
    <message>
        <source>You have passed %1 of the %2 modules.</source>
        <translation>Je hebt %1 van de %2 modules gehaald.</translation>
    </message>
    <message>
        <source>%1 has passed %2 of the %3 modules.</source>
        <translation>%1 heeft %2 van de %3 modules gehaald.</translation>
    </message>
    <message>
        <source>Your training ends on %1.</source>
        <translation>Je opleiding stopt op %1.</translation>
    </message>
    <message>
        <source>The training ends on %1.</source>
        <translation>De opleiding stopt op %1.</translation>
    </message>
    <message>
        <source>Your training ended on %1.</source>
        <translation>Je opleiding stopte op %1.</translation>
    </message>
    <message>
        <source>The training ended on %1.</source>
        <translation>De opleiding stopte op %1.</translation>
    </message>
    <message>
        <source>You have worked %1 of the %2 days.</source>
        <translation>Je hebt %1 van de %2 dagen gewerkt.</translation>
    </message>
    <message>
        <source>%1 has worked %2 of the %3 days.</source>
        <translation>%1 heeft %2 van de %3 dagen gewerkt.</translation>
    </message>
    <message numerus="yes">
        <source>You have worked %n day(s).</source>
        <translation>
            <numerusform>Je hebt %n dag gewerkt.</numerusform>
            <numerusform>Je hebt %n dagen gewerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has worked %n day(s).</source>
        <translation>
            <numerusform>%1 heeft %n dag gewerkt.</numerusform>
            <numerusform>%1 heeft %n dagen gewerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your aftercare lasts until %1.</source>
        <translation>Je nazorg loopt tot %1.</translation>
    </message>
    <message>
        <source>The aftercare lasts until %1.</source>
        <translation>De nazorg loopt tot %1.</translation>
    </message>
    <message>
        <source>After the training comes aftercare, until %1.</source>
        <translation>Na de opleiding volgt nazorg, tot %1.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Volgende stap: %1</translation>
    </message>
    <message>
        <source>Who: %1. When: %2.</source>
        <translation>Wie: %1. Wanneer: %2.</translation>
    </message>
    <message>
        <source>Who: %1.</source>
        <translation>Wie: %1.</translation>
    </message>
    <message>
        <source>Appendix: all modules and days</source>
        <translation>Bijlage: alle modules en dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n more module(s)</source>
        <translation>
            <numerusform>nog %n module</numerusform>
            <numerusform>nog %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>The training centre has not named every module yet.</source>
        <translation>Het opleidingscentrum heeft nog niet elke module een naam gegeven.</translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation>Voor %1.</translation>
    </message>
    <message>
        <source>This is your plan. Keep it with you.</source>
        <translation>Dit is jouw plan. Hou het bij je.</translation>
    </message>
    <message>
        <source>For the mentor of %1 at the workplace.</source>
        <translation>Voor de mentor van %1 op de werkplek.</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · versie %2 · %3</translation>
    </message>
    <message>
        <source>your SPOC</source>
        <translation>je SPOC</translation>
    </message>
    <message>
        <source>you and your SPOC</source>
        <translation>jij en je SPOC</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jij</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>een partner</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Je bent hier</translation>
    </message>
    <message>
        <source>%1 is here</source>
        <translation>%1 is hier</translation>
    </message>
    <message>
        <source>End of the training</source>
        <translation>Einde opleiding</translation>
    </message>
    <message>
        <source>With: %1.</source>
        <translation>Met: %1.</translation>
    </message>
    <message>
        <source>Worked: %1 of %2 days.</source>
        <translation>Gewerkt: %1 van %2 dagen.</translation>
    </message>
    <message>
        <source>Appendix: all modules</source>
        <translation>Bijlage: alle modules</translation>
    </message>
    <message>
        <source>Appendix: all workplace days</source>
        <translation>Bijlage: alle werkdagen</translation>
    </message>
</context>
<context>
    <name>PhaseChange</name>
    <message>
        <source>Fill in the date of the phase change.</source>
        <translation>Vul de datum van de faseovergang in.</translation>
    </message>
    <message>
        <source>A phase change cannot be dated in the future.</source>
        <translation>Een faseovergang kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The date lies before the start of the current phase (%1).</source>
        <translation>De datum ligt voor de start van de huidige fase (%1).</translation>
    </message>
    <message>
        <source>The learner is already in the phase "%1".</source>
        <translation>De cursist zit al in de fase "%1".</translation>
    </message>
    <message>
        <source>A trajectory does not go back from "%1" to "%2". Use a pause or a stop, or undo the last change.</source>
        <translation>Een traject gaat niet terug van "%1" naar "%2". Gebruik een pauze of een stopzetting, of maak de laatste wijziging ongedaan.</translation>
    </message>
    <message>
        <source>The trajectory has ended with the outflow; start a new trajectory instead.</source>
        <translation>Het traject is afgesloten met de uitstroom; start een nieuw traject.</translation>
    </message>
    <message>
        <source>Choose the reason for the stop or pause.</source>
        <translation>Kies de reden van de stopzetting of pauze.</translation>
    </message>
    <message>
        <source>Choose the reason why the candidate does not enter.</source>
        <translation>Kies de reden waarom de kandidaat niet instapt.</translation>
    </message>
    <message>
        <source>Describe the other reason in a few words.</source>
        <translation>Beschrijf de andere reden in een paar woorden.</translation>
    </message>
    <message>
        <source>After the pause the trajectory resumes at "%1" or a later phase.</source>
        <translation>Na de pauze gaat het traject verder in de fase "%1" of een latere fase.</translation>
    </message>
</context>
<context>
    <name>PhaseProposal</name>
    <message>
        <source>The training started on %1.</source>
        <translation>De opleiding is gestart op %1.</translation>
    </message>
    <message>
        <source>The training ended on %1.</source>
        <translation>De opleiding eindigde op %1.</translation>
    </message>
    <message>
        <source>The outcome date %1 lies after today.</source>
        <translation>De datum van de uitstroom, %1, ligt na vandaag.</translation>
    </message>
    <message>
        <source>On %1 the learner is still in training: it ends on %2.</source>
        <translation>Op %1 is de cursist nog in opleiding: die eindigt op %2.</translation>
    </message>
    <message>
        <source>The learner is still in the phase "Training".</source>
        <translation>De cursist is nog in de fase "Opleiding".</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Fill in the first day of the placement.</source>
        <translation>Vul de eerste dag van het werkplekleren in.</translation>
    </message>
    <message>
        <source>Fill in the last day of the placement.</source>
        <translation>Vul de laatste dag van het werkplekleren in.</translation>
    </message>
    <message>
        <source>The last day lies before the first day.</source>
        <translation>De laatste dag ligt voor de eerste dag.</translation>
    </message>
    <message>
        <source>Hours per day must lie between 0 and 12.</source>
        <translation>Het aantal uren per dag moet tussen 0 en 12 liggen.</translation>
    </message>
    <message>
        <source>The target number of days must lie between 0 and 400.</source>
        <translation>Het beoogde aantal dagen moet tussen 0 en 400 liggen.</translation>
    </message>
    <message>
        <source>The target number of hours cannot be negative.</source>
        <translation>Het beoogde aantal uren kan niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>PlacementDay</name>
    <message>
        <source>Fill in the date of the placement day.</source>
        <translation>Vul de datum van de werkplekdag in.</translation>
    </message>
    <message>
        <source>Planned hours must lie between 0 and 12.</source>
        <translation>Het aantal geplande uren moet tussen 0 en 12 liggen.</translation>
    </message>
    <message>
        <source>Worked hours must lie between 0 and 14.</source>
        <translation>Het aantal gewerkte uren moet tussen 0 en 14 liggen.</translation>
    </message>
    <message>
        <source>Only a day with status "worked" has worked hours.</source>
        <translation>Alleen een dag met status "gewerkt" heeft gewerkte uren.</translation>
    </message>
</context>
<context>
    <name>PlacementDayMove</name>
    <message>
        <source>Move placement day to %1</source>
        <translation>Werkplekdag verplaatsen naar %1</translation>
    </message>
    <message>
        <source>Placement day moved to %1. Undo with Ctrl+Z.</source>
        <translation>Werkplekdag verplaatst naar %1. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>The learner, enrolment, site or person of this placement no longer exists.</source>
        <translation>De cursist, inschrijving, opvanglocatie of persoon van dit werkplekleren bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement day(s) would fall outside the new period; move or remove them first.</source>
        <translation>
            <numerusform>%n werkplekdag zou buiten de nieuwe periode vallen; verplaats of verwijder die eerst.</numerusform>
            <numerusform>%n werkplekdagen zouden buiten de nieuwe periode vallen; verplaats of verwijder ze eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrolment, site or person of this placement no longer exists.</source>
        <translation>De inschrijving, opvanglocatie of persoon van dit werkplekleren bestaat niet meer.</translation>
    </message>
    <message>
        <source>This placement does not exist (number %1).</source>
        <translation>Dit werkplekleren bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>The day %1 lies outside the placement, which runs from %2 to %3.</source>
        <translation>De dag %1 ligt buiten het werkplekleren, dat loopt van %2 tot %3.</translation>
    </message>
    <message>
        <source>The placement already has a day on %1.</source>
        <translation>Er is al een werkplekdag op %1.</translation>
    </message>
    <message>
        <source>This placement day does not exist (number %1).</source>
        <translation>Deze werkplekdag bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>The placement has no day on %1.</source>
        <translation>Er is geen werkplekdag op %1.</translation>
    </message>
</context>
<context>
    <name>PlacementText</name>
    <message>
        <source>no days</source>
        <translation>geen dagen</translation>
    </message>
    <message>
        <source>%1 / %2 days worked</source>
        <translation>%1 / %2 dagen gewerkt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) worked</source>
        <translation>
            <numerusform>%n dag gewerkt</numerusform>
            <numerusform>%n dagen gewerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 absent (%2 excused)</source>
        <translation>%1 afwezig (%2 gewettigd)</translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n gepland</numerusform>
            <numerusform>%n gepland</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 hours</source>
        <translation>%1 / %2 uur</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>%1 still to record</source>
        <translation>%1 nog in te vullen</translation>
    </message>
    <message>
        <source>%1 still planned</source>
        <translation>%1 nog gepland</translation>
    </message>
    <message>
        <source>%1 within reach</source>
        <translation>%1 haalbaar</translation>
    </message>
    <message>
        <source>Work-place learning: %1</source>
        <translation>Werkplekleren: %1</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>The learner</source>
        <translation>De cursist</translation>
    </message>
    <message>
        <source>The workplace</source>
        <translation>De werkplek</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>Een partner</translation>
    </message>
    <message>
        <source>My trajectory</source>
        <translation>Mijn traject</translation>
    </message>
    <message>
        <source>Who helps me?</source>
        <translation>Wie helpt mij?</translation>
    </message>
    <message>
        <source>My training</source>
        <translation>Mijn opleiding</translation>
    </message>
    <message>
        <source>My workplace learning</source>
        <translation>Mijn werkplekleren</translation>
    </message>
    <message>
        <source>What are we working on?</source>
        <translation>Waar werken we aan?</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Choose at least one part of the plan to print.</source>
        <translation>Kies minstens één deel van het plan om af te drukken.</translation>
    </message>
    <message>
        <source>"%1" is never printed for %2.</source>
        <translation>"%1" wordt nooit afgedrukt voor %2.</translation>
    </message>
    <message>
        <source>A plan can be printed in Dutch (nl) or English (en).</source>
        <translation>Een plan kan in het Nederlands (nl) of het Engels (en) afgedrukt worden.</translation>
    </message>
</context>
<context>
    <name>PlanVersionRepository</name>
    <message>
        <source>The document could not be kept as a version: its PDF is empty.</source>
        <translation>Het document kon niet als versie bewaard worden: de pdf is leeg.</translation>
    </message>
    <message>
        <source>The document could not be kept as a version: a section code is empty or contains a comma.</source>
        <translation>Het document kon niet als versie bewaard worden: een code van een deel is leeg of bevat een komma.</translation>
    </message>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>Deze cursist bestaat niet (nummer %1).</translation>
    </message>
    <message>
        <source>This version of the document does not exist (number %1).</source>
        <translation>Deze versie van het document bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>PlanningWarning</name>
    <message>
        <source>The placement day of %1 lies outside the placement (%2 to %3).</source>
        <translation>De werkplekdag van %1 ligt buiten het werkplekleren (%2 tot %3).</translation>
    </message>
    <message>
        <source>More than one placement day is planned on %1.</source>
        <translation>Op %1 staat meer dan één werkplekdag gepland.</translation>
    </message>
    <message>
        <source>The planned end of the training (%1) lies beyond the two-year limit (%2).</source>
        <translation>Het geplande einde van de opleiding (%1) ligt na de grens van twee jaar (%2).</translation>
    </message>
    <message>
        <source>The training ended on %1, but no aftercare has been recorded.</source>
        <translation>De opleiding eindigde op %1, maar er is nog geen nazorg ingevuld.</translation>
    </message>
    <message>
        <source>The aftercare should have ended by %1, six months after the training.</source>
        <translation>De nazorg had op %1 moeten eindigen, zes maanden na de opleiding.</translation>
    </message>
    <message>
        <source>The minimum of three months of aftercare was reached on %1.</source>
        <translation>Het minimum van drie maanden nazorg werd bereikt op %1.</translation>
    </message>
    <message>
        <source>The placement from %1 to %2 can reach at most %3 of its %4 target days.</source>
        <translation>Het werkplekleren van %1 tot %2 haalt hoogstens %3 van de %4 beoogde dagen.</translation>
    </message>
    <message>
        <source>The work-place learning can reach at most %1 of its %2 days: %3 worked, %4 still to record, %5 still planned.</source>
        <translation>Het werkplekleren haalt hoogstens %1 van de %2 dagen: %3 gewerkt, %4 nog in te vullen, %5 nog gepland.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>Folder for the learner's data</source>
        <translation>Map voor de gegevens van de cursist</translation>
    </message>
    <message>
        <source>The learner's data were written to:
%1
%2

Only you can open these files. Give them to the learner in person or through a safe channel.</source>
        <translation>De gegevens van de cursist staan in:
%1
%2

Alleen jij kunt deze bestanden openen. Geef ze persoonlijk aan de cursist of via een veilige weg.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <source>Remove everything that identifies %1: name, contact details, notes and other free text, support network and kept plans; the birth date keeps only its year. Phases, dates and barrier categories stay, so the reports still count this learner.

This cannot be undone.</source>
        <translation>Alles verwijderen waaraan iemand %1 kan herkennen: naam, contactgegevens, notities en andere vrije tekst, steunfiguren en bewaarde trajectplannen; van de geboortedatum blijft alleen het jaar. Fasen, datums en soorten drempels blijven, zodat de rapporten deze cursist nog meetellen.

Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimiseren</translation>
    </message>
    <message>
        <source>The learner was erased from this file, but not from every backup:
%1</source>
        <translation>De cursist is uit dit bestand verwijderd, maar niet uit elke back-up:
%1</translation>
    </message>
    <message>
        <source>Remove from %1&apos;s dossier everything that names them or links them to a person or a place: name, contact details, statute, languages, notes and other free text, intake answers, support network, mentors, sites and partners, consents and kept plans; children keep no birth year, the birth date keeps only its year.

What stays is what the reports count: gender, birth year, education, phases and their dates, barrier categories and hours, and the answers to the ESF+ questions. Someone who knows those facts about the learner could still recognise them; only erasing removes everything.

This cannot be undone.</source>
        <translation>Verwijder uit het dossier van %1 alles wat de cursist noemt of verbindt met een persoon of een plaats: naam, contactgegevens, statuut, talen, notities en andere vrije tekst, intakeantwoorden, netwerk, mentoren, werkplekken en partners, toestemmingen en bewaarde plannen; kinderen houden geen geboortejaar, de geboortedatum houdt alleen het jaar.

Wat blijft, is wat de rapporten tellen: gender, geboortejaar, opleiding, fasen en hun data, drempelcategorieën en uren, en de antwoorden op de ESF+-vragen. Wie die feiten over de cursist kent, kan hen nog herkennen; alleen definitief verwijderen wist alles.

Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>PrivacyCommand</name>
    <message>
        <source>Say with --out in which folder the export goes.</source>
        <translation>Zeg met --out in welke map de export moet komen.</translation>
    </message>
    <message>
        <source>The data of learner %1 were written to %2 and %3.</source>
        <translation>De gegevens van cursist %1 staan in %2 en %3.</translation>
    </message>
    <message>
        <source>Learner %1 was erased for good. Rows removed:</source>
        <translation>Cursist %1 is definitief verwijderd. Verwijderde rijen:</translation>
    </message>
    <message>
        <source>These backups still hold the learner:</source>
        <translation>Deze back-ups bevatten de cursist nog:</translation>
    </message>
    <message>
        <source>Also erased from the backup %1.</source>
        <translation>Ook verwijderd uit de back-up %1.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Fill in the name of the programme.</source>
        <translation>Vul de naam van de opleiding in.</translation>
    </message>
    <message>
        <source>A programme lasts 1 to 36 months.</source>
        <translation>Een opleiding duurt 1 tot 36 maanden.</translation>
    </message>
    <message>
        <source>Hours and teaching periods cannot be negative.</source>
        <translation>Uren en lestijden kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>Class days per week lie between 0 and 5.</source>
        <translation>Het aantal lesdagen per week ligt tussen 0 en 5.</translation>
    </message>
    <message>
        <source>Every module needs a name.</source>
        <translation>Elke module heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Module "%1": teaching periods must be positive and the share of work-place learning between 0 and 100 %.</source>
        <translation>Module "%1": de lestijden moeten positief zijn en het aandeel werkplekleren tussen 0 en 100 %.</translation>
    </message>
    <message>
        <source>The programme template "%1" does not exist.</source>
        <translation>Het opleidingssjabloon "%1" bestaat niet.</translation>
    </message>
    <message>
        <source>The programme template cannot be read.</source>
        <translation>Het opleidingssjabloon kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The programme template is not valid.</source>
        <translation>Het opleidingssjabloon is niet geldig.</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>A learner&apos;s module plan uses this module, so it cannot be removed; change that plan first.</source>
        <translation>Een moduleplan van een cursist gebruikt deze module, dus ze kan niet verwijderd worden; pas eerst dat plan aan.</translation>
    </message>
    <message>
        <source>The organisation that teaches the programme no longer exists.</source>
        <translation>De organisatie die de opleiding geeft, bestaat niet meer.</translation>
    </message>
    <message>
        <source>The module "%1" is in the module plan of a learner, so it cannot be removed; take it out of their plan first.</source>
        <translation>De module "%1" staat in het moduleplan van een cursist en kan dus niet verwijderd worden; haal ze eerst uit dat plan.</translation>
    </message>
    <message>
        <source>A learner is enrolled in this programme, so it cannot be removed; remove or change that enrolment first.</source>
        <translation>Er is een cursist ingeschreven voor deze opleiding, dus ze kan niet verwijderd worden; verwijder of wijzig eerst die inschrijving.</translation>
    </message>
    <message>
        <source>This programme does not exist (number %1).</source>
        <translation>Deze opleiding bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>Readability</name>
    <message>
        <source>Readability: there is no running text to measure.</source>
        <translation>Leesbaarheid: er is geen tekst om te meten.</translation>
    </message>
    <message>
        <source>Readability: on average %1 words per sentence, %2 % long words, %3 % words outside the basic word list.</source>
        <translation>Leesbaarheid: gemiddeld %1 woorden per zin, %2 % lange woorden, %3 % woorden buiten de basiswoordenlijst.</translation>
    </message>
    <message>
        <source>Readability: on average %1 words per sentence, %2 % long words (the basic word list is for a Dutch plan only).</source>
        <translation>Leesbaarheid: gemiddeld %1 woorden per zin, %2 % lange woorden (de basiswoordenlijst is er alleen voor een plan in het Nederlands).</translation>
    </message>
    <message>
        <source>Some sentences are long, for example: “%1”. Make them shorter in the barrier or action.</source>
        <translation>Sommige zinnen zijn lang, bijvoorbeeld: “%1”. Maak ze korter in de drempel of actie.</translation>
    </message>
    <message>
        <source>Many words are long (4 syllables or more). Choose shorter words where you can.</source>
        <translation>Veel woorden zijn lang (4 lettergrepen of meer). Kies kortere woorden waar het kan.</translation>
    </message>
    <message>
        <source>Words outside the basic word list, for example: %1.</source>
        <translation>Woorden buiten de basiswoordenlijst zijn bijvoorbeeld: %1.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Trajectplanner recovery sheet</source>
        <translation>Herstelblad Trajectplanner</translation>
    </message>
    <message>
        <source>Recovery sheet made on %1 · keep it in the safe</source>
        <translation>Herstelblad gemaakt op %1 · bewaar het in de kluis</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Databankbestand:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Gemaakt op:</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Gemaakt door:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>What is this sheet for?</source>
        <translation>Waarvoor dient dit blad?</translation>
    </message>
    <message>
        <source>With this recovery key the data in the file above opens when nobody knows the passphrase any more. Then you choose a new passphrase.</source>
        <translation>Met deze herstelsleutel open je de gegevens in het bestand hierboven als niemand de wachtzin nog weet. Daarna kies je een nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>Without the passphrase and without this sheet nobody can open the data: not you, not your IT department, not even the makers of Trajectplanner.</source>
        <translation>Zonder de wachtzin en zonder dit blad kan niemand de gegevens openen: jij niet, je IT-dienst niet, en zelfs de makers van Trajectplanner niet.</translation>
    </message>
    <message>
        <source>The key belongs to the file above and to its backups.</source>
        <translation>De sleutel hoort bij het bestand hierboven en bij zijn back-ups.</translation>
    </message>
    <message>
        <source>Where do you keep it?</source>
        <translation>Waar bewaar je het?</translation>
    </message>
    <message>
        <source>Keep this sheet in the safe of the organisation.</source>
        <translation>Bewaar dit blad in de kluis van de organisatie.</translation>
    </message>
    <message>
        <source>Never keep it with the laptop: not in the laptop bag, not as a photo or a file on the laptop.</source>
        <translation>Bewaar het nooit bij de laptop: niet in de laptoptas, niet als foto of bestand op de laptop.</translation>
    </message>
    <message>
        <source>Whoever has this sheet and the file can read everything in it.</source>
        <translation>Wie dit blad en het bestand heeft, kan alles lezen wat erin staat.</translation>
    </message>
    <message>
        <source>A new recovery sheet</source>
        <translation>Een nieuw herstelblad</translation>
    </message>
    <message>
        <source>When a new recovery sheet is made, this sheet no longer opens the file above, nor the backups in its backups folder.</source>
        <translation>Als er een nieuw herstelblad gemaakt wordt, opent dit blad het bestand hierboven niet meer, en ook de back-ups in zijn map backups niet.</translation>
    </message>
    <message>
        <source>A copy elsewhere, for example on a USB stick, opens only with the sheet of the day it was made. Destroy this sheet when no such copy is left.</source>
        <translation>Een kopie op een andere plaats, bijvoorbeeld op een USB-stick, opent alleen met het blad van de dag waarop ze gemaakt is. Vernietig dit blad als er geen zulke kopie meer is.</translation>
    </message>
    <message>
        <source>How do you use it?</source>
        <translation>Hoe gebruik je het?</translation>
    </message>
    <message>
        <source>In the program: when it asks for the passphrase, click &quot;Use recovery key&quot; and type the key. Then choose a new passphrase.</source>
        <translation>In het programma: klik, als het om de wachtzin vraagt, op &quot;Herstelsleutel gebruiken&quot; en typ de sleutel. Kies daarna een nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>On the command line (for IT): put the key on the first line of a text file and start: trajectplanner --db FILE --recovery-key-file KEYFILE --change-passphrase NEWFILE. Delete both text files afterwards.</source>
        <translation>Op de opdrachtregel (voor de IT-dienst): zet de sleutel op de eerste regel van een tekstbestand en start: trajectplanner --db BESTAND --recovery-key-file SLEUTELBESTAND --change-passphrase NIEUWBESTAND. Wis daarna beide tekstbestanden.</translation>
    </message>
    <message>
        <source>Capitals or small letters, spaces and dashes do not matter. The letter O counts as a zero, I and L as a one.</source>
        <translation>Hoofdletters of kleine letters, spaties en streepjes maken niet uit. De letter O telt als een nul, I en L als een één.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Bewaren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Bewaren als &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The MLP summary is written as a PDF: give a file name that ends in .pdf with --out.</source>
        <translation>Het MLP-overzicht wordt als pdf geschreven: geef met --out een bestandsnaam die eindigt op .pdf.</translation>
    </message>
    <message>
        <source>The MLP summary of %1 was written to %2.</source>
        <translation>Het MLP-overzicht van %1 werd geschreven naar %2.</translation>
    </message>
    <message>
        <source>--report takes profile (the caseload profile of a period), esf (the ESF+ report of a period) or meeting (the case-meeting sheet), not &quot;%1&quot;.</source>
        <translation>--report neemt profile (het profiel van de caseload in een periode), esf (het ESF+-rapport van een periode) of meeting (het blad voor het cursistenoverleg), niet ‘%1’.</translation>
    </message>
    <message>
        <source>The ESF+ report (%1 entered, %2 left) was written to %3.</source>
        <translation>Het ESF+-rapport (%1 begonnen, %2 vertrokken) werd geschreven naar %3.</translation>
    </message>
    <message>
        <source>Give the file to write with --out, e.g. --out report.pdf or --out report.csv.</source>
        <translation>Geef het bestand om te schrijven met --out, bv. --out rapport.pdf of --out rapport.csv.</translation>
    </message>
    <message>
        <source>Give the first day of the period with --from, e.g. --from 01/09/2024.</source>
        <translation>Geef de eerste dag van de periode met --from, bv. --from 01/09/2024.</translation>
    </message>
    <message>
        <source>Give the day of the last case meeting with --from, e.g. --from 14/02/2025.</source>
        <translation>Geef de dag van het vorige cursistenoverleg met --from, bv. --from 14/02/2025.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>"%1" is geen datum: schrijf dd/mm/jjjj of jjjj-mm-dd.</translation>
    </message>
    <message>
        <source>Give the last day of the period with --to, e.g. --to 28/02/2025.</source>
        <translation>Geef de laatste dag van de periode met --to, bv. --to 28/02/2025.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>De periode eindigt (%1) voor ze begint (%2).</translation>
    </message>
    <message>
        <source>The caseload profile (%1 learners) was written to %2.</source>
        <translation>Het profiel van de cursisten (%1 cursisten) staat in %2.</translation>
    </message>
    <message>
        <source>The last case meeting (%1) cannot be after today (%2).</source>
        <translation>Het laatste cursistenoverleg (%1) kan niet na vandaag (%2) liggen.</translation>
    </message>
    <message numerus="yes">
        <source>The case-meeting sheet (%n learner(s)) was written to %1.</source>
        <translation>
            <numerusform>Het blad voor het cursistenoverleg (%n cursist) staat in %1.</numerusform>
            <numerusform>Het blad voor het cursistenoverleg (%n cursisten) staat in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocuments</name>
    <message>
        <source>MLP summary: %1</source>
        <translation>MLP-overzicht: %1</translation>
    </message>
    <message>
        <source>For &quot;Mijn Loopbaan voor partners&quot; · made on %1</source>
        <translation>Voor ‘Mijn Loopbaan voor partners’ · gemaakt op %1</translation>
    </message>
    <message>
        <source>MLP summary</source>
        <translation>MLP-overzicht</translation>
    </message>
    <message>
        <source>MLP summary of %1 · made on %2 · confidential</source>
        <translation>MLP-overzicht van %1 · gemaakt op %2 · vertrouwelijk</translation>
    </message>
    <message>
        <source>The MLP summary is written as a PDF: give a file name that ends in .pdf.</source>
        <translation>Het MLP-overzicht wordt als pdf geschreven: geef een bestandsnaam die eindigt op .pdf.</translation>
    </message>
    <message>
        <source>ESF+ report</source>
        <translation>ESF+-rapport</translation>
    </message>
    <message>
        <source>Participants who entered in the period: %1 · who left in it: %2</source>
        <translation>Deelnemers die in de periode begonnen: %1 · die in de periode vertrokken: %2</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>Bij de start</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Who counts: a learner takes part from their first step beyond the info session, and leaves on moving to outflow or stopping. Someone who comes back counts once, with their first start. The tables at entry count who entered in the period; the results count who left in it. A result can have several answers.</source>
        <translation>Wie telt: een cursist neemt deel vanaf de eerste stap na de infosessie, en vertrekt bij de uitstroom of de stopzetting. Wie terugkomt, telt één keer, met de eerste start. De tabellen bij de start tellen wie in de periode begon; de resultaten tellen wie in de periode vertrok. Een resultaat kan meer dan één antwoord hebben.</translation>
    </message>
    <message>
        <source>&quot;&lt;5&quot;: 1 to 4 people, not shown so that nobody can be recognised. &quot;x&quot;: hidden because only one number of the column is &quot;&lt;5&quot;, which could otherwise be computed from the total.</source>
        <translation>‘&lt;5’: 1 tot 4 personen, niet getoond zodat niemand herkenbaar is. ‘x’: verborgen omdat maar één getal van de kolom ‘&lt;5’ is, dat anders uit het totaal te berekenen is.</translation>
    </message>
    <message>
        <source>ESF+ report %1 to %2 · made on %3</source>
        <translation>ESF+-rapport %1 tot %2 · gemaakt op %3</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Phase: %1 → %2</source>
        <translation>Fase: %1 → %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reden: %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <source>New barrier: %1</source>
        <translation>Nieuwe drempel: %1</translation>
    </message>
    <message>
        <source>Barrier solved: %1</source>
        <translation>Drempel opgelost: %1</translation>
    </message>
    <message>
        <source>Placement day missed: %1</source>
        <translation>Stagedag gemist: %1</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>niet ingevuld</translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s) in the logbook</source>
        <translation>
            <numerusform>%n contactmoment in het logboek</numerusform>
            <numerusform>%n contactmomenten in het logboek</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Sinds het vorige overleg</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Niets nieuws.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Geen open acties.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Caseload profile</source>
        <translation>Profiel van de cursisten</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periode: %1 tot en met %2</translation>
    </message>
    <message>
        <source>Number of learners: %1</source>
        <translation>Aantal cursisten: %1</translation>
    </message>
    <message>
        <source>average age %1 years</source>
        <translation>gemiddelde leeftijd %1 jaar</translation>
    </message>
    <message>
        <source>on average %1 months unemployed before the start</source>
        <translation>gemiddeld %1 maanden werkloos voor de start</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>Who counts: every learner whose trajectory overlaps the period (referred on or before its last day and not stopped or in outflow before its first day). Counts only, no names.</source>
        <translation>Wie telt mee: elke cursist met een traject in de periode (aangemeld op of voor de laatste dag, en niet gestopt of uitgestroomd voor de eerste dag). Alleen aantallen, geen namen.</translation>
    </message>
    <message>
        <source>"&lt;5": 1 to 4 people, not shown so that nobody can be recognised. "x": hidden because only one number of the table is "&lt;5", which could otherwise be computed from the total.</source>
        <translation>"&lt;5": 1 tot 4 personen, niet getoond zodat niemand herkenbaar is. "x": verborgen omdat maar één getal van de tabel "&lt;5" is, dat anders uit het totaal te berekenen is.</translation>
    </message>
    <message>
        <source>Caseload profile %1 to %2 · made on %3</source>
        <translation>Profiel van de cursisten %1 tot en met %2 · gemaakt op %3</translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation>Cursistenoverleg</translation>
    </message>
    <message>
        <source>Last meeting: %1 · today: %2</source>
        <translation>Vorig overleg: %1 · vandaag: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) to discuss</source>
        <translation>
            <numerusform>%n cursist te bespreken</numerusform>
            <numerusform>%n cursisten te bespreken</numerusform>
        </translation>
    </message>
    <message>
        <source>Case meeting of %1 · confidential</source>
        <translation>Cursistenoverleg van %1 · vertrouwelijk</translation>
    </message>
    <message>
        <source>Give a file name that ends in .pdf or .csv.</source>
        <translation>Geef een bestandsnaam die eindigt op .pdf of .csv.</translation>
    </message>
</context>
<context>
    <name>RoleAssignment</name>
    <message>
        <source>Choose the person who takes up this role.</source>
        <translation>Kies de persoon die deze rol opneemt.</translation>
    </message>
    <message>
        <source>The end of the role lies before its start.</source>
        <translation>Het einde van de rol ligt voor de start.</translation>
    </message>
</context>
<context>
    <name>RoleCardRepository</name>
    <message>
        <source>The learner or the chosen person no longer exists.</source>
        <translation>De cursist of de gekozen persoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>The chosen person no longer exists.</source>
        <translation>De gekozen persoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>This line of the role card does not exist (number %1).</source>
        <translation>Deze regel van de rollenkaart bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>SkipReason</name>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>%1 (public holiday)</source>
        <translation>%1 (feestdag)</translation>
    </message>
    <message>
        <source>%1 (closure)</source>
        <translation>%1 (sluiting)</translation>
    </message>
    <message>
        <source>Not one of the chosen weekdays</source>
        <translation>Geen van de gekozen weekdagen</translation>
    </message>
    <message>
        <source>Already a placement day</source>
        <translation>Al een werkplekdag</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This item is still in use elsewhere, so it cannot be removed or changed this way.</source>
        <translation>Dit wordt nog elders gebruikt en kan dus niet op deze manier verwijderd of gewijzigd worden.</translation>
    </message>
    <message>
        <source>This item already exists.</source>
        <translation>Dit bestaat al.</translation>
    </message>
    <message>
        <source>The database file is read-only: nothing could be saved.</source>
        <translation>Het databankbestand is alleen-lezen: er kon niets bewaard worden.</translation>
    </message>
    <message>
        <source>The disk is full: nothing could be saved. Free some space and try again.</source>
        <translation>De schijf is vol: er kon niets bewaard worden. Maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>De gegevens konden niet gelezen worden.</translation>
    </message>
    <message>
        <source>The data could not be read or saved.</source>
        <translation>De gegevens konden niet gelezen of bewaard worden.</translation>
    </message>
    <message>
        <source>The item no longer exists; it may have been removed.</source>
        <translation>Dit bestaat niet meer; het werd misschien verwijderd.</translation>
    </message>
</context>
<context>
    <name>SupportPerson</name>
    <message>
        <source>Fill in the name of the support person.</source>
        <translation>Vul de naam van de steunfiguur in.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Geblokkeerd door: %1</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>planned day</source>
        <translation>geplande dag</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>gewerkt</translation>
    </message>
    <message>
        <source>absent, excused</source>
        <translation>afwezig, gewettigd</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>barrier, open</source>
        <translation>drempel, open</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <source>blocked by a barrier</source>
        <translation>geblokkeerd door een drempel</translation>
    </message>
    <message>
        <source>action, overdue</source>
        <translation>actie, te laat</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>Type the day, the month and the year, for example 14/03/2026.</source>
        <translation>Typ de dag, de maand en het jaar, bijvoorbeeld 14/03/2026.</translation>
    </message>
    <message>
        <source>No date was typed.</source>
        <translation>Je hebt geen datum getypt.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" is geen datum.</translation>
    </message>
    <message>
        <source>The year "%1" has %2 digits: type it with four digits (2026) or two (26).</source>
        <translation>Typ het jaar met vier cijfers (2026) of met twee (26): "%1" heeft er %2.</translation>
    </message>
    <message>
        <source>There is no year 0.</source>
        <translation>Jaar 0 bestaat niet.</translation>
    </message>
    <message>
        <source>There is no month %1: a month goes from 1 to 12.</source>
        <translation>Maand %1 bestaat niet: de maanden gaan van 1 tot 12.</translation>
    </message>
    <message>
        <source>%1 %2 has no day %3: it has %4 days.</source>
        <translation>%1 %2 heeft geen dag %3: die maand heeft %4 dagen.</translation>
    </message>
    <message>
        <source>The date must lie between %1 and %2.</source>
        <translation>De datum moet tussen %1 en %2 liggen.</translation>
    </message>
    <message>
        <source>The date may not lie before %1.</source>
        <translation>De datum mag niet vóór %1 liggen.</translation>
    </message>
    <message>
        <source>The date may not lie after %1.</source>
        <translation>De datum mag niet na %1 liggen.</translation>
    </message>
    <message>
        <source>The date may not lie after today (%1).</source>
        <translation>De datum mag niet na vandaag (%1) liggen.</translation>
    </message>
</context>
<context>
    <name>traject::ActionDialog</name>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
    <message>
        <source>Do&amp;ne on</source>
        <translation>&amp;Gedaan op</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Actie wijzigen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Wat er zal gebeuren</translation>
    </message>
    <message>
        <source>Mark as done &amp;today</source>
        <translation>&amp;Vandaag gedaan</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Kies een persoon…</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>W&amp;ie</translation>
    </message>
    <message>
        <source>&amp;Partner's person</source>
        <translation>&amp;Persoon van de partner</translation>
    </message>
    <message>
        <source>Support &amp;domain</source>
        <translation>Ondersteunings&amp;domein</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Actie “%1” toevoegen</translation>
    </message>
    <message>
        <source>Change action “%1”</source>
        <translation>Actie “%1” wijzigen</translation>
    </message>
</context>
<context>
    <name>traject::ActionLine</name>
    <message>
        <source>Agreed action: who does what</source>
        <translation>Afgesproken actie: wie doet wat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tegen</translation>
    </message>
</context>
<context>
    <name>traject::ActionModel</name>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>traject::AftercareContactsModel</name>
    <message>
        <source>Planned, but the date has passed.</source>
        <translation>Gepland, maar de datum is voorbij.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>traject::AftercareProposalDialog</name>
    <message>
        <source>Proposed contacts</source>
        <translation>Voorgestelde contacten</translation>
    </message>
    <message>
        <source>Propose aftercare contacts</source>
        <translation>Nazorgcontacten voorstellen</translation>
    </message>
    <message>
        <source>The training ended on %1. Proposed: a contact every two weeks during the first three months, then one a month until six months after the end. Dates in a weekend move to the Monday.</source>
        <translation>De opleiding eindigde op %1. Voorstel: de eerste drie maanden om de twee weken een contact, daarna één per maand tot zes maanden na het einde. Een datum in het weekend schuift op naar de maandag.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) that already lie in the past are left out.</source>
        <translation>
            <numerusform>%n datum die al voorbij is, werd weggelaten.</numerusform>
            <numerusform>%n datums die al voorbij zijn, werden weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change dates, kinds and notes, remove or add lines: nothing is stored until you choose Create.</source>
        <translation>Je kan datums, soorten en notities wijzigen en regels verwijderen of toevoegen: er wordt pas iets bewaard als je Aanmaken kiest.</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Aftercare contact</source>
        <translation>Nazorgcontact</translation>
    </message>
    <message>
        <source>There is nothing to create: add a line, or cancel.</source>
        <translation>Er is niets om aan te maken: voeg een regel toe of annuleer.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>traject::AftercareTab</name>
    <message>
        <source>Aftercare contacts</source>
        <translation>Nazorgcontacten</translation>
    </message>
    <message>
        <source>&amp;Propose aftercare contacts…</source>
        <translation>Nazorgcontacten &amp;voorstellen…</translation>
    </message>
    <message>
        <source>The training ended on %1.</source>
        <translation>De opleiding eindigde op %1.</translation>
    </message>
    <message>
        <source>Contacts can be proposed once the training has ended (planned end: %1).</source>
        <translation>Contacten kunnen voorgesteld worden zodra de opleiding afgelopen is (gepland einde: %1).</translation>
    </message>
    <message>
        <source>Contacts can be proposed once the end of the training is known: record it in the agreement above.</source>
        <translation>Contacten kunnen voorgesteld worden zodra het einde van de opleiding bekend is: vul het in bij de afspraak hierboven.</translation>
    </message>
</context>
<context>
    <name>traject::AgreementBox</name>
    <message>
        <source>Aftercare agreement</source>
        <translation>Nazorgafspraak</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation>Afspraak vastle&amp;ggen</translation>
    </message>
    <message>
        <source>&amp;Training ends on</source>
        <translation>&amp;Opleiding eindigt op</translation>
    </message>
    <message>
        <source>Aftercare &amp;starts on</source>
        <translation>Nazorg &amp;start op</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Aftercare ends on</source>
        <translation>Nazorg eindigt op</translation>
    </message>
    <message>
        <source>Agreement &amp;notes</source>
        <translation>&amp;Notities bij de afspraak</translation>
    </message>
    <message>
        <source>Agreed with the learner; changes are stored at once.</source>
        <translation>Afgesproken met de cursist; wijzigingen worden meteen bewaard.</translation>
    </message>
    <message>
        <source>Not recorded yet. The dates are proposed from the planned end of the training: check them and choose "Record agreement".</source>
        <translation>Nog niet vastgelegd. De datums zijn een voorstel op basis van het geplande einde van de opleiding: kijk ze na en kies "Afspraak vastleggen".</translation>
    </message>
    <message>
        <source>Change the aftercare agreement</source>
        <translation>Nazorgafspraak wijzigen</translation>
    </message>
    <message>
        <source>Record the aftercare agreement</source>
        <translation>Nazorgafspraak vastleggen</translation>
    </message>
    <message>
        <source>Training ends on</source>
        <translation>Opleiding eindigt op</translation>
    </message>
    <message>
        <source>Aftercare starts on</source>
        <translation>Nazorg start op</translation>
    </message>
</context>
<context>
    <name>traject::AnswerField</name>
    <message>
        <source>(not answered)</source>
        <translation>(geen antwoord)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekend</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <source>Category of the barrier</source>
        <translation>Categorie van de drempel</translation>
    </message>
    <message>
        <source>Make it a barrier</source>
        <translation>Maak er een drempel van</translation>
    </message>
    <message>
        <source>Adds this note as a barrier of the chosen category, under Barriers</source>
        <translation>Zet deze notitie als drempel van de gekozen categorie bij Drempels</translation>
    </message>
</context>
<context>
    <name>traject::AttendanceSheetDialog</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>For the mentor at %1, %2 to %3.</source>
        <translation>Voor de mentor bij %1, %2 tot %3.</translation>
    </message>
    <message numerus="yes">
        <source>One line per planned day (%n day(s)) with the hours worked and a signature, filled in on paper and entered afterwards.</source>
        <translation>
            <numerusform>Eén regel per geplande dag (%n dag) met de gewerkte uren en een handtekening, op papier ingevuld en daarna ingevoerd.</numerusform>
            <numerusform>Eén regel per geplande dag (%n dagen) met de gewerkte uren en een handtekening, op papier ingevuld en daarna ingevoerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>No days are planned any more: the sheet has empty lines to fill in.</source>
        <translation>Er zijn geen dagen meer gepland: de lijst heeft lege regels om in te vullen.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Attendance sheet of %1</source>
        <translation>Aanwezigheidslijst van %1</translation>
    </message>
    <message>
        <source>Stored versi&amp;ons of this sheet</source>
        <translation>Bewaarde vers&amp;ies van deze lijst</translation>
    </message>
    <message>
        <source>Attendance sheet %1 %2 v%3</source>
        <translation>Aanwezigheidslijst %1 %2 v%3</translation>
    </message>
    <message>
        <source>Attendance sheet %1 v%2</source>
        <translation>Aanwezigheidslijst %1 v%2</translation>
    </message>
</context>
<context>
    <name>traject::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Every export, erasure, anonymisation, restore and import is written here: what and when, never the content. Each entry is linked to the one before it, so that a change or a removed entry shows when the chain is checked.</source>
        <translation>Elke export, verwijdering, anonimisering, teruggezette back-up en import wordt hier genoteerd: wat en wanneer, nooit de inhoud. Elke regel is gekoppeld aan de regel ervoor, zodat een gewijzigde of verwijderde regel opvalt als je de keten controleert.</translation>
    </message>
    <message>
        <source>Entries of the audit log, newest first</source>
        <translation>Regels van het auditlog, nieuwste eerst</translation>
    </message>
    <message>
        <source>Check the c&amp;hain</source>
        <translation>Keten &amp;controleren</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Het auditlog kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Nothing was exported, erased, anonymised, restored or imported yet.</source>
        <translation>Er werd nog niets geëxporteerd, verwijderd, geanonimiseerd, teruggezet of geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>traject::AuditLogModel</name>
    <message>
        <source>Learner %1</source>
        <translation>Cursist %1</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>traject::BackupListModel</name>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Niet bruikbaar: %1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische back-up</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Bewaard voor het terugzetten</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Ander bestand</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Kept before a conversion</source>
        <translation>Bewaard voor een omzetting</translation>
    </message>
</context>
<context>
    <name>traject::BarrierChecklist</name>
    <message>
        <source>What exactly stands in the way?</source>
        <translation>Wat staat precies in de weg?</translation>
    </message>
    <message>
        <source>Description of the barrier</source>
        <translation>Beschrijving van de drempel</translation>
    </message>
    <message>
        <source>Barrier:</source>
        <translation>Drempel:</translation>
    </message>
    <message>
        <source>First action:</source>
        <translation>Eerste actie:</translation>
    </message>
    <message>
        <source>Remove barrier</source>
        <translation>Drempel verwijderen</translation>
    </message>
    <message>
        <source>Remove the barrier "%1" and its actions from the file?</source>
        <translation>De drempel "%1" en zijn acties uit het dossier verwijderen?</translation>
    </message>
    <message>
        <source>+ Another barrier in this category</source>
        <translation>+ Nog een drempel in deze categorie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Takes this barrier and its actions out of the file</source>
        <translation>Haalt deze drempel en zijn acties uit het dossier</translation>
    </message>
    <message>
        <source>Remove the %1 barriers of "%2" and their actions from the file?</source>
        <translation>De %1 drempels van "%2" en hun acties uit het dossier verwijderen?</translation>
    </message>
</context>
<context>
    <name>traject::BarrierDialog</name>
    <message>
        <source>Blocks</source>
        <translation>Blokkeert</translation>
    </message>
    <message>
        <source>Sol&amp;ved on</source>
        <translation>&amp;Opgelost op</translation>
    </message>
    <message>
        <source>Change barrier</source>
        <translation>Drempel wijzigen</translation>
    </message>
    <message>
        <source>New barrier</source>
        <translation>Nieuwe drempel</translation>
    </message>
    <message>
        <source>What stands in the way, in a few words</source>
        <translation>Wat in de weg staat, in een paar woorden</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>Seve&amp;rity</source>
        <translation>&amp;Ernst</translation>
    </message>
    <message>
        <source>&amp;Noticed on</source>
        <translation>Opge&amp;merkt op</translation>
    </message>
    <message>
        <source>Noticed in &amp;phase</source>
        <translation>Opgemerkt in &amp;fase</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Add barrier</source>
        <translation>Drempel toevoegen</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Add barrier “%1”</source>
        <translation>Drempel “%1” toevoegen</translation>
    </message>
    <message>
        <source>Change barrier “%1”</source>
        <translation>Drempel “%1” wijzigen</translation>
    </message>
    <message>
        <source>Tick the placements and modules that cannot start while this barrier is open (Space ticks the current line).</source>
        <translation>Vink het werkplekleren en de modules aan die niet kunnen starten zolang deze drempel open is (spatie vinkt de huidige regel aan).</translation>
    </message>
    <message>
        <source>Bloc&amp;ks</source>
        <translation>Blo&amp;kkeert</translation>
    </message>
</context>
<context>
    <name>traject::BarrierModel</name>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Noticed on</source>
        <translation>Opgemerkt op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation>Opgelost op</translation>
    </message>
</context>
<context>
    <name>traject::BarriersTab</name>
    <message>
        <source>Barriers</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Add &amp;barrier…</source>
        <translation>Drempel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Change the selected barrier (Enter)</source>
        <translation>De gekozen drempel wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected barrier and its actions (Delete)</source>
        <translation>De gekozen drempel en de bijbehorende acties verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>&amp;Actie toevoegen…</translation>
    </message>
    <message>
        <source>Change the selected action (Enter)</source>
        <translation>De gekozen actie wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>De gekozen actie verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Andere acties</translation>
    </message>
    <message>
        <source>Add &amp;other action…</source>
        <translation>A&amp;ndere actie toevoegen…</translation>
    </message>
    <message>
        <source>An action that belongs to no barrier</source>
        <translation>Een actie die bij geen enkele drempel hoort</translation>
    </message>
    <message>
        <source>No barriers noted</source>
        <translation>Geen drempels genoteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n open barrier(s)</source>
        <translation>
            <numerusform>%n open drempel</numerusform>
            <numerusform>%n open drempels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n solved</source>
        <translation>
            <numerusform>%n opgelost</numerusform>
            <numerusform>%n opgelost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lasting</source>
        <translation>
            <numerusform>%n blijvend</numerusform>
            <numerusform>%n blijvend</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions for “%1”</source>
        <translation>Acties voor “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Remove the barrier “%1” and its %n action(s)?</source>
        <translation>
            <numerusform>De drempel “%1” en %n bijbehorende actie verwijderen?</numerusform>
            <numerusform>De drempel “%1” en %n bijbehorende acties verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the barrier “%1”?</source>
        <translation>De drempel “%1” verwijderen?</translation>
    </message>
    <message>
        <source>Remove barrier “%1”</source>
        <translation>Drempel “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove barrier</source>
        <translation>Drempel verwijderen</translation>
    </message>
    <message>
        <source>Remove the action “%1”?</source>
        <translation>De actie “%1” verwijderen?</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Actie “%1” verwijderen</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
</context>
<context>
    <name>traject::BlocksList</name>
    <message>
        <source>Placements</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bij %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Modules still to do</source>
        <translation>Modules die nog moeten gebeuren</translation>
    </message>
    <message>
        <source>Semester %1, %2</source>
        <translation>Semester %1, %2</translation>
    </message>
    <message>
        <source>This learner has no placements or modules to link yet.</source>
        <translation>Deze cursist heeft nog geen werkplekleren of modules om te koppelen.</translation>
    </message>
</context>
<context>
    <name>traject::CaseMeetingDialog</name>
    <message>
        <source>Preview of the sheet</source>
        <translation>Voorbeeld van het blad</translation>
    </message>
    <message>
        <source>Learners for the case meeting</source>
        <translation>Cursisten voor het cursistenoverleg</translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation>Cursistenoverleg</translation>
    </message>
    <message>
        <source>&amp;Last case meeting on</source>
        <translation>&amp;Vorig cursistenoverleg op</translation>
    </message>
    <message>
        <source>Ticked: learners with something new since then or an action due within four weeks. Tick with the space bar.</source>
        <translation>Aangevinkt: cursisten met iets nieuws sindsdien of een actie die binnen vier weken klaar moet zijn. Aanvinken met de spatiebalk.</translation>
    </message>
    <message>
        <source>Tick the learners to discuss.</source>
        <translation>Vink de cursisten aan die je wilt bespreken.</translation>
    </message>
    <message>
        <source>case meeting %1</source>
        <translation>cursistenoverleg %1</translation>
    </message>
    <message>
        <source>Save the case-meeting sheet</source>
        <translation>Blad voor het cursistenoverleg bewaren</translation>
    </message>
</context>
<context>
    <name>traject::CaseloadModel</name>
    <message>
        <source>The next open action or planned appointment, whichever comes first; overdue actions in red, marked &quot;overdue&quot; before the date</source>
        <translation>De eerstvolgende open actie of geplande afspraak; te late acties in het rood, met &quot;te laat&quot; voor de datum</translation>
    </message>
    <message>
        <source>overdue %1 – %2</source>
        <translation>te laat %1 – %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Days in phase</source>
        <translation>Dagen in fase</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 / %2 days</source>
        <translation>%1 / %2 dagen</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <source>Action for: %1</source>
        <translation>Actie voor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Geen uiterste datum</translation>
    </message>
    <message>
        <source>Appointment on %1: %2</source>
        <translation>Afspraak op %1: %2</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Days since the start of the current phase</source>
        <translation>Dagen sinds de start van de huidige fase</translation>
    </message>
    <message>
        <source>Next action or appointment</source>
        <translation>Volgende actie of afspraak</translation>
    </message>
    <message>
        <source>Barriers that are open or in progress</source>
        <translation>Drempels die open zijn of in aanpak</translation>
    </message>
    <message>
        <source>Open barriers</source>
        <translation>Open drempels</translation>
    </message>
    <message>
        <source>Worked days of the current work-place learning against its target</source>
        <translation>Gewerkte dagen van het huidige werkplekleren, tegenover het doel</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>traject::CaseloadPanel</name>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <source>Trajectplanner</source>
        <translation>Trajectplanner</translation>
    </message>
    <message>
        <source>Search name, municipality, phone or e-mail…</source>
        <translation>Zoek op naam, gemeente, telefoon of e-mail…</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle fases</translation>
    </message>
    <message>
        <source>Show only the learners in this phase</source>
        <translation>Toon alleen de cursisten in deze fase</translation>
    </message>
    <message>
        <source>M&amp;y open actions</source>
        <translation>&amp;Mijn open acties</translation>
    </message>
    <message>
        <source>Show only the learners with an open action for the SPOC, or for the SPOC and the learner together</source>
        <translation>Toon alleen de cursisten met een open actie voor de SPOC, of voor de SPOC en de cursist samen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n learner(s)</source>
        <translation>
            <numerusform>%1 van %n cursist</numerusform>
            <numerusform>%1 van %n cursisten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the list of learners…</source>
        <translation>De lijst van cursisten wordt gelezen…</translation>
    </message>
</context>
<context>
    <name>traject::CaseloadTimelineView</name>
    <message>
        <source>Timeline of the caseload</source>
        <translation>Tijdlijn van de caseload</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle fases</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Eerstvolgende deadline</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sorteren op:</translation>
    </message>
    <message>
        <source>Ongoing trajectories</source>
        <translation>Lopende trajecten</translation>
    </message>
</context>
<context>
    <name>traject::ChildrenModel</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Childcare during training</source>
        <translation>Opvang tijdens de opleiding</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>traject::ClosureModel</name>
    <message>
        <source>All sites</source>
        <translation>Alle opvanglocaties</translation>
    </message>
    <message>
        <source>(unknown site)</source>
        <translation>(onbekende opvanglocatie)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Opvanglocatie</translation>
    </message>
</context>
<context>
    <name>traject::ClosuresDialog</name>
    <message>
        <source>Closure periods</source>
        <translation>Sluitingsperiodes</translation>
    </message>
    <message>
        <source>Ne&amp;w closure period</source>
        <translation>Nieu&amp;we sluitingsperiode</translation>
    </message>
    <message>
        <source>&amp;Remove closure period</source>
        <translation>Sluitingsperiode &amp;verwijderen</translation>
    </message>
    <message>
        <source>e.g. Summer closure</source>
        <translation>bv. zomersluiting</translation>
    </message>
    <message>
        <source>&amp;Add closure period</source>
        <translation>Sluitingsperiode &amp;toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Opvanglocatie</translation>
    </message>
    <message>
        <source>Closure period</source>
        <translation>Sluitingsperiode</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>Placement days are never planned on these days.</source>
        <translation>Op deze dagen worden nooit werkplekdagen gepland.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle opvanglocaties</translation>
    </message>
    <message>
        <source>New closure period</source>
        <translation>Nieuwe sluitingsperiode</translation>
    </message>
    <message>
        <source>Change closure period %1</source>
        <translation>Sluitingsperiode %1 wijzigen</translation>
    </message>
    <message>
        <source>Add closure period %1</source>
        <translation>Sluitingsperiode %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove the closure period "%1"?</source>
        <translation>De sluitingsperiode "%1" verwijderen?</translation>
    </message>
    <message>
        <source>Remove closure period %1</source>
        <translation>Sluitingsperiode %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>traject::ConsentDialog</name>
    <message>
        <source>Change consent</source>
        <translation>Toestemming wijzigen</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>For example: CVO Volt, VDAB Gent</source>
        <translation>Bijvoorbeeld: CVO Volt, VDAB Gent</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Ingetrokken op</translation>
    </message>
    <message>
        <source>For example: signed form in the paper file</source>
        <translation>Bijvoorbeeld: getekend formulier in de papieren map</translation>
    </message>
    <message>
        <source>&amp;Shared with</source>
        <translation>Gedeeld &amp;met</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Gegeven op</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>Wat gedeeld mag worden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Record consent for %1</source>
        <translation>Toestemming voor %1 vastleggen</translation>
    </message>
    <message>
        <source>Change consent for %1</source>
        <translation>Toestemming voor %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>traject::ConsentEditor</name>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Record with whom the learner agreed to share what, and from when (Insert)</source>
        <translation>Leg vast met wie de cursist wat wil delen, en vanaf wanneer (Insert)</translation>
    </message>
    <message>
        <source>Change the selected consent, or record that it was withdrawn (Enter)</source>
        <translation>De gekozen toestemming wijzigen, of vastleggen dat ze ingetrokken is (Enter)</translation>
    </message>
    <message>
        <source>Remove a consent recorded by mistake; a withdrawn one is better kept (Delete)</source>
        <translation>Een per vergissing vastgelegde toestemming verwijderen; een ingetrokken toestemming hou je beter bij (Delete)</translation>
    </message>
    <message>
        <source>Remove the consent for %1? Remove only one recorded by mistake: a withdrawn consent is better changed, so that it stays known.</source>
        <translation>De toestemming voor %1 verwijderen? Verwijder alleen een toestemming die per vergissing vastgelegd werd: een ingetrokken toestemming pas je beter aan, zodat ze gekend blijft.</translation>
    </message>
    <message>
        <source>Remove consent for %1</source>
        <translation>Toestemming voor %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove consent</source>
        <translation>Toestemming verwijderen</translation>
    </message>
</context>
<context>
    <name>traject::ConsentModel</name>
    <message>
        <source>Shared with</source>
        <translation>Gedeeld met</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
</context>
<context>
    <name>traject::ContactMomentDialog</name>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Opvolging op</translation>
    </message>
    <message>
        <source>Change contact moment</source>
        <translation>Contactmoment wijzigen</translation>
    </message>
    <message>
        <source>New contact moment</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <source>For example: the learner and her mentor</source>
        <translation>Bijvoorbeeld: de cursist en haar mentor</translation>
    </message>
    <message>
        <source>Part of the &amp;aftercare</source>
        <translation>Deel van de n&amp;azorg</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Met wie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Add to logbook</source>
        <translation>Toevoegen aan logboek</translation>
    </message>
    <message>
        <source>Add %1 to the logbook</source>
        <translation>%1 toevoegen aan het logboek</translation>
    </message>
    <message>
        <source>Change %1 in the logbook</source>
        <translation>%1 wijzigen in het logboek</translation>
    </message>
</context>
<context>
    <name>traject::ContactPersonDialog</name>
    <message>
        <source>New contact person</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>e.g. workplace mentor, teacher, VDAB consultant</source>
        <translation>bv. mentor op de werkplek, leerkracht, VDAB-consulent</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Persoon toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Save person</source>
        <translation>Persoon &amp;bewaren</translation>
    </message>
    <message>
        <source>Add contact person %1</source>
        <translation>Contactpersoon %1 toevoegen</translation>
    </message>
    <message>
        <source>Change contact person %1</source>
        <translation>Contactpersoon %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>traject::CsvPreviewModel</name>
    <message>
        <source>not imported</source>
        <translation>niet inlezen</translation>
    </message>
</context>
<context>
    <name>traject::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Kies de datum in een kalender (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Kies een datum</translation>
    </message>
</context>
<context>
    <name>traject::DecisionSection</name>
    <message>
        <source>(not decided yet)</source>
        <translation>(nog niet beslist)</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(kies een reden)</translation>
    </message>
    <message>
        <source>In a few words (required for another reason)</source>
        <translation>In een paar woorden (verplicht bij een andere reden)</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslissing:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt; (each becomes an action in the file)</source>
        <translation>&lt;b&gt;Volgende stappen&lt;/b&gt; (elke stap wordt een actie in het dossier)</translation>
    </message>
    <message>
        <source>Add a ste&amp;p</source>
        <translation>Stap toe&amp;voegen</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
</context>
<context>
    <name>traject::DocumentDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Bewaren als p&amp;df…</translation>
    </message>
    <message>
        <source>Shows the pages as they will be printed; nothing is kept.</source>
        <translation>Toont de pagina's zoals ze afgedrukt worden; er wordt niets bewaard.</translation>
    </message>
    <message>
        <source>Prints the document and keeps it as a new version.</source>
        <translation>Drukt het document af en bewaart het als nieuwe versie.</translation>
    </message>
    <message>
        <source>Saves the document as a PDF file and keeps it as a new version.</source>
        <translation>Bewaart het document als pdf-bestand en houdt het bij als nieuwe versie.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%n page(s)) is sent to the printer.</source>
        <translation>
            <numerusform>Versie %1 (%n pagina) is naar de printer gestuurd.</numerusform>
            <numerusform>Versie %1 (%n pagina's) is naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%n page(s)) is saved as %2.</source>
        <translation>
            <numerusform>Versie %1 (%n pagina) is bewaard als %2.</numerusform>
            <numerusform>Versie %1 (%n pagina's) is bewaard als %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Afdrukken: %1</translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Bewaren als pdf: %1</translation>
    </message>
</context>
<context>
    <name>traject::DossierWidget</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Rollenkaart</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Choose a learner in the list</source>
        <translation>Kies een cursist in de lijst</translation>
    </message>
    <message>
        <source>&amp;Change phase…</source>
        <translation>Fase wij&amp;zigen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 sinds %2 (%n dag)</numerusform>
            <numerusform>%1 sinds %2 (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Pr&amp;int plan…</source>
        <translation>&amp;Plan afdrukken…</translation>
    </message>
    <message>
        <source>Print the personal plan or save it as a PDF (Ctrl+P).</source>
        <translation>Druk het trajectplan af of bewaar het als pdf (Ctrl+P).</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>The barriers and the actions for them</source>
        <translation>De drempels en de acties ervoor</translation>
    </message>
    <message>
        <source>The aftercare agreement and contacts, and the outflow</source>
        <translation>De afspraak en de contacten voor nazorg, en de uitstroom</translation>
    </message>
</context>
<context>
    <name>traject::EnrolmentDialog</name>
    <message>
        <source>Change enrolment</source>
        <translation>Inschrijving wijzigen</translation>
    </message>
    <message>
        <source>New enrolment</source>
        <translation>Nieuwe inschrijving</translation>
    </message>
    <message>
        <source>(choose a programme)</source>
        <translation>(kies een opleiding)</translation>
    </message>
    <message>
        <source>The programme of an enrolment does not change; remove the enrolment and enrol the learner again instead.</source>
        <translation>De opleiding van een inschrijving kan niet veranderen; verwijder de inschrijving en schrijf de cursist opnieuw in.</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Opleiding</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variant</translation>
    </message>
    <message>
        <source>Planned en&amp;d</source>
        <translation>Gepland &amp;einde</translation>
    </message>
    <message>
        <source>Two-year limit</source>
        <translation>Grens van twee jaar</translation>
    </message>
    <message>
        <source>Module plan</source>
        <translation>Moduleplan</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inschrijven</translation>
    </message>
    <message>
        <source>%1 – the planned end passes the two-year limit: the qualification must be reached by then.</source>
        <translation>%1 – het geplande einde ligt na de grens van twee jaar: de kwalificatie moet tegen dan behaald zijn.</translation>
    </message>
    <message>
        <source>Proposed from the programme once it is chosen.</source>
        <translation>Wordt voorgesteld vanuit de opleiding zodra je die kiest.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) in %1 semester(s), as the programme proposes; change them in the table afterwards.</source>
        <translation>
            <numerusform>%n module in %1 semester(s), zoals de opleiding voorstelt; je kan dit daarna wijzigen in de tabel.</numerusform>
            <numerusform>%n modules in %1 semester(s), zoals de opleiding voorstelt; je kan dit daarna wijzigen in de tabel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol in %1</source>
        <translation>Inschrijven voor %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
</context>
<context>
    <name>traject::EraseLearnerDialog</name>
    <message>
        <source>Erase for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; and everything about them (barriers, actions, logbook, workplace learning, intake, plans kept) will be removed from this file for good. This cannot be undone, also not with Undo.&lt;/p&gt;&lt;p&gt;Export the data first if the learner asked for a copy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; en alles over deze cursist (drempels, acties, logboek, werkplekleren, intake, bewaarde trajectplannen) wordt voorgoed uit dit bestand verwijderd. Dit kan niet ongedaan gemaakt worden, ook niet met Ongedaan maken.&lt;/p&gt;&lt;p&gt;Exporteer eerst de gegevens als de cursist om een kopie vroeg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>These backups still hold the learner. They are not changed; remove them yourself if the learner must disappear from them too:</source>
        <translation>Deze back-ups bevatten de cursist nog. Ze worden niet gewijzigd; verwijder ze zelf als de cursist ook daaruit moet verdwijnen:</translation>
    </message>
    <message>
        <source>Type the learner's name to confirm: %1</source>
        <translation>Typ de naam van de cursist om te bevestigen: %1</translation>
    </message>
    <message>
        <source>Name of the learner</source>
        <translation>Naam van de cursist</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Definitief verwijderen</translation>
    </message>
    <message>
        <source>These backups still hold the learner (found by their number, whatever their name was then):</source>
        <translation>Deze back-ups bevatten de cursist nog (gevonden op hun nummer, welke naam ze toen ook hadden):</translation>
    </message>
    <message>
        <source>Backups that hold the learner</source>
        <translation>Back-ups die de cursist bevatten</translation>
    </message>
    <message>
        <source>Erase the learner from these backups &amp;too</source>
        <translation>De cursist ook uit deze back-ups ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Copies the program does not know of (copied by hand, on other disks) are not found: erase the learner there yourself.</source>
        <translation>Kopieën die het programma niet kent (met de hand gekopieerd, op andere schijven) worden niet gevonden: verwijder de cursist daar zelf.</translation>
    </message>
</context>
<context>
    <name>traject::GenerateDaysDialog</name>
    <message>
        <source>Days that will be made</source>
        <translation>Dagen die gemaakt worden</translation>
    </message>
    <message>
        <source>Generate placement days</source>
        <translation>Werkplekdagen inplannen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>&amp;Weekdagen</translation>
    </message>
    <message>
        <source>&amp;Hours per day</source>
        <translation>&amp;Uren per dag</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>&amp;Hoogstens</translation>
    </message>
    <message>
        <source>Nothing to show yet: see what is asked above.</source>
        <translation>Nog niets te tonen: kijk wat er hierboven gevraagd wordt.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) will be created</source>
        <translation>
            <numerusform>%n dag wordt aangemaakt</numerusform>
            <numerusform>%n dagen worden aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n day(s) of the pattern skipped</source>
        <translation>
            <numerusform>; %n dag van het patroon overgeslagen</numerusform>
            <numerusform>; %n dagen van het patroon overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n day(s)</source>
        <translation>
            <numerusform>%n dag &amp;aanmaken</numerusform>
            <numerusform>%n dagen &amp;aanmaken</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1 days; %2 already worked or planned.</source>
        <translation>Doel %1 dagen; %2 al gewerkt of gepland.</translation>
    </message>
    <message>
        <source>The target is already planned.</source>
        <translation>Het doel is al ingepland.</translation>
    </message>
    <message>
        <source>The placement runs from %1 to %2.</source>
        <translation>Het werkplekleren loopt van %1 tot %2.</translation>
    </message>
    <message>
        <source>Target of the work-place learning: %1 days; %2 already worked or planned in its placements.</source>
        <translation>Doel van het werkplekleren: %1 dagen; %2 al gewerkt of gepland in de stages.</translation>
    </message>
</context>
<context>
    <name>traject::GenerationPreviewModel</name>
    <message>
        <source>Skipped: %1</source>
        <translation>Overgeslagen: %1</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>Nieuwe dag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>traject::HolidayModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Feestdag</translation>
    </message>
</context>
<context>
    <name>traject::ImportDonePage</name>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets ingelezen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and you chose to stop. Correct them in the spreadsheet and import the file again.</source>
        <translation>
            <numerusform>%n rij heeft een probleem en je koos om te stoppen. Verbeter die in het rekenblad en lees het bestand opnieuw in.</numerusform>
            <numerusform>%n rijen hebben een probleem en je koos om te stoppen. Verbeter ze in het rekenblad en lees het bestand opnieuw in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no row that can be imported.</source>
        <translation>Het bestand heeft geen rij die ingelezen kan worden.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported, in the phase referral.</source>
        <translation>
            <numerusform>%n cursist ingelezen, in de fase toeleiding.</numerusform>
            <numerusform>%n cursisten ingelezen, in de fase toeleiding.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n row(s) with a problem.</source>
        <translation>
            <numerusform>Overgeslagen: %n rij met een probleem.</numerusform>
            <numerusform>Overgeslagen: %n rijen met een probleem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n possible duplicate(s).</source>
        <translation>
            <numerusform>Overgeslagen: %n mogelijk dubbele cursist.</numerusform>
            <numerusform>Overgeslagen: %n mogelijk dubbele cursisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are in the caseload list now. Edit &gt; Undo (Ctrl+Z) takes the whole import back; the import is also noted in the audit log.</source>
        <translation>Ze staan nu in de lijst van cursisten. Bewerken &gt; Ongedaan maken (Ctrl+Z) draait het hele inlezen terug; het inlezen staat ook in de auditlog.</translation>
    </message>
</context>
<context>
    <name>traject::ImportFilePage</name>
    <message>
        <source>Reading the file</source>
        <translation>Het bestand wordt gelezen</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stoppen met lezen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 met BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (older Excel)</source>
        <translation>Windows-1252 (oudere Excel)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <source>A list of learners from a spreadsheet, saved as CSV.</source>
        <translation>Een lijst van cursisten uit een rekenblad, bewaard als CSV.</translation>
    </message>
    <message>
        <source>In Excel: File &gt; Save as &gt; "CSV (separated by semicolons)".
The first row holds the column names, then one learner per row; dates as dd/mm/yyyy.
Nothing is imported before the last step.</source>
        <translation>In Excel: Bestand &gt; Opslaan als &gt; "CSV (gescheiden door puntkomma's)".
In de eerste rij staan de namen van de kolommen, daarna één cursist per rij; datums als dd/mm/jjjj.
Er wordt niets ingelezen vóór de laatste stap.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>The file has a header row but no learners under it. Choose the file with the learners.</source>
        <translation>Het bestand heeft een eerste rij met kolomnamen, maar geen cursisten eronder. Kies het bestand met de cursisten.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner row(s)</source>
        <translation>
            <numerusform>%n rij met een cursist</numerusform>
            <numerusform>%n rijen met cursisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolom</numerusform>
            <numerusform>%n kolommen</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1.</source>
        <translation>gelezen als %1.</translation>
    </message>
    <message>
        <source>Empty rows are left out: %1.</source>
        <translation>Lege rijen worden overgeslagen: %1.</translation>
    </message>
    <message>
        <source>Import learners from CSV</source>
        <translation>Cursisten inlezen uit CSV</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 (Unicode-tekst van Excel)</translation>
    </message>
</context>
<context>
    <name>traject::ImportMappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>Which detail is in which column?</source>
        <translation>Welk gegeven staat in welke kolom?</translation>
    </message>
    <message>
        <source>Guessed from the column names. Change what is wrong; columns set to "do not import" are left out. First name and last name are needed.</source>
        <translation>Geraden uit de namen van de kolommen. Verander wat niet klopt; kolommen met "niet inlezen" worden overgeslagen. Voornaam en achternaam zijn nodig.</translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows (row numbers as in Excel):</source>
        <translation>Voorbeeld van de &amp;eerste rijen (rijnummers zoals in Excel):</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Inlezen als</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Bijvoorbeeld</translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation>(kolom %1 zonder naam)</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (nodig)</translation>
    </message>
    <message>
        <source>Choose the column with the %1: it is needed.</source>
        <translation>Kies de kolom met de %1: die is nodig.</translation>
    </message>
    <message>
        <source>The columns "%1" and "%2" are both read as "%3". Choose one of them.</source>
        <translation>De kolommen "%1" en "%2" worden allebei ingelezen als "%3". Kies er één.</translation>
    </message>
</context>
<context>
    <name>traject::ImportProblemModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(hele rij)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>traject::ImportReportPage</name>
    <message>
        <source>Rows of the file</source>
        <translation>Rijen van het bestand</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Controleer de rijen</translation>
    </message>
    <message>
        <source>Each row is checked as if you typed it in. Nothing is stored yet.</source>
        <translation>Elke rij wordt nagekeken alsof je ze zelf intypt. Er is nog niets bewaard.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <source>&amp;Problems found:</source>
        <translation>&amp;Gevonden problemen:</translation>
    </message>
    <message>
        <source>No problems found: every row can be imported.</source>
        <translation>Geen problemen gevonden: elke rij kan ingelezen worden.</translation>
    </message>
    <message>
        <source>When a row has a problem</source>
        <translation>Als een rij een probleem heeft</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with a problem, import the others</source>
        <translation>Rijen met een probleem &amp;overslaan, de andere inlezen</translation>
    </message>
    <message>
        <source>S&amp;top: import nothing, so I can correct the file first</source>
        <translation>&amp;Stoppen: niets inlezen, zodat ik eerst het bestand kan verbeteren</translation>
    </message>
    <message>
        <source>Also import the possible &amp;duplicates</source>
        <translation>Ook de mogelijk &amp;dubbele cursisten inlezen</translation>
    </message>
    <message>
        <source>A row with the same national register number, or the same name and birth date, as a learner who is there already.</source>
        <translation>Een rij met hetzelfde rijksregisternummer, of dezelfde naam en geboortedatum, als een cursist die er al is.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n rij gelezen</numerusform>
            <numerusform>%n rijen gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported</source>
        <translation>
            <numerusform>%n kan ingelezen worden</numerusform>
            <numerusform>%n kunnen ingelezen worden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <translation>
            <numerusform>%n met een probleem</numerusform>
            <numerusform>%n met een probleem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n mogelijk dubbel</numerusform>
            <numerusform>%n mogelijk dubbel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported: %n row(s) have a problem. Correct them in the spreadsheet and import the file again.</source>
        <translation>
            <numerusform>Er wordt niets ingelezen: %n rij heeft een probleem. Verbeter die in het rekenblad en lees het bestand opnieuw in.</numerusform>
            <numerusform>Er wordt niets ingelezen: %n rijen hebben een probleem. Verbeter ze in het rekenblad en lees het bestand opnieuw in.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Geen enkele rij kan ingelezen worden.</translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n learner(s) to the caseload, in the phase referral.</source>
        <translation>
            <numerusform>Inlezen voegt %n cursist toe aan je cursisten, in de fase toeleiding.</numerusform>
            <numerusform>Inlezen voegt %n cursisten toe aan je cursisten, in de fase toeleiding.</numerusform>
        </translation>
    </message>
    <message>
        <source>The learners could not be stored; nothing was imported. %1</source>
        <translation>De cursisten konden niet bewaard worden; er is niets ingelezen. %1</translation>
    </message>
</context>
<context>
    <name>traject::ImportWizard</name>
    <message>
        <source>Import learners from CSV</source>
        <translation>Cursisten inlezen uit CSV</translation>
    </message>
</context>
<context>
    <name>traject::IntakeDialog</name>
    <message>
        <source>Parts of the interview</source>
        <translation>Delen van het gesprek</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>This intake cannot be opened: %1</source>
        <translation>Deze intake kan niet geopend worden: %1</translation>
    </message>
    <message>
        <source>Everything is saved (%1).</source>
        <translation>Alles is bewaard (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Every answer is saved as soon as you leave its field.</source>
        <translation>Elk antwoord wordt bewaard zodra je het veld verlaat.</translation>
    </message>
    <message>
        <source>&amp;Finish intake…</source>
        <translation>Intake a&amp;fronden…</translation>
    </message>
    <message>
        <source>Everything is already saved; an unfinished intake can be resumed later.</source>
        <translation>Alles is al bewaard; een onafgewerkte intake kan je later verder zetten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intake interview&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;Intakegesprek&lt;/b&gt; met %1</translation>
    </message>
    <message>
        <source>Intake interview – %1</source>
        <translation>Intakegesprek – %1</translation>
    </message>
    <message>
        <source>Template "%1", version %2</source>
        <translation>Sjabloon "%1", versie %2</translation>
    </message>
    <message>
        <source>This intake was finished on %1. It can be read but no longer changed. %2</source>
        <translation>Deze intake is afgerond op %1. Je kan ze lezen maar niet meer wijzigen. %2</translation>
    </message>
    <message>
        <source>%1  (%2/%3)</source>
        <translation>%1  (%2/%3)</translation>
    </message>
    <message>
        <source>Finish this intake? Its answers can no longer change afterwards.</source>
        <translation>Deze intake afronden? Daarna kunnen de antwoorden niet meer veranderen.</translation>
    </message>
    <message>
        <source>The file changes:</source>
        <translation>In het dossier verandert:</translation>
    </message>
    <message>
        <source>Finish intake</source>
        <translation>Intake afronden</translation>
    </message>
    <message>
        <source>The intake is finished and the file is updated.</source>
        <translation>De intake is afgerond en het dossier is bijgewerkt.</translation>
    </message>
    <message>
        <source>Save intake summary</source>
        <translation>Samenvatting van de intake bewaren</translation>
    </message>
    <message>
        <source>Intake %1 %2</source>
        <translation>Intake %1 %2</translation>
    </message>
    <message>
        <source>The summary is saved as %1.</source>
        <translation>De samenvatting is bewaard als %1.</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Alleen lezen.</translation>
    </message>
    <message>
        <source>Date of the &amp;interview:</source>
        <translation>Datum van het &amp;gesprek:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Summary as &amp;PDF…</source>
        <translation>Samenvatting als p&amp;df…</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved (marked in red).</source>
        <translation>
            <numerusform>%n antwoord niet bewaard (rood omrand).</numerusform>
            <numerusform>%n antwoorden niet bewaard (rood omrand).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: "%1": %2</source>
        <translation>Niet bewaard: "%1": %2</translation>
    </message>
    <message>
        <source>The intake could not be finished: %1</source>
        <translation>De intake kon niet afgerond worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved (marked in red). Close anyway and lose them?</source>
        <translation>
            <numerusform>%n antwoord kon niet bewaard worden (rood omrand). Toch sluiten en het kwijtspelen?</numerusform>
            <numerusform>%n antwoorden konden niet bewaard worden (rood omrand). Toch sluiten en ze kwijtspelen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The intake of %1 is not finished yet.</source>
        <translation>De intake van %1 is nog niet afgerond.</translation>
    </message>
    <message>
        <source>&amp;Resume it</source>
        <translation>&amp;Verder zetten</translation>
    </message>
    <message>
        <source>Start a &amp;new intake</source>
        <translation>&amp;Nieuwe intake beginnen</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp: next / previous part</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp: volgend / vorig deel</translation>
    </message>
    <message>
        <source>Correct the date marked in red first: %1</source>
        <translation>Verbeter eerst de datum in het rood: %1</translation>
    </message>
</context>
<context>
    <name>traject::IntakeListModel</name>
    <message>
        <source>Finished on %1</source>
        <translation>Afgerond op %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Nog bezig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Questions (version)</source>
        <translation>Vragen (versie)</translation>
    </message>
</context>
<context>
    <name>traject::IntakeStore</name>
    <message>
        <source>Add barrier (intake)</source>
        <translation>Drempel toevoegen (intake)</translation>
    </message>
    <message>
        <source>Change barrier (intake)</source>
        <translation>Drempel wijzigen (intake)</translation>
    </message>
    <message>
        <source>Add action (intake)</source>
        <translation>Actie toevoegen (intake)</translation>
    </message>
    <message>
        <source>Change action (intake)</source>
        <translation>Actie wijzigen (intake)</translation>
    </message>
    <message>
        <source>Remove barrier (intake)</source>
        <translation>Drempel verwijderen (intake)</translation>
    </message>
    <message>
        <source>Remove action (intake)</source>
        <translation>Actie verwijderen (intake)</translation>
    </message>
</context>
<context>
    <name>traject::IntakeTab</name>
    <message>
        <source>Intake interviews</source>
        <translation>Intakegesprekken</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nieuwe intake</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Summary as P&amp;DF…</source>
        <translation>&amp;Samenvatting als pdf…</translation>
    </message>
    <message>
        <source>The intake interview: the questions to read out, the barriers, the decision and the next steps. An unfinished intake can be resumed; a finished one can be read.</source>
        <translation>Het intakegesprek: de vragen om voor te lezen, de drempels, de beslissing en de volgende stappen. Een onafgewerkte intake kan je verder zetten; een afgeronde kan je lezen.</translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation>Samenvatting van de intake</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Verder zetten</translation>
    </message>
    <message>
        <source>Remove intake</source>
        <translation>Intake verwijderen</translation>
    </message>
    <message>
        <source>Remove the unfinished intake of %1 with its answers? The barriers and actions it made stay in the file.</source>
        <translation>De onafgewerkte intake van %1 met haar antwoorden verwijderen? De drempels en acties die ze maakte blijven in het dossier.</translation>
    </message>
</context>
<context>
    <name>traject::LearnerTimelineTab</name>
    <message>
        <source>Timeline of the learner</source>
        <translation>Tijdlijn van de cursist</translation>
    </message>
    <message>
        <source>Drag a planned placement day to move it; double-click an item to open it.</source>
        <translation>Sleep een geplande werkplekdag om hem te verplaatsen; dubbelklik op een onderdeel om het te openen.</translation>
    </message>
</context>
<context>
    <name>traject::LogbookModel</name>
    <message>
        <source>%1 (aftercare)</source>
        <translation>%1 (nazorg)</translation>
    </message>
    <message>
        <source>This planned contact lies in the past: mark it done or cancelled.</source>
        <translation>Dit geplande contact ligt in het verleden: zet het op gedaan of geannuleerd.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
</context>
<context>
    <name>traject::LogbookTab</name>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>W&amp;ijzigen…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Note or plan a contact moment (Insert)</source>
        <translation>Een contactmoment noteren of plannen (Insert)</translation>
    </message>
    <message>
        <source>Change the selected contact moment (Enter)</source>
        <translation>Het gekozen contactmoment wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected contact moment (Delete)</source>
        <translation>Het gekozen contactmoment verwijderen (Delete)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <source>&amp;New conversation today</source>
        <translation>Nieuw &amp;gesprek vandaag</translation>
    </message>
    <message>
        <source>Remove %1 from the logbook?</source>
        <translation>%1 uit het logboek verwijderen?</translation>
    </message>
    <message>
        <source>Remove %1 from the logbook</source>
        <translation>%1 uit het logboek verwijderen</translation>
    </message>
    <message>
        <source>Remove contact moment</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
</context>
<context>
    <name>traject::MainWindow</name>
    <message>
        <source>&amp;MLP summary…</source>
        <translation>&amp;MLP-overzicht…</translation>
    </message>
    <message>
        <source>&amp;ESF+ report…</source>
        <translation>&amp;ESF+-rapport…</translation>
    </message>
    <message>
        <source>Trajectplanner</source>
        <translation>Trajectplanner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Trajectplanner</source>
        <translation>&amp;Over Trajectplanner</translation>
    </message>
    <message>
        <source>About Trajectplanner</source>
        <translation>Over Trajectplanner</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Trajectplanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans and follows up the trajectories of learners toward the qualification of childcare worker.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;p&gt;Database: SQLite %3 with %4.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. The software of others inside it, and their licences: Help &amp;gt; Third-party licences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trajectplanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plant en volgt de trajecten van cursisten naar de kwalificatie kinderbegeleider.&lt;/p&gt;&lt;p&gt;Je gegevens: %2&lt;/p&gt;&lt;p&gt;Databank: SQLite %3 met %4.&lt;/p&gt;&lt;p&gt;Licentie: GPL-3.0-or-later. De software van anderen erin, en hun licenties: Help &amp;gt; Licenties van derden.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n cursist</numerusform>
            <numerusform>%n cursisten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;Nieuwe cursist…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;Find learner</source>
        <translation>Cursist &amp;zoeken</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>Beh&amp;eer</translation>
    </message>
    <message>
        <source>&amp;Address book…</source>
        <translation>&amp;Adresboek…</translation>
    </message>
    <message>
        <source>&amp;Programmes and modules…</source>
        <translation>&amp;Opleidingen en modules…</translation>
    </message>
    <message>
        <source>&amp;Closure periods…</source>
        <translation>&amp;Sluitingsperiodes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Caseload &amp;list</source>
        <translation>Cursisten&amp;lijst</translation>
    </message>
    <message>
        <source>Caseload &amp;timeline</source>
        <translation>&amp;Tijdlijn cursisten</translation>
    </message>
    <message>
        <source>&amp;Print personal plan…</source>
        <translation>Trajectplan af&amp;drukken…</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>The intake interview with %1 was still open when Trajectplanner stopped. Everything up to the last field left is saved. Resume it now?</source>
        <translation>Het intakegesprek met %1 was nog open toen Trajectplanner stopte. Alles tot het laatst verlaten veld is bewaard. Nu verder zetten?</translation>
    </message>
    <message>
        <source>New candidate with &amp;intake interview…</source>
        <translation>Nieuwe kandidaat met intake&amp;gesprek…</translation>
    </message>
    <message>
        <source>&amp;Learner</source>
        <translation>&amp;Cursist</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>Gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <source>E&amp;rase for good…</source>
        <translation>&amp;Definitief verwijderen…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Review the retention period…</source>
        <translation>&amp;Bewaartermijn nakijken…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Audit&amp;log…</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>E&amp;xport the caseload list as CSV…</source>
        <translation>Lijst van cursisten als CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Caseload %1</source>
        <translation>Cursisten %1</translation>
    </message>
    <message>
        <source>Export a&amp;genda (.ics)…</source>
        <translation>A&amp;genda exporteren (.ics)…</translation>
    </message>
    <message>
        <source>Over&amp;view</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <source>Case &amp;meeting sheet…</source>
        <translation>Blad voor het cursisten&amp;overleg…</translation>
    </message>
    <message>
        <source>Caseload &amp;profile…</source>
        <translation>&amp;Profiel van de cursisten…</translation>
    </message>
    <message>
        <source>Import learners from CS&amp;V…</source>
        <translation>Cursisten inlezen &amp;uit CSV…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation>&amp;Licenties van derden…</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>Ve&amp;rsleutelen…</translation>
    </message>
    <message>
        <source>Change the p&amp;assphrase…</source>
        <translation>Wachtzin &amp;wijzigen…</translation>
    </message>
    <message>
        <source>New recovery s&amp;heet…</source>
        <translation>Nieuw &amp;herstelblad…</translation>
    </message>
</context>
<context>
    <name>traject::MeetingModel</name>
    <message>
        <source>Learner</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
</context>
<context>
    <name>traject::ModuleDelegate</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>any</source>
        <translation>om het even</translation>
    </message>
</context>
<context>
    <name>traject::ModuleModel</name>
    <message>
        <source>Mark module %1 as named</source>
        <translation>Module %1 niet meer markeren als "naam in te vullen"</translation>
    </message>
    <message>
        <source>%1 modules, %2 lestijden, %3 with work-place learning</source>
        <translation>%1 modules, %2 lestijden, %3 met werkplekleren</translation>
    </message>
    <message>
        <source> + placement module %1</source>
        <translation> + stagemodule %1</translation>
    </message>
    <message>
        <source>the programme states %1 lestijden</source>
        <translation>de opleiding vermeldt %1 lestijden</translation>
    </message>
    <message>
        <source>Still to be named: our sources do not name this module yet. Fill in its name from the training centre's programme.</source>
        <translation>Naam nog in te vullen: onze bronnen noemen deze module nog niet. Vul de naam in uit het programma van het opleidingscentrum.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>any</source>
        <translation>om het even</translation>
    </message>
    <message>
        <source>Change placement module %1</source>
        <translation>Stagemodule %1 wijzigen</translation>
    </message>
    <message>
        <source>Mark module %1 as still to be named</source>
        <translation>Module %1 markeren als "naam in te vullen"</translation>
    </message>
    <message>
        <source>Rename module %1</source>
        <translation>Module %1 hernoemen</translation>
    </message>
    <message>
        <source>Change lestijden of module %1</source>
        <translation>Lestijden van module %1 wijzigen</translation>
    </message>
    <message>
        <source>Change work-place learning of module %1</source>
        <translation>Werkplekleren van module %1 wijzigen</translation>
    </message>
    <message>
        <source>Change semester of module %1</source>
        <translation>Semester van module %1 wijzigen</translation>
    </message>
    <message>
        <source>Share of the module that is learnt at the workplace</source>
        <translation>Deel van de module dat op de werkplek geleerd wordt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Lestijden</source>
        <translation>Lestijden</translation>
    </message>
    <message>
        <source>Work-place %</source>
        <translation>% werkplek</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>To be named</source>
        <translation>Naam in te vullen</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
</context>
<context>
    <name>traject::ModulePlanModel</name>
    <message>
        <source>(unknown module)</source>
        <translation>(onbekende module)</translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change.</source>
        <translation>Dubbelklik of druk op F2 om te wijzigen.</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Teaching periods</source>
        <translation>Lestijden</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retake reason</source>
        <translation>Reden herneming</translation>
    </message>
    <message>
        <source>Not ready to start: still open: %1</source>
        <translation>Niet klaar om te starten: nog open: %1</translation>
    </message>
</context>
<context>
    <name>traject::NewLearnerDialog</name>
    <message>
        <source>New learner</source>
        <translation>Nieuwe cursist</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>F&amp;ase</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Sinds</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Cursist toevoegen</translation>
    </message>
    <message>
        <source>Add learner %1</source>
        <translation>Cursist %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>traject::OpeningBackup</name>
    <message>
        <source>No backup could be made while opening: %1</source>
        <translation>Bij het openen kon geen back-up gemaakt worden: %1</translation>
    </message>
</context>
<context>
    <name>traject::OrganisationForm</name>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Street and number, postal code</source>
        <translation>Straat en nummer, postcode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Type of care</source>
        <translation>Soort &amp;opvang</translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation>&amp;Hoort bij</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>traject::OrganisationModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Geen organisatie</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Hoort bij</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>traject::OrganisationsDialog</name>
    <message>
        <source>Search:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <source>Search organisations and persons…</source>
        <translation>Zoek organisaties en personen…</translation>
    </message>
    <message>
        <source>Ne&amp;w organisation</source>
        <translation>Nieu&amp;we organisatie</translation>
    </message>
    <message>
        <source>&amp;Remove organisation</source>
        <translation>Organisatie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Add or&amp;ganisation</source>
        <translation>O&amp;rganisatie toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>A&amp;dd person</source>
        <translation>&amp;Persoon toevoegen</translation>
    </message>
    <message>
        <source>C&amp;hange person</source>
        <translation>Persoon wij&amp;zigen</translation>
    </message>
    <message>
        <source>Remo&amp;ve person</source>
        <translation>Persoon verwij&amp;deren</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Contact persons of %1</source>
        <translation>Contactpersonen van %1</translation>
    </message>
    <message>
        <source>Contact persons without organisation</source>
        <translation>Contactpersonen zonder organisatie</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Change organisation %1</source>
        <translation>Organisatie %1 wijzigen</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>Organisatie %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove "%1" from the address book? Its contact persons and sites are kept, without this organisation.</source>
        <translation>"%1" uit het adresboek verwijderen? De contactpersonen en opvanglocaties blijven bewaard, zonder deze organisatie.</translation>
    </message>
    <message>
        <source>The closure periods of this site are removed with it.</source>
        <translation>De sluitingsperiodes van deze opvanglocatie worden mee verwijderd.</translation>
    </message>
    <message>
        <source>Remove organisation %1</source>
        <translation>Organisatie %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove the contact person "%1"?</source>
        <translation>De contactpersoon "%1" verwijderen?</translation>
    </message>
    <message>
        <source>Remove contact person %1</source>
        <translation>Contactpersoon %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>traject::OutcomeBox</name>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Uitstroom vast&amp;leggen</translation>
    </message>
    <message>
        <source>Outcome d&amp;ate</source>
        <translation>Da&amp;tum uitstroom</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Uitstroom</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Wer&amp;kgever</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Reg&amp;ime</translation>
    </message>
    <message>
        <source>Hours per &amp;week</source>
        <translation>&amp;Aantal uren per week</translation>
    </message>
    <message>
        <source>Notes on the outcome</source>
        <translation>Notities bij de uitstroom</translation>
    </message>
    <message>
        <source>Recorded; changes are stored at once.</source>
        <translation>Vastgelegd; wijzigingen worden meteen bewaard.</translation>
    </message>
    <message>
        <source>No outcome recorded yet. Fill it in when the learner leaves the trajectory and choose "Record outcome".</source>
        <translation>Nog geen uitstroom vastgelegd. Vul dit in wanneer de cursist het traject verlaat en kies "Uitstroom vastleggen".</translation>
    </message>
    <message>
        <source>Type the hours as a number, for example 30 or 30,4.</source>
        <translation>Typ het aantal uren als getal, bijvoorbeeld 30 of 30,4.</translation>
    </message>
    <message>
        <source>Change the outcome</source>
        <translation>Uitstroom wijzigen</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Uitstroom vastleggen</translation>
    </message>
    <message>
        <source>From the address book, or type a name</source>
        <translation>Uit het adresboek, of typ een naam</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Datum uitstroom</translation>
    </message>
    <message>
        <source>Store the outcome?</source>
        <translation>Uitstroom opslaan?</translation>
    </message>
    <message>
        <source>Look at this outcome again before it is stored:</source>
        <translation>Kijk deze uitstroom nog eens na voor je hem opslaat:</translation>
    </message>
    <message>
        <source>Store anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>traject::OverviewPage</name>
    <message>
        <source>Stage</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Cursisten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Days done of the target</source>
        <translation>Dagen gedaan van het doel</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Enter or a click on the name opens the learner's dossier.</source>
        <translation>Enter of een klik op de naam opent het dossier van de cursist.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>&amp;Workplace learning days</source>
        <translation>Da&amp;gen werkplekleren</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>A&amp;fspraken</translation>
    </message>
    <message>
        <source>A&amp;ctions due or overdue</source>
        <translation>&amp;Acties die nu moeten of te laat zijn</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>Barriers by category</source>
        <translation>Drempels per soort</translation>
    </message>
    <message>
        <source>Workplace learning progress</source>
        <translation>Voortgang werkplekleren</translation>
    </message>
    <message>
        <source>The last day of the period lies before its first day.</source>
        <translation>De laatste dag van de periode ligt voor de eerste dag.</translation>
    </message>
    <message>
        <source>Overview · week of %1 to %2</source>
        <translation>Overzicht · week van %1 tot %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days)</source>
        <translation>
            <numerusform>%1 (%n dag)</numerusform>
            <numerusform>%1 (%n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>never (%n days)</source>
        <translation>
            <numerusform>nooit (%n dag)</numerusform>
            <numerusform>nooit (%n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;No contact for more than %n days</source>
        <translation>
            <numerusform>&amp;Meer dan %n dag geen contact</numerusform>
            <numerusform>&amp;Meer dan %n dagen geen contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Did not enter: %1.</source>
        <translation>Niet ingestapt: %1.</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Gestopt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) in workplace learning, by days done of the target:</source>
        <translation>
            <numerusform>%n cursist in werkplekleren, volgens gewerkte dagen van het doel:</numerusform>
            <numerusform>%n cursisten in werkplekleren, volgens gewerkte dagen van het doel:</numerusform>
        </translation>
    </message>
    <message>
        <source>overview-%1.pdf</source>
        <translation>overzicht-%1.pdf</translation>
    </message>
    <message>
        <source>Save the overview as PDF</source>
        <translation>Het overzicht opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
</context>
<context>
    <name>traject::PersonModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>traject::PhaseChangeDialog</name>
    <message>
        <source>ESF+ follow-up</source>
        <translation>ESF+-opvolging</translation>
    </message>
    <message>
        <source>ESF+ asks about %1&apos;s situation six months after leaving. Plan a phone call for that on %2 in the logbook?</source>
        <translation>ESF+ vraagt naar de situatie van %1 zes maanden na het verlaten. Een telefoongesprek daarvoor plannen op %2 in het logboek?</translation>
    </message>
    <message>
        <source>Plan the ESF+ follow-up of %1</source>
        <translation>ESF+-opvolging van %1 plannen</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <source>%1 is in the phase "%2" since %3.</source>
        <translation>%1 zit sinds %3 in de fase "%2".</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>In een paar woorden</translation>
    </message>
    <message>
        <source>&amp;New phase</source>
        <translation>&amp;Nieuwe fase</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Uitleg</translation>
    </message>
    <message>
        <source>Change &amp;phase</source>
        <translation>&amp;Fase wijzigen</translation>
    </message>
    <message>
        <source>The trajectory has ended with the outflow; start a new trajectory instead.</source>
        <translation>Het traject is afgesloten met de uitstroom; start een nieuw traject.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>&amp;Reason for not entering</source>
        <translation>&amp;Reden om niet in te stappen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>traject::PhaseHistoryModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>traject::PhaseProposalBar</name>
    <message>
        <source>Yes, change phase…</source>
        <translation>Ja, fase wijzigen…</translation>
    </message>
    <message>
        <source>Opens the phase change with this phase and day filled in; you confirm it there.</source>
        <translation>Opent de fasewijziging met deze fase en dag al ingevuld; daar bevestig je ze.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Leaves the phase as it is.</source>
        <translation>Laat de fase zoals ze is.</translation>
    </message>
    <message>
        <source>%1 To the phase "%2" from %3?</source>
        <translation>%1 Naar de fase "%2" vanaf %3?</translation>
    </message>
</context>
<context>
    <name>traject::PlacementDayDialog</name>
    <message>
        <source>Add a placement day</source>
        <translation>Werkplekdag toevoegen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>The placement runs from %1 to %2.</source>
        <translation>Het werkplekleren loopt van %1 tot %2.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Planned hours</source>
        <translation>&amp;Geplande uren</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Worked hours</source>
        <translation>Ge&amp;werkte uren</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>Dag toe&amp;voegen</translation>
    </message>
    <message>
        <source>Add placement day %1</source>
        <translation>Werkplekdag %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>traject::PlacementDayModel</name>
    <message>
        <source>This day has passed: fill in whether it was worked.</source>
        <translation>Deze dag is voorbij: vul in of er gewerkt werd.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Gewerkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>traject::PlacementDialog</name>
    <message>
        <source>First day of the placement</source>
        <translation>Eerste dag van het werkplekleren</translation>
    </message>
    <message>
        <source>Last day of the placement</source>
        <translation>Laatste dag van het werkplekleren</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>Change placement</source>
        <translation>Werkplekleren wijzigen</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nieuw werkplekleren</translation>
    </message>
    <message>
        <source>(no site yet)</source>
        <translation>(nog geen opvanglocatie)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Opvanglocatie</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <source>Placement su&amp;pervisor</source>
        <translation>Stagebe&amp;geleider</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>&amp;Weekdagen</translation>
    </message>
    <message>
        <source>&amp;Hours per day</source>
        <translation>&amp;Uren per dag</translation>
    </message>
    <message>
        <source>Target &amp;days</source>
        <translation>Beoogde &amp;dagen</translation>
    </message>
    <message>
        <source>Target h&amp;ours</source>
        <translation>Beoogde u&amp;ren</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>&amp;Add placement</source>
        <translation>Werkplekleren &amp;toevoegen</translation>
    </message>
    <message>
        <source>Change placement at %1</source>
        <translation>Werkplekleren bij %1 wijzigen</translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation>Werkplekleren toevoegen</translation>
    </message>
    <message>
        <source>The days of work-place learning the whole trajectory aims at (about 44 to 47). Its placements share this target: a change here changes it for each of them.</source>
        <translation>Het aantal dagen werkplekleren dat het hele traject beoogt (ongeveer 44 tot 47). Alle stages van het traject delen dit doel: pas je het hier aan, dan verandert het voor elke stage.</translation>
    </message>
    <message>
        <source>Change the target of the work-place learning</source>
        <translation>Doel van het werkplekleren wijzigen</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Placement supervisor</source>
        <translation>Stagebegeleider</translation>
    </message>
</context>
<context>
    <name>traject::PlacementModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 / %2 days</source>
        <translation>%1 / %2 dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Opvanglocatie</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Placement supervisor</source>
        <translation>Stagebegeleider</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Uren/dag</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Gewerkt</translation>
    </message>
    <message>
        <source>Not ready to start: still open: %1</source>
        <translation>Niet klaar om te starten: nog open: %1</translation>
    </message>
</context>
<context>
    <name>traject::PlacementsTab</name>
    <message>
        <source>Days of the placement</source>
        <translation>Dagen van het werkplekleren</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>Werkplekleren &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Remove placement…</source>
        <translation>Werkplekleren verwijderen…</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Periodes werkplekleren</translation>
    </message>
    <message>
        <source>No placements yet. Use "Add placement…" for the work-place learning at a childcare site, then generate its days.</source>
        <translation>Nog geen werkplekleren. Gebruik "Werkplekleren toevoegen…" voor het werkplekleren op een opvanglocatie en plan daarna de dagen in.</translation>
    </message>
    <message>
        <source>&amp;Generate days…</source>
        <translation>Dagen &amp;inplannen…</translation>
    </message>
    <message>
        <source>Add &amp;day…</source>
        <translation>Dag toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Rem&amp;ove day…</source>
        <translation>Dag verwijderen…</translation>
    </message>
    <message>
        <source>Change placement day %1</source>
        <translation>Werkplekdag %1 wijzigen</translation>
    </message>
    <message>
        <source>Mark the selected days:</source>
        <translation>Zet de gekozen dagen op:</translation>
    </message>
    <message>
        <source>&amp;Worked</source>
        <translation>&amp;Gewerkt</translation>
    </message>
    <message>
        <source>Absent, e&amp;xcused</source>
        <translation>&amp;Afwezig, gewettigd</translation>
    </message>
    <message>
        <source>Absent, &amp;unexcused</source>
        <translation>Afwezig, &amp;ongewettigd</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled</source>
        <translation>Gea&amp;nnuleerd</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>Gep&amp;land</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>The target can no longer be reached with the days that are planned: plan more days or adjust the target.</source>
        <translation>Het doel is niet meer haalbaar met de geplande dagen: plan meer dagen of pas het doel aan.</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 op %2 zetten</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n placement days as %1</source>
        <translation>
            <numerusform>%n werkplekdag op %1 zetten</numerusform>
            <numerusform>%n werkplekdagen op %1 zetten</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Werkplekleren verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the placement at %1 (%2 to %3) with its %n day(s)? You can undo this.</source>
        <translation>
            <numerusform>Het werkplekleren bij %1 (%2 tot %3) verwijderen, met %n dag? Je kan dit ongedaan maken.</numerusform>
            <numerusform>Het werkplekleren bij %1 (%2 tot %3) verwijderen, met %n dagen? Je kan dit ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove placement at %1</source>
        <translation>Werkplekleren bij %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove the placement day of %1?</source>
        <translation>De werkplekdag van %1 verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n placement days?</source>
        <translation>
            <numerusform>Deze %n werkplekdag verwijderen?</numerusform>
            <numerusform>Deze %n werkplekdagen verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove placement day</source>
        <translation>Werkplekdag verwijderen</translation>
    </message>
    <message>
        <source>Remove placement day %1</source>
        <translation>Werkplekdag %1 verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n placement days</source>
        <translation>
            <numerusform>%n werkplekdag verwijderen</numerusform>
            <numerusform>%n werkplekdagen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change placemen&amp;t…</source>
        <translation>Werkplekleren wi&amp;jzigen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Target: %1 days, %2 hours</source>
        <translation>Doel: %1 dagen, %2 uren</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet…</source>
        <translation>Aanwezigheid&amp;slijst…</translation>
    </message>
    <message>
        <source>The sheet the mentor fills in: one line per planned day, with the hours worked and a signature.</source>
        <translation>De lijst die de mentor invult: één regel per geplande dag, met de gewerkte uren en een handtekening.</translation>
    </message>
    <message>
        <source>This placement: %1</source>
        <translation>Deze stage: %1</translation>
    </message>
    <message>
        <source>The target can no longer be reached with the days that are worked, still to record and planned: plan more days or adjust the target.</source>
        <translation>Het doel is niet meer haalbaar met de dagen die gewerkt, nog in te vullen of gepland zijn: plan meer dagen of pas het doel aan.</translation>
    </message>
</context>
<context>
    <name>traject::PlanDialog</name>
    <message>
        <source>Readability of the plan</source>
        <translation>Leesbaarheid van het plan</translation>
    </message>
    <message>
        <source>Print personal plan</source>
        <translation>Trajectplan afdrukken</translation>
    </message>
    <message>
        <source>Personal plan of %1</source>
        <translation>Trajectplan van %1</translation>
    </message>
    <message>
        <source>Stored versi&amp;ons</source>
        <translation>Bewaarde vers&amp;ies</translation>
    </message>
    <message>
        <source>Printed for</source>
        <translation>Afgedrukt voor</translation>
    </message>
    <message>
        <source>The &amp;learner</source>
        <translation>De &amp;cursist</translation>
    </message>
    <message>
        <source>Everything: the learner's own plan to take home.</source>
        <translation>Alles: het eigen plan van de cursist om mee naar huis te nemen.</translation>
    </message>
    <message>
        <source>The &amp;workplace</source>
        <translation>De &amp;werkplek</translation>
    </message>
    <message>
        <source>The schedule, the mentor and the contacts: never the barriers or the appointments.</source>
        <translation>De planning, de mentor en de contactpersonen: nooit de drempels of de afspraken.</translation>
    </message>
    <message>
        <source>A pa&amp;rtner</source>
        <translation>Een pa&amp;rtner</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Delen van het plan</translation>
    </message>
    <message>
        <source>Include &amp;sensitive barriers (family, psychological)</source>
        <translation>&amp;Gevoelige drempels opnemen (gezin, psychisch)</translation>
    </message>
    <message>
        <source>Barriers of a sensitive kind are left out unless you tick this.</source>
        <translation>Gevoelige drempels worden weggelaten, tenzij je dit aanvinkt.</translation>
    </message>
    <message>
        <source>Never printed for %1.</source>
        <translation>Nooit afgedrukt voor %1.</translation>
    </message>
    <message>
        <source>Personal plan %1 v%2</source>
        <translation>Trajectplan %1 v%2</translation>
    </message>
    <message>
        <source>Only what the learner agreed to share (consents on the Profile tab).</source>
        <translation>Alleen wat de cursist wil delen (toestemmingen op het tabblad Profiel).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>The plan shows only what this consent covers, and prints it.</source>
        <translation>Het plan toont alleen waarvoor deze toestemming geldt, en vermeldt ze.</translation>
    </message>
    <message>
        <source>%1, given on %2</source>
        <translation>%1, gegeven op %2</translation>
    </message>
    <message>
        <source>No consent for a partner holds today</source>
        <translation>Vandaag geldt geen toestemming voor een partner</translation>
    </message>
    <message>
        <source>The chosen consent does not cover this.</source>
        <translation>De gekozen toestemming geldt hier niet voor.</translation>
    </message>
    <message>
        <source>The chosen consent does not cover the sensitive barriers.</source>
        <translation>De gekozen toestemming geldt niet voor de gevoelige drempels.</translation>
    </message>
    <message>
        <source>Appendi&amp;x: all modules and placement days</source>
        <translation>&amp;Bijlage: alle modules en werkplekleerdagen</translation>
    </message>
    <message>
        <source>On pages of their own after the plan. The workplace needs the days; the learner reads the plan better without the lists.</source>
        <translation>Op aparte pagina’s na het plan. De werkplek heeft de dagen nodig; de cursist leest het plan beter zonder de lijsten.</translation>
    </message>
</context>
<context>
    <name>traject::PlanVersionModel</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>With the sensitive barriers.</source>
        <translation>Met de gevoelige drempels.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
</context>
<context>
    <name>traject::ProfileDialog</name>
    <message>
        <source>Profile of the learners</source>
        <translation>Profiel van de cursisten</translation>
    </message>
    <message>
        <source>Caseload profile</source>
        <translation>Profiel van de cursisten</translation>
    </message>
    <message>
        <source>Counts only, no names. "&lt;5" stands for 1 to 4 people; "x" is hidden so that a lone "&lt;5" cannot be computed from the total.</source>
        <translation>Alleen aantallen, geen namen. "&lt;5" staat voor 1 tot 4 personen; "x" is verborgen zodat een enkele "&lt;5" niet uit het totaal te berekenen is.</translation>
    </message>
    <message>
        <source>Learners whose trajectory overlaps the period: %1.</source>
        <translation>Cursisten met een traject in deze periode: %1.</translation>
    </message>
    <message>
        <source>Average age: %1 years.</source>
        <translation>Gemiddelde leeftijd: %1 jaar.</translation>
    </message>
    <message>
        <source>caseload profile %1 to %2</source>
        <translation>profiel cursisten %1 tot %2</translation>
    </message>
    <message>
        <source>Save the caseload profile</source>
        <translation>Profiel van de cursisten bewaren</translation>
    </message>
</context>
<context>
    <name>traject::ProfileModel</name>
    <message>
        <source>1 to 4 people: not shown, so that nobody can be recognised.</source>
        <translation>1 tot 4 personen: niet getoond, zodat niemand herkenbaar is.</translation>
    </message>
    <message>
        <source>Hidden, so that the "&lt;5" of this characteristic cannot be computed from the total.</source>
        <translation>Verborgen, zodat de "&lt;5" van dit kenmerk niet uit het totaal te berekenen is.</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
</context>
<context>
    <name>traject::ProfileTab</name>
    <message>
        <source>VDAB client number</source>
        <translation>VDAB-klantnummer</translation>
    </message>
    <message>
        <source>ESF+ data</source>
        <translation>ESF+-gegevens</translation>
    </message>
    <message>
        <source>For the ESF+ participant registration. Ask each question once; &quot;Refuses to answer&quot; is an answer too, since the attempt to ask counts.</source>
        <translation>Voor de ESF+-registratie van deelnemers. Stel elke vraag één keer; ‘Weigert te antwoorden’ is ook een antwoord, want de poging om te vragen telt.</translation>
    </message>
    <message>
        <source>Remove learner…</source>
        <translation>Cursist verwijderen…</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 van %2 wijzigen</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>First &amp;name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>L&amp;ast name</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation>R&amp;ijksregisternummer</translation>
    </message>
    <message>
        <source>Eleven digits, on the back of the identity card or on the residence permit. The check digits are verified.</source>
        <translation>Elf cijfers, op de achterkant van de identiteitskaart of op de verblijfskaart. Het controlegetal wordt nagekeken.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-m&amp;ail</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>Straat en &amp;nummer</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>P&amp;ostcode</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Language and education</source>
        <translation>Taal en opleiding</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Th&amp;uistaal</translation>
    </message>
    <message>
        <source>&amp;Dutch level (NT2)</source>
        <translation>Niveau Neder&amp;lands (NT2)</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Opleidingsniveau</translation>
    </message>
    <message>
        <source>Foreign diploma</source>
        <translation>Buitenlands diploma</translation>
    </message>
    <message>
        <source>Diploma recognition</source>
        <translation>Gelijkwaardigheid diploma</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migratieachtergrond</translation>
    </message>
    <message>
        <source>Family and mobility</source>
        <translation>Gezin en mobiliteit</translation>
    </message>
    <message>
        <source>children</source>
        <translation>kinderen</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>&amp;Kind toevoegen</translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation>Kind verwijderen</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Ri&amp;jbewijs</translation>
    </message>
    <message>
        <source>O&amp;wn laptop</source>
        <translation>Eigen laptop</translation>
    </message>
    <message>
        <source>Internet at home</source>
        <translation>Internet thuis</translation>
    </message>
    <message>
        <source>Status and referral</source>
        <translation>Situatie en toeleiding</translation>
    </message>
    <message>
        <source>Status before the start</source>
        <translation>&amp;Situatie voor de start</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>Maanden werkloos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Type a number of months, or leave the field empty.</source>
        <translation>Typ een aantal maanden of laat het veld leeg.</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Toegeleid door</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Notitie bij toeleiding</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Arbeidsbemiddeling</translation>
    </message>
    <message>
        <source>Statute or benefit</source>
        <translation>Statuut of uitkering</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <source>The phase changes through "Change phase…" at the top.</source>
        <translation>Je wijzigt de fase met "Fase wijzigen…" bovenaan.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Cursist verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 and the whole dossier: barriers, training, workplace learning, logbook and role card?

You can undo this with %2.</source>
        <translation>%1 en het hele dossier verwijderen: drempels, opleiding, werkplekleren, logboek en rollenkaart?

Je kan dit ongedaan maken met %2.</translation>
    </message>
    <message>
        <source>Remove learner %1</source>
        <translation>Cursist %1 verwijderen</translation>
    </message>
    <message>
        <source>A plan for a partner is only made under a consent that holds, and shows only what it covers.</source>
        <translation>Een plan voor een partner wordt alleen gemaakt onder een geldige toestemming, en toont alleen waarvoor ze geldt.</translation>
    </message>
</context>
<context>
    <name>traject::ProgrammeForm</name>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Aanbieder</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <source>&amp;Total lestijden</source>
        <translation>Totaal &amp;lestijden</translation>
    </message>
    <message>
        <source>&amp;Class days per week</source>
        <translation>Lesdagen per &amp;week</translation>
    </message>
    <message>
        <source>P&amp;lacement hours</source>
        <translation>&amp;Stage-uren</translation>
    </message>
    <message>
        <source>&amp;Observation hours</source>
        <translation>&amp;Observatie-uren</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Beschrijving</translation>
    </message>
</context>
<context>
    <name>traject::ProgrammesDialog</name>
    <message numerus="yes">
        <source>Incomplete: %n module(s) without a name</source>
        <translation>
            <numerusform>Onvolledig: %n module zonder naam</numerusform>
            <numerusform>Onvolledig: %n modules zonder naam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This programme is not complete yet: %n module(s) have no name yet. Fill in their names as the training centre calls them. Until then, the personal plan counts them as '%n more module(s)'.</source>
        <translation>
            <numerusform>Deze opleiding is nog niet volledig: %n module heeft nog geen naam. Vul de naam in zoals het opleidingscentrum de module noemt. Tot dan telt het trajectplan ze als 'nog %n module'.</numerusform>
            <numerusform>Deze opleiding is nog niet volledig: %n modules hebben nog geen naam. Vul hun naam in zoals het opleidingscentrum ze noemt. Tot dan telt het trajectplan ze als 'nog %n modules'.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Opleidingen</translation>
    </message>
    <message>
        <source>New pro&amp;gramme</source>
        <translation>Nie&amp;uwe opleiding</translation>
    </message>
    <message>
        <source>&amp;Remove programme</source>
        <translation>Opleiding &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Install shipped templates</source>
        <translation>Meegeleverde sjablonen &amp;installeren</translation>
    </message>
    <message>
        <source>&amp;Add programme</source>
        <translation>Opleiding &amp;toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>&amp;Module toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve module</source>
        <translation>Module ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Adds the shipped CVO and Syntra programmes that are not in the list</source>
        <translation>Voegt de meegeleverde opleidingen van CVO en Syntra toe die nog niet in de lijst staan</translation>
    </message>
    <message>
        <source>Every shipped programme is in the list</source>
        <translation>Alle meegeleverde opleidingen staan in de lijst</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nieuwe opleiding</translation>
    </message>
    <message>
        <source>Change programme %1</source>
        <translation>Opleiding %1 wijzigen</translation>
    </message>
    <message>
        <source>Add programme %1</source>
        <translation>Opleiding %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove the programme "%1" with its modules?</source>
        <translation>De opleiding "%1" met de modules verwijderen?</translation>
    </message>
    <message>
        <source>Remove programme %1</source>
        <translation>Opleiding %1 verwijderen</translation>
    </message>
    <message>
        <source>Install shipped templates</source>
        <translation>Meegeleverde sjablonen installeren</translation>
    </message>
    <message>
        <source>Install template %1</source>
        <translation>Sjabloon %1 installeren</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>Add module to %1</source>
        <translation>Module toevoegen aan %1</translation>
    </message>
    <message>
        <source>The new module could not be found.</source>
        <translation>De nieuwe module kon niet gevonden worden.</translation>
    </message>
    <message>
        <source>Remove module %1</source>
        <translation>Module %1 verwijderen</translation>
    </message>
    <message>
        <source>Move module %1 up</source>
        <translation>Module %1 omhoog zetten</translation>
    </message>
    <message>
        <source>Move module %1 down</source>
        <translation>Module %1 omlaag zetten</translation>
    </message>
</context>
<context>
    <name>traject::ProposalModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>traject::ReadinessLabel</name>
    <message>
        <source>Ready to start? Yes: no open barriers block it.</source>
        <translation>Klaar om te starten? Ja: geen open drempels houden het tegen.</translation>
    </message>
    <message>
        <source>Link a barrier to what it blocks in the barrier's editor (Barriers tab).</source>
        <translation>Koppel een drempel aan wat hij blokkeert bij het bewerken van de drempel (tabblad Drempels).</translation>
    </message>
    <message>
        <source>Ready to start? No: still open: %1</source>
        <translation>Klaar om te starten? Nee: nog open: %1</translation>
    </message>
    <message>
        <source>These barriers block it until they are solved (Barriers tab).</source>
        <translation>Deze drempels houden het tegen tot ze opgelost zijn (tabblad Drempels).</translation>
    </message>
</context>
<context>
    <name>traject::RestoreBackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The backups are in %1.</source>
        <translation>Kies de back-up die je wilt terugzetten. De back-ups staan in %1.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Deze back-up &amp;terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>Trajectplanner databases (*.sqlite);;All files (*)</source>
        <translation>Databanken van Trajectplanner (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>There are no backups yet. Choose "Other file…" to restore a backup from elsewhere.</source>
        <translation>Er zijn nog geen back-ups. Kies "Ander bestand…" om een back-up van ergens anders terug te zetten.</translation>
    </message>
    <message>
        <source>Choose a backup in the list.</source>
        <translation>Kies een back-up in de lijst.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kan niet teruggezet worden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Backup of %1 with %n learner(s).</source>
        <translation>
            <numerusform>Back-up van %1 met %n cursist.</numerusform>
            <numerusform>Back-up van %1 met %n cursisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current database (%n learner(s)) is first kept as a safety copy in the backups folder. Then this backup takes its place: what was entered after %1 is only in the safety copy.</source>
        <translation>
            <numerusform>De huidige databank (%n cursist) wordt eerst bewaard als veiligheidskopie in de map met back-ups. Daarna komt deze back-up in haar plaats: wat na %1 is ingevuld, staat dan alleen nog in de veiligheidskopie.</numerusform>
            <numerusform>De huidige databank (%n cursisten) wordt eerst bewaard als veiligheidskopie in de map met back-ups. Daarna komt deze back-up in haar plaats: wat na %1 is ingevuld, staat dan alleen nog in de veiligheidskopie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traject::RetakeDialog</name>
    <message>
        <source>Retake a module</source>
        <translation>Module hernemen</translation>
    </message>
    <message>
        <source>%1 (not passed in semester %2)</source>
        <translation>%1 (niet geslaagd in semester %2)</translation>
    </message>
    <message>
        <source>e.g. exam of the first semester not passed</source>
        <translation>bv. examen van het eerste semester niet geslaagd</translation>
    </message>
    <message>
        <source>Extend the training to %1 (planned end %2)</source>
        <translation>Opleiding verlengen tot %1 (gepland einde %2)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;Semester of the retake</source>
        <translation>&amp;Semester van de herneming</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>&amp;Plan retake</source>
        <translation>Herneming &amp;plannen</translation>
    </message>
</context>
<context>
    <name>traject::RetentionModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Years since</source>
        <translation>Jaren geleden</translation>
    </message>
</context>
<context>
    <name>traject::RetentionReviewDialog</name>
    <message>
        <source>Review the retention period</source>
        <translation>Bewaartermijn nakijken</translation>
    </message>
    <message>
        <source>Data about a learner are kept only as long as they are needed. These learners' trajectories ended long ago: anonymise them (the reports still count them) or erase them for good. Open the dossier first if you want to check something.</source>
        <translation>Gegevens over een cursist worden maar zo lang bewaard als nodig. Het traject van deze cursisten is lang geleden afgesloten: anonimiseer hen (de rapporten tellen hen dan nog mee) of verwijder hen definitief. Open eerst het dossier als je iets wilt nakijken.</translation>
    </message>
    <message>
        <source>List trajectories that ended &amp;more than</source>
        <translation>Trajecten tonen die afgesloten zijn &amp;meer dan</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Bewaartermijn in jaren</translation>
    </message>
    <message>
        <source>Learners whose trajectory ended long ago</source>
        <translation>Cursisten van wie het traject lang geleden afgesloten is</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <source>&amp;Erase for good…</source>
        <translation>Definitief &amp;verwijderen…</translation>
    </message>
    <message numerus="yes">
        <source>year(s) ago</source>
        <translation>
            <numerusform>jaar geleden</numerusform>
            <numerusform>jaar geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>De lijst kan niet gelezen worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>No learner's trajectory ended more than %n year(s) ago: there is nothing to review now.</source>
        <translation>
            <numerusform>Geen enkel traject is meer dan %n jaar geleden afgesloten: er is nu niets na te kijken.</numerusform>
            <numerusform>Geen enkel traject is meer dan %n jaar geleden afgesloten: er is nu niets na te kijken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traject::RoleCardModel</name>
    <message>
        <source>This role has ended.</source>
        <translation>Deze rol is afgelopen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>traject::RoleCardTab</name>
    <message>
        <source>Who helps</source>
        <translation>Wie helpt</translation>
    </message>
    <message>
        <source>&amp;Add role…</source>
        <translation>Rol &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add a person with their role (Insert)</source>
        <translation>Een persoon met zijn of haar rol toevoegen (Insert)</translation>
    </message>
    <message>
        <source>Change the selected role (Enter)</source>
        <translation>De gekozen rol wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected role (Delete)</source>
        <translation>De gekozen rol verwijderen (Delete)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove %1 from the role card?</source>
        <translation>%1 van de rollenkaart verwijderen?</translation>
    </message>
    <message>
        <source>Remove %1 from the role card</source>
        <translation>%1 van de rollenkaart verwijderen</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rol verwijderen</translation>
    </message>
</context>
<context>
    <name>traject::RoleDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <source>For example: call for questions about the placement</source>
        <translation>Bijvoorbeeld: bellen bij vragen over de stage</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rol toevoegen</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Kies een persoon…</translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation>Rol %1 toevoegen</translation>
    </message>
    <message>
        <source>Change role %1</source>
        <translation>Rol %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>traject::SettingsDialog</name>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minuut</numerusform>
            <numerusform> minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>When you do not use Trajectplanner for this long, the window locks itself and hides every learner until you type your passphrase. Ctrl+L locks it at once, e.g. when you step out. Never is not wise: a laptop left open shows the whole caseload. This works only for an encrypted file.</source>
        <translation>Gebruik je Trajectplanner zo lang niet, dan vergrendelt het venster vanzelf. Het verbergt dan alle cursisten tot je je wachtzin typt. Ctrl+L vergrendelt meteen, bv. als je even weggaat. Nooit is niet verstandig: een open laptop toont dan de hele lijst van cursisten. Dit werkt alleen voor een versleuteld bestand.</translation>
    </message>
    <message>
        <source>Loc&amp;k after</source>
        <translation>&amp;Vergrendelen na</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Trajectplanner.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van Trajectplanner.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>e.g. 0470 12 34 56</source>
        <translation>bv. 0470 12 34 56</translation>
    </message>
    <message>
        <source>e.g. name@organisation.be</source>
        <translation>bv. naam@organisatie.be</translation>
    </message>
    <message>
        <source>You as SPOC</source>
        <translation>Jij als SPOC</translation>
    </message>
    <message>
        <source>Plans, attendance sheets and intake summaries print these details, so that learners and workplaces know how to reach you.</source>
        <translation>Trajectplannen, aanwezigheidslijsten en intakeverslagen drukken deze gegevens af. Zo weten cursisten en werkplekken hoe ze je bereiken.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganisatie</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>traject::SupportNetworkEditor</name>
    <message>
        <source>Support network</source>
        <translation>Steunfiguren</translation>
    </message>
    <message>
        <source>Add &amp;support person…</source>
        <translation>&amp;Steunfiguur toevoegen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Aanpassen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add someone this learner can fall back on: family, a friend, a professional (Insert)</source>
        <translation>Iemand toevoegen op wie de cursist kan terugvallen: familie, een vriend(in), een hulpverlener (Insert)</translation>
    </message>
    <message>
        <source>Change the selected support person (Enter)</source>
        <translation>De gekozen steunfiguur wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected support person (Delete)</source>
        <translation>De gekozen steunfiguur verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Remove %1 from the support network?</source>
        <translation>%1 verwijderen uit de steunfiguren?</translation>
    </message>
    <message>
        <source>Remove support person %1</source>
        <translation>Steunfiguur %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove support person</source>
        <translation>Steunfiguur verwijderen</translation>
    </message>
</context>
<context>
    <name>traject::SupportNetworkModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>traject::SupportPersonDialog</name>
    <message>
        <source>Change support person</source>
        <translation>Steunfiguur wijzigen</translation>
    </message>
    <message>
        <source>New support person</source>
        <translation>Nieuwe steunfiguur</translation>
    </message>
    <message>
        <source>For example: sister, neighbour, social worker</source>
        <translation>Bijvoorbeeld: zus, buurvrouw, maatschappelijk werker</translation>
    </message>
    <message>
        <source>Own circle: family, friends, neighbours. Professional: a social worker, coach or other professional.</source>
        <translation>Eigen kring: familie, vrienden, buren. Professioneel: een maatschappelijk werker, coach of andere hulpverlener.</translation>
    </message>
    <message>
        <source>For example: looks after the children on placement days</source>
        <translation>Bijvoorbeeld: past op de kinderen op stagedagen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relatie</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Add support person</source>
        <translation>Steunfiguur toevoegen</translation>
    </message>
    <message>
        <source>Add support person %1</source>
        <translation>Steunfiguur %1 toevoegen</translation>
    </message>
    <message>
        <source>Change support person %1</source>
        <translation>Steunfiguur %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>traject::TableSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
</context>
<context>
    <name>traject::TimelineCanvas</name>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>werkplekleren</translation>
    </message>
    <message>
        <source>placement day</source>
        <translation>werkplekleerdag</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>drempel</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>aftercare</source>
        <translation>nazorg</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Niets te tonen.</translation>
    </message>
    <message>
        <source>Drag to move this day to another date.</source>
        <translation>Sleep om deze dag naar een andere datum te verplaatsen.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Verplaatsen naar %1</translation>
    </message>
</context>
<context>
    <name>traject::TimelineToolbar</name>
    <message>
        <source>Zoom in and out with Ctrl+wheel or the + and − keys.</source>
        <translation>In- en uitzoomen met Ctrl+muiswiel of de toetsen + en −.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Scroll to today (Home).</source>
        <translation>Naar vandaag scrollen (Home).</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>Z&amp;oom:</translation>
    </message>
</context>
<context>
    <name>traject::TrainingTab</name>
    <message>
        <source>Modules of the enrolment</source>
        <translation>Modules van de inschrijving</translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <source>&amp;New enrolment…</source>
        <translation>&amp;Nieuwe inschrijving…</translation>
    </message>
    <message>
        <source>Ch&amp;ange enrolment…</source>
        <translation>&amp;Inschrijving wijzigen…</translation>
    </message>
    <message>
        <source>Remove enrolment…</source>
        <translation>Inschrijving verwijderen…</translation>
    </message>
    <message>
        <source>This learner is not enrolled in a programme yet. Use "New enrolment…" to choose the programme, the start and the variant; the modules are proposed from the programme.</source>
        <translation>Deze cursist is nog niet ingeschreven voor een opleiding. Gebruik "Nieuwe inschrijving…" om de opleiding, de start en de variant te kiezen; de modules worden voorgesteld vanuit de opleiding.</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Opleiding:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variant:</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Gepland einde:</translation>
    </message>
    <message>
        <source>Two-year limit:</source>
        <translation>Grens van twee jaar:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Plan a re&amp;take…</source>
        <translation>Herneming p&amp;lannen…</translation>
    </message>
    <message>
        <source>For a module that was not passed: plan it again in a later semester.</source>
        <translation>Voor een module die niet behaald is: plan ze opnieuw in een later semester.</translation>
    </message>
    <message>
        <source>Remove line…</source>
        <translation>Re&amp;gel verwijderen…</translation>
    </message>
    <message>
        <source>Change a status or semester with a double-click or F2.</source>
        <translation>Wijzig een status of semester met een dubbelklik of F2.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 – the planned end passes the two-year limit!</source>
        <translation>%1 – het geplande einde ligt na de grens van twee jaar!</translation>
    </message>
    <message>
        <source>The qualification must be reached within two years of the start.</source>
        <translation>De kwalificatie moet binnen twee jaar na de start behaald zijn.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 modules passed · %3 of %4 teaching periods done</source>
        <translation>%1 van %2 modules behaald · %3 van %4 lestijden gedaan</translation>
    </message>
    <message numerus="yes">
        <source>%n retake(s)</source>
        <translation>
            <numerusform>%n herneming</numerusform>
            <numerusform>%n hernemingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove enrolment</source>
        <translation>Inschrijving verwijderen</translation>
    </message>
    <message>
        <source>Remove the enrolment in %1 with its module plan? Placements stay, without the link to this enrolment. You can undo this.</source>
        <translation>De inschrijving voor %1 verwijderen, met het moduleplan? Het werkplekleren blijft bestaan, zonder de koppeling met deze inschrijving. Je kan dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Remove enrolment in %1</source>
        <translation>Inschrijving voor %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 (semester %2) from the module plan?</source>
        <translation>%1 (semester %2) uit het moduleplan verwijderen?</translation>
    </message>
    <message>
        <source>Remove %1 from the module plan</source>
        <translation>%1 uit het moduleplan verwijderen</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 op %2 zetten</translation>
    </message>
    <message>
        <source>Change %1 in the module plan</source>
        <translation>%1 wijzigen in het moduleplan</translation>
    </message>
    <message>
        <source>Enr&amp;olment:</source>
        <translation>Inschrij&amp;ving:</translation>
    </message>
</context>
<context>
    <name>traject::VersionList</name>
    <message>
        <source>Kept versions</source>
        <translation>Bewaarde versies</translation>
    </message>
    <message>
        <source>Nothing is printed or saved yet. Every version you print or save is kept here, so that you can make the same copy again.</source>
        <translation>Er is nog niets afgedrukt of bewaard. Elke versie die je afdrukt of bewaart, blijft hier, zodat je dezelfde kopie opnieuw kan maken.</translation>
    </message>
    <message>
        <source>Save cop&amp;y as PDF…</source>
        <translation>&amp;Kopie bewaren als pdf…</translation>
    </message>
    <message>
        <source>Saves the chosen version exactly as it was printed then.</source>
        <translation>Bewaart de gekozen versie precies zoals ze toen afgedrukt werd.</translation>
    </message>
    <message>
        <source>Choose the version to save.</source>
        <translation>Kies de versie om te bewaren.</translation>
    </message>
    <message>
        <source>A copy of version %1 is saved as %2.</source>
        <translation>Een kopie van versie %1 is bewaard als %2.</translation>
    </message>
    <message>
        <source>Version %1.pdf</source>
        <translation>Versie %1.pdf</translation>
    </message>
    <message>
        <source>Save a copy as PDF</source>
        <translation>Een kopie bewaren als pdf</translation>
    </message>
</context>
<context>
    <name>traject::WelcomePage</name>
    <message>
        <source>Your data is kept in one file on this computer only:
%1
A checked backup goes into %2 each time the program opens and once a day. Nothing is sent anywhere. Uninstalling the program leaves these files where they are.</source>
        <translation>Je gegevens staan in één bestand, alleen op deze computer:
%1
Elke keer dat het programma opent en één keer per dag gaat er een nagekeken back-up naar %2. Er wordt niets verstuurd. Als je het programma verwijdert, blijven deze bestanden staan.</translation>
    </message>
    <message>
        <source>Welcome to Trajectplanner</source>
        <translation>Welkom bij Trajectplanner</translation>
    </message>
    <message>
        <source>Your caseload is still empty. Start with an empty file and add your first learner, or look around first with a demo caseload of made-up learners.</source>
        <translation>Je caseload is nog leeg. Begin met een leeg bestand en voeg je eerste cursist toe, of kijk eerst rond met een demo-caseload van verzonnen cursisten.</translation>
    </message>
    <message>
        <source>Start with an empty caseload</source>
        <translation>Begin met een lege caseload</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Begin met demogegevens</translation>
    </message>
    <message>
        <source>The file is encrypted: without your passphrase or the recovery sheet nobody can read it. Keep the recovery sheet in the safe of your organisation.</source>
        <translation>Het bestand is versleuteld: zonder je wachtzin of het herstelblad kan niemand het lezen. Leg het herstelblad in de kluis van je organisatie.</translation>
    </message>
    <message>
        <source>The file is not encrypted: whoever has this laptop or a backup can read it. File &gt; Encrypt… encrypts it before you add real learners.</source>
        <translation>Het bestand is niet versleuteld: wie deze laptop of een back-up heeft, kan het lezen. Met Bestand &gt; Versleutelen… versleutel je het voor je echte cursisten toevoegt.</translation>
    </message>
    <message>
        <source>Your caseload is still empty: add your first learner. Made-up learners never go into this encrypted file; the demo caseload has a file of its own (trajectplanner --demo).</source>
        <translation>Je caseload is nog leeg: voeg je eerste cursist toe. Verzonnen cursisten komen nooit in dit versleutelde bestand; de demo-caseload heeft een eigen bestand (trajectplanner --demo).</translation>
    </message>
</context>
<context>
    <name>traject::editor</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>SpocContact</name>
    <message>
        <source>This phone number is not valid: type at least 9 digits, for example 0470 12 34 56.</source>
        <translation>Dit telefoonnummer klopt niet: typ minstens 9 cijfers, bijvoorbeeld 0470 12 34 56.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid, for example naam@organisatie.be.</source>
        <translation>Dit e-mailadres klopt niet. Een voorbeeld: naam@organisatie.be.</translation>
    </message>
    <message>
        <source>Fill in your name too: plans and sheets print it with these details.</source>
        <translation>Vul ook je naam in: plannen en lijsten drukken die af bij deze gegevens.</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>telefoon %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
</context>
<context>
    <name>traject::DirectoryChoice</name>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
</context>
<context>
    <name>traject::OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Add o&amp;rganisation</source>
        <translation>O&amp;rganisatie toevoegen</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>Organisatie %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>traject::NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>Licenties van derden</translation>
    </message>
    <message>
        <source>Trajectplanner contains software of others. Their licences ask that their notices travel with the program; here they are, as their authors wrote them.</source>
        <translation>Trajectplanner bevat software van anderen. Hun licenties vragen dat hun vermeldingen met het programma meegaan; hier staan ze, zoals hun makers ze schreven (in het Engels).</translation>
    </message>
    <message>
        <source>Licence notices</source>
        <translation>Licentievermeldingen</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>This database has no passphrase slot.</source>
        <translation>Deze databank heeft geen plaats voor een wachtzin.</translation>
    </message>
    <message>
        <source>This database has no recovery key.</source>
        <translation>Deze databank heeft geen herstelsleutel.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase.</source>
        <translation>Er is niet genoeg geheugen om de wachtzin te controleren.</translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation>Het sleutelbestand is beschadigd.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>De wachtzin klopt niet.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>De herstelsleutel klopt niet.</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits, in 8 groups of 4.</source>
        <translation>Een herstelsleutel heeft 32 letters en cijfers, in 8 groepen van 4.</translation>
    </message>
    <message>
        <source>The key file is damaged or is not a key file of Trajectplanner.</source>
        <translation>Het sleutelbestand is beschadigd of is geen sleutelbestand van Trajectplanner.</translation>
    </message>
    <message>
        <source>The key file was made by a newer Trajectplanner.</source>
        <translation>Het sleutelbestand is gemaakt door een nieuwere Trajectplanner.</translation>
    </message>
    <message>
        <source>The key file %1 is missing.</source>
        <translation>Het sleutelbestand %1 ontbreekt.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Het sleutelbestand %1 kan niet gelezen worden.</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The database %1 is encrypted and not unlocked.</source>
        <translation>De databank %1 is versleuteld en niet ontgrendeld.</translation>
    </message>
    <message>
        <source>The database %1 could not be keyed.</source>
        <translation>De sleutel van de databank %1 kon niet gebruikt worden.</translation>
    </message>
    <message>
        <source>The database %1 exists already; it can be encrypted, not made anew.</source>
        <translation>De databank %1 bestaat al; ze kan versleuteld worden, niet opnieuw gemaakt.</translation>
    </message>
    <message>
        <source>The key of %1 has an unexpected size.</source>
        <translation>De sleutel van %1 heeft een onverwachte grootte.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The database %1 is encrypted already.</source>
        <translation>De databank %1 is al versleuteld.</translation>
    </message>
    <message>
        <source>The file %1 is not a Trajectplanner database that can be encrypted; it was left unchanged.</source>
        <translation>Het bestand %1 is geen databank van Trajectplanner die versleuteld kan worden; het bleef ongewijzigd.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is there already.</source>
        <translation>Het sleutelbestand %1 is er al.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>Het sleutelbestand %1 kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>There is no key file in %1 to put back.</source>
        <translation>Er is geen sleutelbestand in %1 om terug te zetten.</translation>
    </message>
    <message>
        <source>The key files of the backups do not open %1: it was encrypted with another key.</source>
        <translation>De sleutelbestanden van de back-ups openen %1 niet: het is met een andere sleutel versleuteld.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>De herstelsleutel klopt niet.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>De wachtzin klopt niet.</translation>
    </message>
</context>
<context>
    <name>traject::WindowLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Hides everything until you type your passphrase again.</source>
        <translation>Verbergt alles tot je je wachtzin opnieuw typt.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Only an encrypted file can be locked: the window then asks your passphrase before it shows anything again. This file is not encrypted, so anyone could open it without a passphrase.

A file with real learners: encrypt it first with File &gt; Encrypt…. Then Ctrl+L locks the window, and it locks by itself when you leave it alone for a while.</source>
        <translation>Alleen een versleuteld bestand kan je vergrendelen: het venster vraagt dan je wachtzin voor het weer iets toont. Dit bestand is niet versleuteld. Iedereen kan het dus openen zonder wachtzin.

Staan er echte cursisten in? Versleutel het dan eerst met Bestand &gt; Versleutelen…. Daarna vergrendelt Ctrl+L het venster. Het vergrendelt ook vanzelf als je het een tijd niet gebruikt.</translation>
    </message>
    <message>
        <source>Trajectplanner (locked)</source>
        <translation>Trajectplanner (vergrendeld)</translation>
    </message>
</context>
<context>
    <name>traject::LockScreen</name>
    <message>
        <source>Trajectplanner is locked</source>
        <translation>Trajectplanner is vergrendeld</translation>
    </message>
    <message>
        <source>Everything you were doing is kept, and shows again when you type your passphrase.</source>
        <translation>Alles waar je mee bezig was, blijft bewaard. Je ziet het terug als je je wachtzin typt.</translation>
    </message>
    <message>
        <source>Type your passphrase to go on.</source>
        <translation>Typ je wachtzin om verder te werken.</translation>
    </message>
</context>
<context>
    <name>traject::PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <source>Shows the passphrase on the screen; make sure nobody looks along.</source>
        <translation>Toont de wachtzin op het scherm; let op dat niemand meekijkt.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Strength: too short. Use at least %1 characters.</source>
        <translation>Sterkte: te kort. Gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Strength: weak. Make it longer, for example four ordinary words that do not belong together.</source>
        <translation>Sterkte: zwak. Maak ze langer, bijvoorbeeld met vier gewone woorden die niet bij elkaar horen.</translation>
    </message>
    <message>
        <source>Strength: good.</source>
        <translation>Sterkte: goed.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Sterkte: sterk.</translation>
    </message>
</context>
<context>
    <name>traject::NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nieuwe &amp;wachtzin:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Nog &amp;eens typen:</translation>
    </message>
    <message>
        <source>Type a new passphrase.</source>
        <translation>Typ een nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>De wachtzin is te kort: gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Type the new passphrase a second time, to be sure of it.</source>
        <translation>Typ de nieuwe wachtzin een tweede keer, om zeker te zijn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtzinnen zijn niet hetzelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>At least %1 characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Minstens %1 tekens. Een paar gewone woorden na elkaar zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
</context>
<context>
    <name>traject::UnlockDialog</name>
    <message>
        <source>Open the database</source>
        <translation>Databank openen</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Type your passphrase to open it.</source>
        <translation>De databank %1 is versleuteld. Typ je wachtzin om ze te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>De wachtzin wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>&amp;Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Typ eerst je wachtzin.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Die wachtzin klopt niet. Probeer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wacht %n s</numerusform>
            <numerusform>Wacht %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Die wachtzin klopt niet. Je kunt opnieuw proberen over %n seconde.</numerusform>
            <numerusform>Die wachtzin klopt niet. Je kunt opnieuw proberen over %n seconden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traject::RecoveryKeyDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Type the recovery key from the recovery sheet (small or capital letters, with or without dashes). Then choose a new passphrase.</source>
        <translation>Wachtzin vergeten? Typ de herstelsleutel van het herstelblad (kleine letters of hoofdletters, met of zonder streepjes). Kies daarna een nieuwe wachtzin.</translation>
    </message>
    <message>
        <source>Opening the database and storing the new passphrase…</source>
        <translation>De databank wordt geopend en de nieuwe wachtzin bewaard…</translation>
    </message>
    <message>
        <source>&amp;Open and set the passphrase</source>
        <translation>&amp;Openen en wachtzin instellen</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Herstel&amp;sleutel:</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits in 8 groups of 4, as on the recovery sheet. Check what you typed.</source>
        <translation>Een herstelsleutel heeft 32 letters en cijfers in 8 groepjes van 4, zoals op het herstelblad. Kijk na wat je typte.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database. Check it against the recovery sheet of this database.</source>
        <translation>Deze herstelsleutel opent deze databank niet. Vergelijk ze met het herstelblad van deze databank.</translation>
    </message>
</context>
<context>
    <name>traject::NewPassphraseDialog</name>
    <message>
        <source>A new database</source>
        <translation>Een nieuwe databank</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Databank versleutelen</translation>
    </message>
    <message>
        <source>Trajectplanner keeps the data of your learners in one file on this computer:
%1
The file is encrypted. Choose a passphrase: you type it each time you open Trajectplanner.</source>
        <translation>Trajectplanner bewaart de gegevens van je cursisten in één bestand op deze computer:
%1
Het bestand is versleuteld. Kies een wachtzin: die typ je elke keer dat je Trajectplanner opent.</translation>
    </message>
    <message>
        <source>Encrypting makes the file
%1
and the backups in its backups folder unreadable without the passphrase or the recovery sheet. Choose a passphrase: you type it each time you open Trajectplanner.</source>
        <translation>Versleutelen maakt het bestand
%1
en de back-ups in zijn back-upmap onleesbaar zonder de wachtzin of het herstelblad. Kies een wachtzin: die typ je elke keer dat je Trajectplanner opent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without the passphrase or the recovery sheet nobody can open this data, not even the makers of Trajectplanner.&lt;/b&gt; Next you get a recovery sheet to print or save: keep it in the safe of your organisation, never with the laptop.</source>
        <translation>&lt;b&gt;Zonder de wachtzin of het herstelblad kan niemand deze gegevens openen, ook de makers van Trajectplanner niet.&lt;/b&gt; Daarna krijg je een herstelblad om af te drukken of te bewaren: leg het in de kluis van je organisatie, nooit bij de laptop.</translation>
    </message>
    <message>
        <source>What encrypting cannot reach: copies of this file made elsewhere (on a USB stick, in an e-mail, in a cloud folder) stay readable, so remove them yourself. On an SSD, pieces of the old readable file can stay on the disk until they are written over; only encryption of the whole disk (BitLocker, FileVault) prevents that. The file is closed while it is being encrypted; Trajectplanner opens it again afterwards.</source>
        <translation>Wat versleutelen niet kan bereiken: kopieën van dit bestand die elders staan (op een USB-stick, in een e-mail, in een cloudmap) blijven leesbaar; verwijder die zelf. Op een SSD kunnen stukjes van het oude, leesbare bestand op de schijf blijven tot ze overschreven worden; alleen een versleutelde schijf (BitLocker, FileVault) voorkomt dat. Het bestand wordt gesloten terwijl het versleuteld wordt; daarna opent Trajectplanner het opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Make the database</source>
        <translation>Databank &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Versleutelen</translation>
    </message>
    <message>
        <source>Look around with &amp;demo data first</source>
        <translation>Eerst rondkijken met &amp;demogegevens</translation>
    </message>
    <message>
        <source>Opens a separate demo database with made-up learners. It is not encrypted, as it holds no real people.</source>
        <translation>Opent een aparte demodatabank met verzonnen cursisten. Die is niet versleuteld, want er staan geen echte mensen in.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>traject::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. The recovery sheet keeps working.</source>
        <translation>Typ de wachtzin die je nu gebruikt, en dan twee keer de nieuwe. Het herstelblad blijft werken.</translation>
    </message>
    <message>
        <source>Checking and storing the passphrase…</source>
        <translation>De wachtzin wordt gecontroleerd en bewaard…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase</source>
        <translation>Wachtzin wijzi&amp;gen</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Huidige wachtzin:</translation>
    </message>
    <message>
        <source>Type the passphrase you use now.</source>
        <translation>Typ de wachtzin die je nu gebruikt.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you use now.</source>
        <translation>De nieuwe wachtzin is dezelfde als die je nu gebruikt.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>De huidige wachtzin klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>De wachtzin is niet gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>traject::RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Herstelblad</translation>
    </message>
    <message>
        <source>This is the recovery key of
%1
With it the data opens when nobody knows the passphrase any more. Print the recovery sheet now, or save it as a PDF and print that. Keep the sheet in the safe of your organisation, never with the laptop.</source>
        <translation>Dit is de herstelsleutel van
%1
Daarmee gaan de gegevens open als niemand de wachtzin nog kent. Druk het herstelblad nu af, of bewaar het als pdf en druk dat af. Leg het blad in de kluis van je organisatie, nooit bij de laptop.</translation>
    </message>
    <message>
        <source>A saved PDF holds the key in readable form: print it, then delete the file (also from the recycle bin).</source>
        <translation>Een bewaarde pdf bevat de sleutel leesbaar: druk hem af en verwijder dan het bestand (ook uit de prullenbak).</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als pdf &amp;bewaren…</translation>
    </message>
    <message>
        <source>The recovery sheet was not saved: %1</source>
        <translation>Het herstelblad is niet bewaard: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
    <message>
        <source>The recovery sheet went to the printer.</source>
        <translation>Het herstelblad is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Recovery sheet %1.pdf</source>
        <translation>Herstelblad %1.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Herstelblad bewaren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>The recovery sheet is not printed or saved yet. Without it, a forgotten passphrase means the data is lost for good. Close anyway?</source>
        <translation>Het herstelblad is nog niet afgedrukt of bewaard. Zonder herstelblad ben je de gegevens voorgoed kwijt als je de wachtzin vergeet. Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>traject::EncryptionBar</name>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Versleutelen…</translation>
    </message>
    <message>
        <source>This is the demo database with made-up learners. It is not encrypted, as it holds no real people.</source>
        <translation>Dit is de demodatabank met verzonnen cursisten. Ze is niet versleuteld, want er staan geen echte mensen in.</translation>
    </message>
    <message>
        <source>This file is not encrypted. Whoever has this laptop or a backup can read the data of your learners.</source>
        <translation>Dit bestand is niet versleuteld. Wie deze laptop of een back-up heeft, kan de gegevens van je cursisten lezen.</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>Trajectplanner</source>
        <translation>Trajectplanner</translation>
    </message>
    <message>
        <source>The new database cannot be encrypted: %1</source>
        <translation>De nieuwe databank kan niet versleuteld worden: %1</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>De databank en haar back-ups worden versleuteld…</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Databank versleutelen</translation>
    </message>
    <message>
        <source>The database was not encrypted: %1
It is as it was.</source>
        <translation>De databank is niet versleuteld: %1
Alles is zoals het was.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted now.</source>
        <translation>De databank %1 is nu versleuteld.</translation>
    </message>
    <message numerus="yes">
        <source>Backups encrypted: %n. Their readable versions are gone.</source>
        <translation>
            <numerusform>Back-ups versleuteld: %n. De leesbare versie is weg.</numerusform>
            <numerusform>Back-ups versleuteld: %n. De leesbare versies zijn weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not encrypted, left as they were:
%1</source>
        <translation>Niet versleuteld, gelaten zoals ze waren:
%1</translation>
    </message>
    <message>
        <source>Not reached: copies of the file made elsewhere (USB stick, e-mail, cloud folder) stay readable; remove them yourself. On an SSD, pieces of the old readable file can stay on the disk until they are written over.</source>
        <translation>Niet bereikt: kopieën van het bestand die elders staan (USB-stick, e-mail, cloudmap) blijven leesbaar; verwijder die zelf. Op een SSD kunnen stukjes van het oude, leesbare bestand op de schijf blijven tot ze overschreven worden.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>The passphrase is changed. From now on you open Trajectplanner with the new passphrase. The recovery sheet still works.</source>
        <translation>De wachtzin is gewijzigd. Vanaf nu open je Trajectplanner met de nieuwe wachtzin. Het herstelblad werkt nog altijd.</translation>
    </message>
    <message>
        <source>New recovery sheet</source>
        <translation>Nieuw herstelblad</translation>
    </message>
    <message>
        <source>A new recovery sheet comes with a new recovery key. The old sheet stops working at once: destroy it once the new one is in the safe. Make a new recovery sheet?</source>
        <translation>Een nieuw herstelblad hoort bij een nieuwe herstelsleutel. Het oude blad werkt meteen niet meer: vernietig het zodra het nieuwe in de kluis ligt. Een nieuw herstelblad maken?</translation>
    </message>
    <message>
        <source>No new recovery key was made: %1
The old sheet still works.</source>
        <translation>Er is geen nieuwe herstelsleutel gemaakt: %1
Het oude blad werkt nog.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, but its key file %2 is missing. Each backup has a copy of it: type your passphrase, and the program puts back the copy that opens the database.</source>
        <translation>De databank %1 is versleuteld, maar haar sleutelbestand %2 ontbreekt. Elke back-up heeft er een kopie van: typ je wachtzin, en het programma zet de kopie terug die de databank opent.</translation>
    </message>
</context>
<context>
    <name>ErasureRegister</name>
    <message>
        <source>The register of erased learners %1 cannot be read.</source>
        <translation>Het register van verwijderde cursisten %1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The register of erased learners %1 is damaged. Restore it from where you keep copies of the database folder before you restore a backup.</source>
        <translation>Het register van verwijderde cursisten %1 is beschadigd. Zet het terug van waar u kopieën van de databankmap bewaart voor u een back-up terugzet.</translation>
    </message>
    <message>
        <source>The register of erased learners %1 is damaged.</source>
        <translation>Het register van verwijderde cursisten %1 is beschadigd.</translation>
    </message>
    <message>
        <source>The erasure could not be written in the register %1: %2</source>
        <translation>De verwijdering kon niet in het register %1 geschreven worden: %2</translation>
    </message>
</context>
<context>
    <name>ChangePhase</name>
    <message>
        <source>Change the phase of %1 to &quot;%2&quot;</source>
        <translation>Fase van %1 wijzigen naar &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>FinishIntake</name>
    <message>
        <source>Finish intake</source>
        <translation>Intake afronden</translation>
    </message>
</context>
<context>
    <name>PlanRetake</name>
    <message>
        <source>Plan a retake of %1</source>
        <translation>Herneming van %1 plannen</translation>
    </message>
    <message>
        <source>The retake was not stored.</source>
        <translation>De herneming werd niet bewaard.</translation>
    </message>
</context>
<context>
    <name>ImportLearners</name>
    <message>
        <source>Import learners</source>
        <translation>Cursisten inlezen</translation>
    </message>
    <message>
        <source>Import learners from %1</source>
        <translation>Cursisten inlezen uit %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets ingelezen.</translation>
    </message>
</context>
<context>
    <name>PlanAftercareContacts</name>
    <message numerus="yes">
        <source>Plan %n aftercare contact(s)</source>
        <translation>
            <numerusform>%n nazorgcontact plannen</numerusform>
            <numerusform>%n nazorgcontacten plannen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePlacementDays</name>
    <message numerus="yes">
        <source>Generate %n placement day(s)</source>
        <translation>
            <numerusform>%n werkplekdag inplannen</numerusform>
            <numerusform>%n werkplekdagen inplannen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EsfCatalogue</name>
    <message>
        <source>An answer of &quot;%1&quot; has an empty, repeated or invalid code, or no Dutch label.</source>
        <translation>Een antwoord van ‘%1’ heeft een lege, herhaalde of ongeldige code, of geen Nederlandse tekst.</translation>
    </message>
    <message>
        <source>The list of ESF+ indicators cannot be read.</source>
        <translation>De lijst met ESF+-indicatoren kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>An ESF+ indicator has no key, a repeated key or an unknown moment (&quot;%1&quot;).</source>
        <translation>Een ESF+-indicator heeft geen sleutel, een herhaalde sleutel of een onbekend moment (‘%1’).</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of &quot;%2&quot; is one every indicator has already.</source>
        <translation>Het antwoord ‘%1’ van ‘%2’ heeft elke indicator al.</translation>
    </message>
    <message>
        <source>The ESF+ indicator &quot;%1&quot; has no Dutch label or no answers.</source>
        <translation>De ESF+-indicator ‘%1’ heeft geen Nederlandse naam of geen antwoorden.</translation>
    </message>
    <message>
        <source>The list of ESF+ indicators is empty.</source>
        <translation>De lijst met ESF+-indicatoren is leeg.</translation>
    </message>
</context>
<context>
    <name>EsfAnswer</name>
    <message>
        <source>&quot;%1&quot; is not an ESF+ indicator.</source>
        <translation>‘%1’ is geen ESF+-indicator.</translation>
    </message>
    <message>
        <source>Choose an answer, or &quot;Refuses to answer&quot;.</source>
        <translation>Kies een antwoord, of ‘Weigert te antwoorden’.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;.</source>
        <translation>‘%1’ is geen antwoord op ‘%2’.</translation>
    </message>
    <message>
        <source>A refusal or &quot;unknown&quot; cannot go with another answer.</source>
        <translation>Een weigering of ‘onbekend’ kan niet samen met een ander antwoord.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one answer.</source>
        <translation>Bij ‘%1’ hoort één antwoord.</translation>
    </message>
    <message>
        <source>An answer is given twice.</source>
        <translation>Een antwoord staat er twee keer.</translation>
    </message>
    <message>
        <source>Record the day the question was asked, also when it was refused.</source>
        <translation>Vul in op welke dag de vraag gesteld werd, ook als de cursist weigerde te antwoorden.</translation>
    </message>
    <message>
        <source>The day it was asked lies in the future.</source>
        <translation>De dag waarop de vraag gesteld werd, ligt in de toekomst.</translation>
    </message>
</context>
<context>
    <name>EsfRepository</name>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>Deze cursist bestaat niet (nummer %1).</translation>
    </message>
</context>
<context>
    <name>RecordEsfAnswer</name>
    <message>
        <source>Record ESF+ &quot;%1&quot;</source>
        <translation>ESF+ ‘%1’ invullen</translation>
    </message>
    <message>
        <source>Clear ESF+ &quot;%1&quot;</source>
        <translation>ESF+ ‘%1’ wissen</translation>
    </message>
</context>
<context>
    <name>traject::EsfEditor</name>
    <message>
        <source>The results are recorded once the learner has left the trajectory (outflow or stopped): on leaving, and six months later.</source>
        <translation>De resultaten vul je in zodra de cursist het traject verlaten heeft (uitstroom of stopgezet): bij het verlaten, en zes maanden later.</translation>
    </message>
    <message>
        <source>%1: asked on</source>
        <translation>%1: gevraagd op</translation>
    </message>
    <message>
        <source>The day the question was asked, also when the learner did not answer</source>
        <translation>De dag waarop de vraag gesteld werd, ook als de cursist niet antwoordde</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>gevraagd op</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Voorstel: %1</translation>
    </message>
</context>
<context>
    <name>EsfReport</name>
    <message>
        <source>ESF+: ask the situation six months after leaving (employed, or a better labour-market situation) and record it in the profile.</source>
        <translation>ESF+: vraag de situatie zes maanden na het verlaten (aan het werk, of een betere situatie op de arbeidsmarkt) en vul ze in bij het profiel.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Leeftijd bij de start</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>jonger dan 18</translation>
    </message>
    <message>
        <source>18 to 29</source>
        <translation>18 tot 29</translation>
    </message>
    <message>
        <source>30 to 54</source>
        <translation>30 tot 54</translation>
    </message>
    <message>
        <source>55 or older</source>
        <translation>55 of ouder</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>Geboortedatum onbekend</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Niet gevraagd</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Nog niet geregistreerd</translation>
    </message>
    <message>
        <source>Six months not passed yet</source>
        <translation>Nog geen zes maanden voorbij</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Geef de eerste en de laatste dag van de periode.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>De periode eindigt (%1) voor ze begint (%2).</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
</context>
<context>
    <name>traject::EsfReportDialog</name>
    <message>
        <source>ESF+ report</source>
        <translation>ESF+-rapport</translation>
    </message>
    <message>
        <source>The PDF is the summary, counts only. The CSV has one row per participant, with names and national register numbers, for the ESF application: keep it as safe as the dossier. Each file saved is written in the audit log.</source>
        <translation>De pdf is de samenvatting, alleen aantallen. De csv heeft één regel per deelnemer, met namen en rijksregisternummers, voor de ESF-applicatie: bewaar hem even veilig als het dossier. Elk bewaard bestand komt in het auditlog.</translation>
    </message>
    <message>
        <source>ESF+ report %1 to %2</source>
        <translation>ESF+-rapport %1 tot %2</translation>
    </message>
    <message>
        <source>Save the ESF+ report</source>
        <translation>ESF+-rapport bewaren</translation>
    </message>
</context>
<context>
    <name>MlpSummary</name>
    <message>
        <source>There is no learner with number %1.</source>
        <translation>Er is geen cursist met nummer %1.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Cursist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>National register or bis number</source>
        <translation>Rijksregister- of bisnummer</translation>
    </message>
    <message>
        <source>VDAB client number</source>
        <translation>VDAB-klantnummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Consent to share with VDAB</source>
        <translation>Toestemming om te delen met VDAB</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>none recorded: ask for it before anything is shared with VDAB</source>
        <translation>geen geregistreerd: vraag ze voor je iets deelt met VDAB</translation>
    </message>
    <message>
        <source>Guidance by the SPOC</source>
        <translation>Begeleiding door de SPOC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Pre-trajectory</source>
        <translation>Voortraject</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>%1 of %2 modules passed</source>
        <translation>%1 van %2 modules behaald</translation>
    </message>
    <message>
        <source>Work-place learning</source>
        <translation>Werkplekleren</translation>
    </message>
    <message>
        <source>%1 of %2 days worked, %3 hours</source>
        <translation>%1 van %2 dagen gewerkt, %3 uur</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
</context>
<context>
    <name>traject::MlpSummaryDialog</name>
    <message>
        <source>MLP summary</source>
        <translation>MLP-overzicht</translation>
    </message>
    <message>
        <source>MLP summary: %1</source>
        <translation>MLP-overzicht: %1</translation>
    </message>
    <message>
        <source>What to type into &quot;Mijn Loopbaan voor partners&quot;, block by block. Each button copies its block to paste.</source>
        <translation>Wat je invult in ‘Mijn Loopbaan voor partners’, blok per blok. Elke knop kopieert zijn blok om te plakken.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot;</source>
        <translation>‘%1’ kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Alles kopiëren</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Bewaren als &amp;PDF…</translation>
    </message>
    <message>
        <source>the whole summary</source>
        <translation>het hele overzicht</translation>
    </message>
    <message>
        <source>MLP summary %1</source>
        <translation>MLP-overzicht %1</translation>
    </message>
    <message>
        <source>Save the MLP summary</source>
        <translation>MLP-overzicht bewaren</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Gekopieerd: %1.</translation>
    </message>
</context>
<context>
    <name>traject::ChartNumbers</name>
    <message>
        <source>Show the numbers</source>
        <translation>Cijfers tonen</translation>
    </message>
    <message>
        <source>Hide the numbers</source>
        <translation>Cijfers verbergen</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: de cijfers</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>