<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Describe what will be done.</source>
        <translation>Describe what will be done.</translation>
    </message>
    <message>
        <source>Choose the partner's person who does this.</source>
        <translation>Choose the partner's person who does this.</translation>
    </message>
    <message>
        <source>Only an action for a partner names a partner's person.</source>
        <translation>Only an action for a partner names a partner's person.</translation>
    </message>
</context>
<context>
    <name>Aftercare</name>
    <message>
        <source>Fill in the start of the aftercare.</source>
        <translation>Fill in the start of the aftercare.</translation>
    </message>
    <message>
        <source>Aftercare lasts 3 to 6 months.</source>
        <translation>Aftercare lasts 3 to 6 months.</translation>
    </message>
    <message>
        <source>Aftercare starts after the end of the training.</source>
        <translation>Aftercare starts after the end of the training.</translation>
    </message>
</context>
<context>
    <name>Barrier</name>
    <message>
        <source>Describe the barrier in a few words.</source>
        <translation>Describe the barrier in a few words.</translation>
    </message>
    <message>
        <source>Fill in when the barrier was noticed.</source>
        <translation>Fill in when the barrier was noticed.</translation>
    </message>
    <message>
        <source>The barrier cannot be noticed in the future.</source>
        <translation>The barrier cannot be noticed in the future.</translation>
    </message>
    <message>
        <source>Fill in when the barrier was solved.</source>
        <translation>Fill in when the barrier was solved.</translation>
    </message>
    <message>
        <source>Only a solved barrier has a date of solution.</source>
        <translation>Only a solved barrier has a date of solution.</translation>
    </message>
    <message>
        <source>The barrier cannot be solved before it was noticed.</source>
        <translation>The barrier cannot be solved before it was noticed.</translation>
    </message>
    <message>
        <source>The date of solution lies in the future.</source>
        <translation>The date of solution lies in the future.</translation>
    </message>
</context>
<context>
    <name>BarrierRepository</name>
    <message>
        <source>The learner no longer exists.</source>
        <translation>The learner no longer exists.</translation>
    </message>
    <message>
        <source>This barrier does not exist (number %1).</source>
        <translation>This barrier does not exist (number %1).</translation>
    </message>
    <message>
        <source>The barrier of this action no longer exists.</source>
        <translation>The barrier of this action no longer exists.</translation>
    </message>
    <message>
        <source>The barrier of this action belongs to another learner; choose one of this learner's barriers.</source>
        <translation>The barrier of this action belongs to another learner; choose one of this learner's barriers.</translation>
    </message>
    <message>
        <source>The learner or the partner's person no longer exists.</source>
        <translation>The learner or the partner's person no longer exists.</translation>
    </message>
    <message>
        <source>The partner's person no longer exists.</source>
        <translation>The partner's person no longer exists.</translation>
    </message>
    <message>
        <source>This action does not exist (number %1).</source>
        <translation>This action does not exist (number %1).</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The site no longer exists.</source>
        <translation>The site no longer exists.</translation>
    </message>
    <message>
        <source>This closure period does not exist (number %1).</source>
        <translation>This closure period does not exist (number %1).</translation>
    </message>
</context>
<context>
    <name>ClosurePeriod</name>
    <message>
        <source>Give the closure period a name.</source>
        <translation>Give the closure period a name.</translation>
    </message>
    <message>
        <source>Fill in the first day of the closure.</source>
        <translation>Fill in the first day of the closure.</translation>
    </message>
    <message>
        <source>Fill in the last day of the closure.</source>
        <translation>Fill in the last day of the closure.</translation>
    </message>
    <message>
        <source>The last day of the closure lies before the first day.</source>
        <translation>The last day of the closure lies before the first day.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Trajectplanner: plan and follow up the trajectories of learners toward a childcare qualification.</source>
        <translation>Trajectplanner: plan and follow up the trajectories of learners toward a childcare qualification.</translation>
    </message>
    <message>
        <source>Open the database FILE instead of the default one.</source>
        <translation>Open the database FILE instead of the default one.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Fill a new database with a realistic demo caseload. Without --db a fresh demo database is made.</source>
        <translation>Fill a new database with a realistic demo caseload. Without --db a fresh demo database is made.</translation>
    </message>
    <message>
        <source>Open (and create or convert) the database, then stop without a window.</source>
        <translation>Open (and create or convert) the database, then stop without a window.</translation>
    </message>
    <message>
        <source>Use --help to see the options.</source>
        <translation>Use --help to see the options.</translation>
    </message>
    <message>
        <source>Unknown argument: %1. Use --help to see the options.</source>
        <translation>Unknown argument: %1. Use --help to see the options.</translation>
    </message>
    <message>
        <source>--db needs the name of a database file.</source>
        <translation>--db needs the name of a database file.</translation>
    </message>
