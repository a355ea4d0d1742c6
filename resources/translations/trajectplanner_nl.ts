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
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>Demo data is only added to an empty database; this one already holds %n learner(s).</source>
        <translation><numerusform>Demogegevens worden alleen aan een lege databank toegevoegd; deze bevat al %n cursist.</numerusform><numerusform>Demogegevens worden alleen aan een lege databank toegevoegd; deze bevat al %n cursisten.</numerusform></translation>
    </message>
    <message>
        <source>The demo data could not be made; nothing was added.</source>
        <translation>De demogegevens konden niet gemaakt worden; er werd niets toegevoegd.</translation>
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
    <name>Learner</name>
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
        <source>The consent date lies in the future.</source>
        <translation>De datum van de toestemming ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Record the date on which the consent was given.</source>
        <translation>Noteer de datum waarop de toestemming gegeven werd.</translation>
    </message>
    <message>
        <source>The start of the current phase lies in the future.</source>
        <translation>De start van de huidige fase ligt in de toekomst.</translation>
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
        <translation><numerusform>Databank %1: %n cursist.</numerusform><numerusform>Databank %1: %n cursisten.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Demo data added: %n learner(s).</source>
        <translation><numerusform>Demogegevens toegevoegd: %n cursist.</numerusform><numerusform>Demogegevens toegevoegd: %n cursisten.</numerusform></translation>
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
    <name>PlacementRepository</name>
    <message>
        <source>The learner, enrolment, site or person of this placement no longer exists.</source>
        <translation>De cursist, inschrijving, opvanglocatie of persoon van dit werkplekleren bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement day(s) would fall outside the new period; move or remove them first.</source>
        <translation><numerusform>%n werkplekdag zou buiten de nieuwe periode vallen; verplaats of verwijder die eerst.</numerusform><numerusform>%n werkplekdagen zouden buiten de nieuwe periode vallen; verplaats of verwijder ze eerst.</numerusform></translation>
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
    <name>traject::CaseloadModel</name>
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
</context>
<context>
    <name>traject::CaseloadPanel</name>
    <message>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <source>Trajectplanner</source>
        <translation>Trajectplanner</translation>
    </message>
</context>
<context>
    <name>traject::DossierWidget</name>
    <message>
        <source>Change phase…</source>
        <translation>Fase wijzigen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Barriers &amp;&amp; actions</source>
        <translation>Drempels &amp;&amp; acties</translation>
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
        <source>Aftercare &amp;&amp; outflow</source>
        <translation>Nazorg &amp;&amp; uitstroom</translation>
    </message>
    <message>
        <source>Choose a learner in the list</source>
        <translation>Kies een cursist in de lijst</translation>
    </message>
    <message>
        <source>Phase: %1 since %2</source>
        <translation>Fase: %1 sinds %2</translation>
    </message>
</context>
<context>
    <name>traject::MainWindow</name>
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
        <source>&lt;p&gt;&lt;b&gt;Trajectplanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans and follows up the trajectories of learners toward the qualification of childcare worker.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trajectplanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plant en volgt de trajecten van cursisten naar de kwalificatie kinderbegeleider.&lt;/p&gt;&lt;p&gt;Je gegevens: %2&lt;/p&gt;&lt;p&gt;Licentie: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation><numerusform>%n cursist</numerusform><numerusform>%n cursisten</numerusform></translation>
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
        <translation>&amp;Fase</translation>
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
    <name>traject::SettingsDialog</name>
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
</context>
<context>
    <name>traject::WelcomePage</name>
    <message>
        <source>Welcome to Trajectplanner</source>
        <translation>Welkom bij Trajectplanner</translation>
    </message>
    <message>
        <source>Your caseload is still empty. Start with an empty file and add your first learner, or look around first with a demo caseload of made-up learners.</source>
        <translation>Je caseload is nog leeg. Begin met een leeg bestand en voeg je eerste cursist toe, of kijk eerst rond met een demo-caseload van verzonnen cursisten.</translation>
    </message>
    <message>
        <source>Your data is kept in one file on this computer only:
%1
Nothing is sent anywhere; keep the laptop locked and make backups.</source>
        <translation>Je gegevens staan in één bestand, alleen op deze computer:
%1
Er wordt niets verstuurd; vergrendel de laptop en maak back-ups.</translation>
    </message>
    <message>
        <source>Start with an empty caseload</source>
        <translation>Begin met een lege caseload</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Begin met demogegevens</translation>
    </message>
</context>
</TS>