</context>
<context>
    <name>ContactMoment</name>
    <message>
        <source>Fill in the date of the contact.</source>
        <translation>Fill in the date of the contact.</translation>
    </message>
    <message>
        <source>A contact that took place cannot lie in the future.</source>
        <translation>A contact that took place cannot lie in the future.</translation>
    </message>
    <message>
        <source>The follow-up lies before the contact itself.</source>
        <translation>The follow-up lies before the contact itself.</translation>
    </message>
</context>
<context>
    <name>ContactPerson</name>
    <message>
        <source>Fill in the name of the contact person.</source>
        <translation>Fill in the name of the contact person.</translation>
    </message>
    <message>
        <source>This phone number is not valid.</source>
        <translation>This phone number is not valid.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>This e-mail address is not valid.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a Trajectplanner database. It was left unchanged.</source>
        <translation>The file %1 is not a Trajectplanner database. It was left unchanged.</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened. It was left unchanged; open a backup instead.</source>
        <translation>The file %1 is damaged and cannot be opened. It was left unchanged; open a backup instead.</translation>
    </message>
    <message>
        <source>The file %1 was written by a newer version of Trajectplanner (data version %2; this version knows up to %3). Install the newer version; the file was left unchanged.</source>
        <translation>The file %1 was written by a newer version of Trajectplanner (data version %2; this version knows up to %3). Install the newer version; the file was left unchanged.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and cannot be created.</source>
        <translation>The folder %1 does not exist and cannot be created.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>The database %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>The database cannot be prepared for use.</source>
        <translation>The database cannot be prepared for use.</translation>
    </message>
    <message>
        <source>The database is damaged; it was not converted to the new version.</source>
        <translation>The database is damaged; it was not converted to the new version.</translation>
    </message>
    <message>
        <source>No backup could be made before converting the database; nothing was changed.</source>
        <translation>No backup could be made before converting the database; nothing was changed.</translation>
    </message>
    <message>
        <source>A database conversion step is missing.</source>
        <translation>A database conversion step is missing.</translation>
    </message>
    <message>
        <source>The database could not be converted to the new version; nothing was changed.</source>
        <translation>The database could not be converted to the new version; nothing was changed.</translation>
    </message>
    <message>
        <source>The database could not be marked as ours.</source>
        <translation>The database could not be marked as ours.</translation>
    </message>
    <message>
        <source>The database version could not be recorded.</source>
        <translation>The database version could not be recorded.</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>The change could not be started.</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>The change was already finished.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>The file %1 lies in a folder that cannot be written to. Copy it to a folder of your own and open the copy; the file was left unchanged.</source>
        <translation>The file %1 lies in a folder that cannot be written to. Copy it to a folder of your own and open the copy; the file was left unchanged.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>Demo data is only added to an empty database; this one already holds %n learner(s).</source>
        <translation><numerusform>Demo data is only added to an empty database; this one already holds %n learner.</numerusform><numerusform>Demo data is only added to an empty database; this one already holds %n learners.</numerusform></translation>
    </message>
    <message>
        <source>The demo data could not be made; nothing was added.</source>
        <translation>The demo data could not be made; nothing was added.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>Choose the programme.</source>
        <translation>Choose the programme.</translation>
    </message>
    <message>
        <source>Fill in the start date of the training.</source>
        <translation>Fill in the start date of the training.</translation>
    </message>
    <message>
        <source>Fill in the planned end of the training.</source>
        <translation>Fill in the planned end of the training.</translation>
    </message>
    <message>
        <source>The planned end lies before the start.</source>
        <translation>The planned end lies before the start.</translation>
    </message>
    <message>
        <source>A module is planned in semester 1 to 6.</source>
        <translation>A module is planned in semester 1 to 6.</translation>
    </message>
    <message>
        <source>A module is planned twice in the same semester.</source>
        <translation>A module is planned twice in the same semester.</translation>
    </message>
    <message>
        <source>Give the reason for the retake of a module.</source>
        <translation>Give the reason for the retake of a module.</translation>
    </message>
</context>
<context>
    <name>EnrolmentRepository</name>
    <message>
        <source>The module plan names a module that is not part of the chosen programme.</source>
        <translation>The module plan names a module that is not part of the chosen programme.</translation>
    </message>
    <message>
        <source>The learner or the programme no longer exists.</source>
        <translation>The learner or the programme no longer exists.</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>The programme no longer exists.</translation>
    </message>
    <message>
        <source>This enrolment does not exist (number %1).</source>
        <translation>This enrolment does not exist (number %1).</translation>
    </message>
    <message>
        <source>This programme does not exist (number %1).</source>
        <translation>This programme does not exist (number %1).</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Info session</translation>
    </message>
    <message>
        <source>Intake and screening</source>
        <translation>Intake and screening</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Pre-trajectory</source>
        <translation>Pre-trajectory</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Outflow</source>
        <translation>Outflow</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Insufficient competences or language level</source>
        <translation>Insufficient competences or language level</translation>
    </message>
    <message>
        <source>Health problems</source>
        <translation>Health problems</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <source>Financial problems or a job</source>
        <translation>Financial problems or a job</translation>
    </message>
    <message>
        <source>Job or training underestimated, wrong expectations</source>
        <translation>Job or training underestimated, wrong expectations</translation>
    </message>
    <message>
        <source>Hard to combine with family</source>
        <translation>Hard to combine with family</translation>
    </message>
    <message>
        <source>Changes or worries at home</source>
        <translation>Changes or worries at home</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Language level too low</source>
        <translation>Language level too low</translation>
    </message>
    <message>
        <source>Strong enough for the regular course</source>
        <translation>Strong enough for the regular course</translation>
    </message>
    <message>
        <source>Not yet strong enough, referred to a tailored route</source>
        <translation>Not yet strong enough, referred to a tailored route</translation>
    </message>
    <message>
        <source>Other interest</source>
        <translation>Other interest</translation>
    </message>
    <message>
        <source>Financial or family barriers</source>
        <translation>Financial or family barriers</translation>
    </message>
    <message>
        <source>Mental load too high for now</source>
        <translation>Mental load too high for now</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>X (other)</source>
        <translation>X (other)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Not requested</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Partly recognised</source>
        <translation>Partly recognised</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>No Dutch yet</source>
        <translation>No Dutch yet</translation>
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
        <translation>2.1 (towards B1)</translation>
    </message>
    <message>
        <source>2.2 (towards B1)</source>
        <translation>2.2 (towards B1)</translation>
    </message>
    <message>
        <source>2.3 (towards B1)</source>
        <translation>2.3 (towards B1)</translation>
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
        <translation>Native speaker</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <source>Not working, not seeking</source>
        <translation>Not working, not seeking</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
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
        <translation>Other</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>On foot</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Bicycle</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Moped</source>
        <translation>Moped</translation>
    </message>
    <message>
        <source>Not arranged yet</source>
        <translation>Not arranged yet</translation>
    </message>
    <message>
        <source>Daycare</source>
        <translation>Daycare</translation>
    </message>
    <message>
        <source>School and after-school care</source>
        <translation>School and after-school care</translation>
    </message>
    <message>
        <source>Family or neighbours</source>
        <translation>Family or neighbours</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Adult education centre (CVO)</source>
        <translation>Adult education centre (CVO)</translation>
    </message>
    <message>
        <source>Syntra</source>
        <translation>Syntra</translation>
    </message>
    <message>
        <source>Childcare organiser</source>
        <translation>Childcare organiser</translation>
    </message>
    <message>
        <source>Childcare site</source>
        <translation>Childcare site</translation>
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
        <translation>Not a site</translation>
    </message>
    <message>
        <source>Group care</source>
        <translation>Group care</translation>
    </message>
    <message>
        <source>Family care</source>
        <translation>Family care</translation>
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
        <translation>Job coach</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Placement supervisor</source>
        <translation>Placement supervisor</translation>
    </message>
    <message>
        <source>Workplace mentor</source>
        <translation>Workplace mentor</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>Site manager</translation>
    </message>
    <message>
        <source>Language coach</source>
        <translation>Language coach</translation>
    </message>
    <message>
        <source>Learning coach</source>
        <translation>Learning coach</translation>
    </message>
    <message>
        <source>VDAB consultant</source>
        <translation>VDAB consultant</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Trajectory coach</source>
        <translation>Trajectory coach</translation>
    </message>
    <message>
        <source>Labour-market coach</source>
        <translation>Labour-market coach</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 months</translation>
    </message>
    <message>
        <source>15 months</source>
        <translation>15 months</translation>
    </message>
    <message>
        <source>18 months</source>
        <translation>18 months</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Exempted (prior learning)</source>
        <translation>Exempted (prior learning)</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Retake</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Workplace learning</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Orientation placement</source>
        <translation>Orientation placement</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>Absent (excused)</source>
        <translation>Absent (excused)</translation>
    </message>
    <message>
        <source>Absent (unexcused)</source>
        <translation>Absent (unexcused)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Essential preconditions</source>
        <translation>Essential preconditions</translation>
    </message>
    <message>
        <source>Financial and material</source>
        <translation>Financial and material</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Family and social</source>
        <translation>Family and social</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Cultural</translation>
    </message>
    <message>
        <source>General or vocational skills</source>
        <translation>General or vocational skills</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <source>Informal barriers at school or workplace</source>
        <translation>Informal barriers at school or workplace</translation>
    </message>
    <message>
        <source>Formal barriers at school or workplace</source>
        <translation>Formal barriers at school or workplace</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being tackled</source>
        <translation>Being tackled</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Lasting</source>
        <translation>Lasting</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>The learner</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>A partner</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Preconditions</translation>
    </message>
    <message>
        <source>Course and placement content</source>
        <translation>Course and placement content</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Workplace visit</source>
        <translation>Workplace visit</translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation>Case meeting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Job in childcare</source>
        <translation>Job in childcare</translation>
    </message>
    <message>
        <source>Job in another sector</source>
        <translation>Job in another sector</translation>
    </message>
    <message>
        <source>Further study</source>
        <translation>Further study</translation>
    </message>
    <message>
        <source>Not yet employable</source>
        <translation>Not yet employable</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Permanent contract</translation>
    </message>
    <message>
        <source>Fixed-term contract</source>
        <translation>Fixed-term contract</translation>
    </message>
    <message>
        <source>Temporary agency work</source>
        <translation>Temporary agency work</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Full time</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Part time</translation>
    </message>
    <message>
        <source>Mobility, childcare for own children</source>
        <translation>Mobility, childcare for own children</translation>
    </message>
    <message>
        <source>Money, housing, no laptop or internet, costs of the course</source>
        <translation>Money, housing, no laptop or internet, costs of the course</translation>
    </message>
    <message>
        <source>Forms, benefits, residence documents, diploma recognition</source>
        <translation>Forms, benefits, residence documents, diploma recognition</translation>
    </message>
    <message>
        <source>Support at home, domestic violence, network</source>
        <translation>Support at home, domestic violence, network</translation>
    </message>
    <message>
        <source>Expectations about work, gender roles, habits</source>
        <translation>Expectations about work, gender roles, habits</translation>
    </message>
    <message>
        <source>Work attitudes, study skills, digital skills</source>
        <translation>Work attitudes, study skills, digital skills</translation>
    </message>
    <message>
        <source>Dutch level, professional jargon, reports</source>
        <translation>Dutch level, professional jargon, reports</translation>
    </message>
    <message>
        <source>Self-confidence, stress, mental load</source>
        <translation>Self-confidence, stress, mental load</translation>
    </message>
    <message>
        <source>Atmosphere, unwritten rules, attitudes of colleagues</source>
        <translation>Atmosphere, unwritten rules, attitudes of colleagues</translation>
    </message>
    <message>
        <source>Entry requirements, timetables, exam rules</source>
        <translation>Entry requirements, timetables, exam rules</translation>
    </message>
</context>
<context>
    <name>GenerationRequest</name>
    <message>
        <source>Fill in the first day to plan.</source>
        <translation>Fill in the first day to plan.</translation>
    </message>
    <message>
        <source>Fill in the last day to plan.</source>
        <translation>Fill in the last day to plan.</translation>
    </message>
    <message>
        <source>The last day to plan lies before the first day.</source>
        <translation>The last day to plan lies before the first day.</translation>
    </message>
    <message>
        <source>Plan at most three years at once.</source>
        <translation>Plan at most three years at once.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Choose at least one weekday.</translation>
    </message>
    <message>
        <source>Childcare placements do not run in the weekend: choose at least one day from Monday to Friday.</source>
        <translation>Childcare placements do not run in the weekend: choose at least one day from Monday to Friday.</translation>
    </message>
    <message>
        <source>Hours per day must lie between 0 and 12.</source>
        <translation>Hours per day must lie between 0 and 12.</translation>
    </message>
    <message>
        <source>The number of days to plan cannot be negative.</source>
        <translation>The number of days to plan cannot be negative.</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year's Day</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assumption Day</translation>
    </message>
    <message>
        <source>All Saints' Day</source>
        <translation>All Saints' Day</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice Day</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
</context>
<context>
    <name>Learner</name>
    <message>
        <source>Fill in the first name.</source>
        <translation>Fill in the first name.</translation>
    </message>
    <message>
        <source>Fill in the last name.</source>
        <translation>Fill in the last name.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>The birth date lies in the future.</translation>
    </message>
    <message>
        <source>According to this birth date the learner is %1: too young for this trajectory.</source>
        <translation>According to this birth date the learner is %1: too young for this trajectory.</translation>
    </message>
    <message>
        <source>According to this birth date the learner is %1: please check the date.</source>
        <translation>According to this birth date the learner is %1: please check the date.</translation>
    </message>
    <message>
        <source>This phone number is not valid: use digits (at least 9), spaces and an optional +.</source>
        <translation>This phone number is not valid: use digits (at least 9), spaces and an optional +.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid (example: naam@voorbeeld.be).</source>
        <translation>This e-mail address is not valid (example: naam@voorbeeld.be).</translation>
    </message>
    <message>
        <source>A Belgian postal code has four digits, for example 8000.</source>
        <translation>A Belgian postal code has four digits, for example 8000.</translation>
    </message>
    <message>
        <source>The national register number belongs to someone born on %1, not on %2.</source>
        <translation>The national register number belongs to someone born on %1, not on %2.</translation>
    </message>
    <message>
        <source>The number of months unemployed must lie between 0 and 600.</source>
        <translation>The number of months unemployed must lie between 0 and 600.</translation>
    </message>
    <message>
        <source>A child's birth year must lie between 1950 and this year.</source>
        <translation>A child's birth year must lie between 1950 and this year.</translation>
    </message>
    <message>
        <source>Name the foreign diploma whose recognition is tracked.</source>
        <translation>Name the foreign diploma whose recognition is tracked.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>The consent date lies in the future.</translation>
    </message>
    <message>
        <source>Record the date on which the consent was given.</source>
        <translation>Record the date on which the consent was given.</translation>
    </message>
    <message>
        <source>The start of the current phase lies in the future.</source>
        <translation>The start of the current phase lies in the future.</translation>
    </message>
</context>
<context>
    <name>LearnerRepository</name>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>This learner does not exist (number %1).</translation>
    </message>
    <message>
        <source>A new learner starts in a phase of the trajectory, not paused or stopped.</source>
        <translation>A new learner starts in a phase of the trajectory, not paused or stopped.</translation>
    </message>
    <message>
        <source>The learner no longer exists.</source>
        <translation>The learner no longer exists.</translation>
    </message>
</context>
<context>
    <name>LogbookRepository</name>
    <message>
        <source>The learner no longer exists.</source>
        <translation>The learner no longer exists.</translation>
    </message>
    <message>
        <source>This contact moment does not exist (number %1).</source>
        <translation>This contact moment does not exist (number %1).</translation>
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
        <translation>The old demo database %1 cannot be removed.</translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %n learner(s).</source>
        <translation><numerusform>Database %1: %n learner.</numerusform><numerusform>Database %1: %n learners.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Demo data added: %n learner(s).</source>
        <translation><numerusform>Demo data added: %n learner.</numerusform><numerusform>Demo data added: %n learners.</numerusform></translation>
    </message>
</context>
<context>
    <name>NationalNumber</name>
    <message>
        <source>A national register number contains only digits.</source>
        <translation>A national register number contains only digits.</translation>
    </message>
    <message>
        <source>A national register number has 11 digits; this one has %1.</source>
        <translation>A national register number has 11 digits; this one has %1.</translation>
    </message>
    <message>
        <source>This national register number is not valid: the check digits do not match.</source>
        <translation>This national register number is not valid: the check digits do not match.</translation>
    </message>
    <message>
        <source>This national register number is not valid: the sequence number is out of range.</source>
        <translation>This national register number is not valid: the sequence number is out of range.</translation>
    </message>
    <message>
        <source>This national register number is not valid: it contains no real birth date.</source>
        <translation>This national register number is not valid: it contains no real birth date.</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Fill in the name of the organisation.</source>
        <translation>Fill in the name of the organisation.</translation>
    </message>
    <message>
        <source>Choose group care or family care for a childcare site.</source>
        <translation>Choose group care or family care for a childcare site.</translation>
    </message>
    <message>
        <source>Only a childcare site has a type of care.</source>
        <translation>Only a childcare site has a type of care.</translation>
    </message>
    <message>
        <source>An organisation cannot belong to itself.</source>
        <translation>An organisation cannot belong to itself.</translation>
    </message>
    <message>
        <source>This phone number is not valid.</source>
        <translation>This phone number is not valid.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>This e-mail address is not valid.</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>An organisation cannot belong to one of its own sites.</source>
        <translation>An organisation cannot belong to one of its own sites.</translation>
    </message>
    <message>
        <source>The organisation it belongs to no longer exists.</source>
        <translation>The organisation it belongs to no longer exists.</translation>
    </message>
    <message>
        <source>This organisation does not exist (number %1).</source>
        <translation>This organisation does not exist (number %1).</translation>
    </message>
    <message>
        <source>The person's organisation no longer exists.</source>
        <translation>The person's organisation no longer exists.</translation>
    </message>
    <message>
        <source>This person is still on the role card of a learner; remove them there first.</source>
        <translation>This person is still on the role card of a learner; remove them there first.</translation>
    </message>
    <message>
        <source>This contact person does not exist (number %1).</source>
        <translation>This contact person does not exist (number %1).</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Fill in the date of the outcome.</source>
        <translation>Fill in the date of the outcome.</translation>
    </message>
    <message>
        <source>The outcome date lies more than a year ahead.</source>
        <translation>The outcome date lies more than a year ahead.</translation>
    </message>
    <message>
        <source>Name the employer.</source>
        <translation>Name the employer.</translation>
    </message>
    <message>
        <source>Hours per week must lie between 1 and 60.</source>
        <translation>Hours per week must lie between 1 and 60.</translation>
    </message>
</context>
<context>
    <name>PhaseChange</name>
    <message>
        <source>Fill in the date of the phase change.</source>
        <translation>Fill in the date of the phase change.</translation>
    </message>
    <message>
        <source>A phase change cannot be dated in the future.</source>
        <translation>A phase change cannot be dated in the future.</translation>
    </message>
    <message>
        <source>The date lies before the start of the current phase (%1).</source>
        <translation>The date lies before the start of the current phase (%1).</translation>
    </message>
    <message>
        <source>The learner is already in the phase "%1".</source>
        <translation>The learner is already in the phase "%1".</translation>
    </message>
    <message>
        <source>A trajectory does not go back from "%1" to "%2". Use a pause or a stop, or undo the last change.</source>
        <translation>A trajectory does not go back from "%1" to "%2". Use a pause or a stop, or undo the last change.</translation>
    </message>
    <message>
        <source>The trajectory has ended with the outflow; start a new trajectory instead.</source>
        <translation>The trajectory has ended with the outflow; start a new trajectory instead.</translation>
    </message>
    <message>
        <source>Choose the reason for the stop or pause.</source>
        <translation>Choose the reason for the stop or pause.</translation>
    </message>
    <message>
        <source>Choose the reason why the candidate does not enter.</source>
        <translation>Choose the reason why the candidate does not enter.</translation>
    </message>
    <message>
        <source>Describe the other reason in a few words.</source>
        <translation>Describe the other reason in a few words.</translation>
    </message>
    <message>
        <source>After the pause the trajectory resumes at "%1" or a later phase.</source>
        <translation>After the pause the trajectory resumes at "%1" or a later phase.</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Fill in the first day of the placement.</source>
        <translation>Fill in the first day of the placement.</translation>
    </message>
    <message>
        <source>Fill in the last day of the placement.</source>
        <translation>Fill in the last day of the placement.</translation>
    </message>
    <message>
        <source>The last day lies before the first day.</source>
        <translation>The last day lies before the first day.</translation>
    </message>
    <message>
        <source>Hours per day must lie between 0 and 12.</source>
        <translation>Hours per day must lie between 0 and 12.</translation>
    </message>
    <message>
        <source>The target number of days must lie between 0 and 400.</source>
        <translation>The target number of days must lie between 0 and 400.</translation>
    </message>
    <message>
        <source>The target number of hours cannot be negative.</source>
        <translation>The target number of hours cannot be negative.</translation>
    </message>
</context>
<context>
    <name>PlacementDay</name>
    <message>
        <source>Fill in the date of the placement day.</source>
        <translation>Fill in the date of the placement day.</translation>
    </message>
    <message>
        <source>Planned hours must lie between 0 and 12.</source>
        <translation>Planned hours must lie between 0 and 12.</translation>
    </message>
    <message>
        <source>Worked hours must lie between 0 and 14.</source>
        <translation>Worked hours must lie between 0 and 14.</translation>
    </message>
    <message>
        <source>Only a day with status "worked" has worked hours.</source>
        <translation>Only a day with status "worked" has worked hours.</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>The learner, enrolment, site or person of this placement no longer exists.</source>
        <translation>The learner, enrolment, site or person of this placement no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement day(s) would fall outside the new period; move or remove them first.</source>
        <translation><numerusform>%n placement day would fall outside the new period; move or remove them first.</numerusform><numerusform>%n placement days would fall outside the new period; move or remove them first.</numerusform></translation>
    </message>
    <message>
        <source>The enrolment, site or person of this placement no longer exists.</source>
        <translation>The enrolment, site or person of this placement no longer exists.</translation>
    </message>
    <message>
        <source>This placement does not exist (number %1).</source>
        <translation>This placement does not exist (number %1).</translation>
    </message>
    <message>
        <source>The day %1 lies outside the placement, which runs from %2 to %3.</source>
        <translation>The day %1 lies outside the placement, which runs from %2 to %3.</translation>
    </message>
    <message>
        <source>The placement already has a day on %1.</source>
        <translation>The placement already has a day on %1.</translation>
    </message>
    <message>
        <source>This placement day does not exist (number %1).</source>
        <translation>This placement day does not exist (number %1).</translation>
    </message>
</context>
<context>
    <name>PlanningWarning</name>
    <message>
        <source>The placement day of %1 lies outside the placement (%2 to %3).</source>
        <translation>The placement day of %1 lies outside the placement (%2 to %3).</translation>
    </message>
    <message>
        <source>More than one placement day is planned on %1.</source>
        <translation>More than one placement day is planned on %1.</translation>
    </message>
    <message>
        <source>The planned end of the training (%1) lies beyond the two-year limit (%2).</source>
        <translation>The planned end of the training (%1) lies beyond the two-year limit (%2).</translation>
    </message>
    <message>
        <source>The training ended on %1, but no aftercare has been recorded.</source>
        <translation>The training ended on %1, but no aftercare has been recorded.</translation>
    </message>
    <message>
        <source>The aftercare should have ended by %1, six months after the training.</source>
        <translation>The aftercare should have ended by %1, six months after the training.</translation>
    </message>
    <message>
        <source>The minimum of three months of aftercare was reached on %1.</source>
        <translation>The minimum of three months of aftercare was reached on %1.</translation>
    </message>
    <message>
        <source>The placement from %1 to %2 can reach at most %3 of its %4 target days.</source>
        <translation>The placement from %1 to %2 can reach at most %3 of its %4 target days.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Fill in the name of the programme.</source>
        <translation>Fill in the name of the programme.</translation>
    </message>
    <message>
        <source>A programme lasts 1 to 36 months.</source>
        <translation>A programme lasts 1 to 36 months.</translation>
    </message>
    <message>
        <source>Hours and teaching periods cannot be negative.</source>
        <translation>Hours and teaching periods cannot be negative.</translation>
    </message>
    <message>
        <source>Class days per week lie between 0 and 5.</source>
        <translation>Class days per week lie between 0 and 5.</translation>
    </message>
    <message>
        <source>Every module needs a name.</source>
        <translation>Every module needs a name.</translation>
    </message>
    <message>
        <source>Module "%1": teaching periods must be positive and the share of work-place learning between 0 and 100 %.</source>
        <translation>Module "%1": teaching periods must be positive and the share of work-place learning between 0 and 100 %.</translation>
    </message>
    <message>
        <source>The programme template "%1" does not exist.</source>
        <translation>The programme template "%1" does not exist.</translation>
    </message>
    <message>
        <source>The programme template cannot be read.</source>
        <translation>The programme template cannot be read.</translation>
    </message>
    <message>
        <source>The programme template is not valid.</source>
        <translation>The programme template is not valid.</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>The organisation that teaches the programme no longer exists.</source>
        <translation>The organisation that teaches the programme no longer exists.</translation>
    </message>
    <message>
        <source>The module "%1" is in the module plan of a learner, so it cannot be removed; take it out of their plan first.</source>
        <translation>The module "%1" is in the module plan of a learner, so it cannot be removed; take it out of their plan first.</translation>
    </message>
    <message>
        <source>A learner is enrolled in this programme, so it cannot be removed; remove or change that enrolment first.</source>
        <translation>A learner is enrolled in this programme, so it cannot be removed; remove or change that enrolment first.</translation>
    </message>
    <message>
        <source>This programme does not exist (number %1).</source>
        <translation>This programme does not exist (number %1).</translation>
    </message>
</context>
<context>
    <name>RoleAssignment</name>
    <message>
        <source>Choose the person who takes up this role.</source>
        <translation>Choose the person who takes up this role.</translation>
    </message>
    <message>
        <source>The end of the role lies before its start.</source>
        <translation>The end of the role lies before its start.</translation>
    </message>
</context>
<context>
    <name>RoleCardRepository</name>
    <message>
        <source>The learner or the chosen person no longer exists.</source>
        <translation>The learner or the chosen person no longer exists.</translation>
    </message>
    <message>
        <source>The chosen person no longer exists.</source>
        <translation>The chosen person no longer exists.</translation>
    </message>
    <message>
        <source>This line of the role card does not exist (number %1).</source>
        <translation>This line of the role card does not exist (number %1).</translation>
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
        <translation>%1 (public holiday)</translation>
    </message>
    <message>
        <source>%1 (closure)</source>
        <translation>%1 (closure)</translation>
    </message>
    <message>
        <source>Not one of the chosen weekdays</source>
        <translation>Not one of the chosen weekdays</translation>
    </message>
    <message>
        <source>Already a placement day</source>
        <translation>Already a placement day</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This item is still in use elsewhere, so it cannot be removed or changed this way.</source>
        <translation>This item is still in use elsewhere, so it cannot be removed or changed this way.</translation>
    </message>
    <message>
        <source>This item already exists.</source>
        <translation>This item already exists.</translation>
    </message>
    <message>
        <source>The database file is read-only: nothing could be saved.</source>
        <translation>The database file is read-only: nothing could be saved.</translation>
    </message>
    <message>
        <source>The disk is full: nothing could be saved. Free some space and try again.</source>
        <translation>The disk is full: nothing could be saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The data could not be read.</source>
        <translation>The data could not be read.</translation>
    </message>
    <message>
        <source>The data could not be read or saved.</source>
        <translation>The data could not be read or saved.</translation>
    </message>
    <message>
        <source>The item no longer exists; it may have been removed.</source>
        <translation>The item no longer exists; it may have been removed.</translation>
    </message>
</context>
<context>
    <name>traject::CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Days in phase</source>
        <translation>Days in phase</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>traject::CaseloadPanel</name>
    <message>
        <source>Search by name…</source>
        <translation>Search by name…</translation>
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
        <translation>Change phase…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Barriers &amp;&amp; actions</source>
        <translation>Barriers &amp;&amp; actions</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Workplace learning</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Role card</translation>
    </message>
    <message>
        <source>Aftercare &amp;&amp; outflow</source>
        <translation>Aftercare &amp;&amp; outflow</translation>
    </message>
    <message>
        <source>Choose a learner in the list</source>
        <translation>Choose a learner in the list</translation>
    </message>
    <message>
        <source>Phase: %1 since %2</source>
        <translation>Phase: %1 since %2</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Trajectplanner</source>
        <translation>&amp;About Trajectplanner</translation>
    </message>
    <message>
        <source>About Trajectplanner</source>
        <translation>About Trajectplanner</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Trajectplanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans and follows up the trajectories of learners toward the qualification of childcare worker.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trajectplanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans and follows up the trajectories of learners toward the qualification of childcare worker.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation><numerusform>%n learner</numerusform><numerusform>%n learners</numerusform></translation>
    </message>
    <message>
        <source>&amp;New learner…</source>
        <translation>&amp;New learner…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find learner</source>
        <translation>&amp;Find learner</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
</context>
<context>
    <name>traject::NewLearnerDialog</name>
    <message>
        <source>New learner</source>
        <translation>New learner</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Since</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Add learner</translation>
    </message>
    <message>
        <source>Add learner %1</source>
        <translation>Add learner %1</translation>
    </message>
</context>
<context>
    <name>traject::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Trajectplanner.</source>
        <translation>The new language is used from the next start of Trajectplanner.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>traject::WelcomePage</name>
    <message>
        <source>Welcome to Trajectplanner</source>
        <translation>Welcome to Trajectplanner</translation>
    </message>
    <message>
        <source>Your caseload is still empty. Start with an empty file and add your first learner, or look around first with a demo caseload of made-up learners.</source>
        <translation>Your caseload is still empty. Start with an empty file and add your first learner, or look around first with a demo caseload of made-up learners.</translation>
    </message>
    <message>
        <source>Your data is kept in one file on this computer only:
%1
Nothing is sent anywhere; keep the laptop locked and make backups.</source>
        <translation>Your data is kept in one file on this computer only:
%1
Nothing is sent anywhere; keep the laptop locked and make backups.</translation>
    </message>
    <message>
        <source>Start with an empty caseload</source>
        <translation>Start with an empty caseload</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Start with demo data</translation>
    </message>
</context>
</TS>