<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Describe what will be done.</source>
        <translation>Describe what will be done.</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s person who does this.</source>
        <translation>Choose the partner&apos;s person who does this.</translation>
    </message>
    <message>
        <source>Only an action for a partner names a partner&apos;s person.</source>
        <translation>Only an action for a partner names a partner&apos;s person.</translation>
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
    <name>AftercareProposal</name>
    <message>
        <source>Aftercare: check-in (every two weeks)</source>
        <translation>Aftercare: check-in (every two weeks)</translation>
    </message>
    <message>
        <source>Aftercare: monthly follow-up conversation</source>
        <translation>Aftercare: monthly follow-up conversation</translation>
    </message>
</context>
<context>
    <name>Anonymisation</name>
    <message>
        <source>The learner was anonymised, but the database file could not be compacted; old text may still be readable in it until it is.</source>
        <translation>The learner was anonymised, but the database file could not be compacted; old text may still be readable in it until it is.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was removed or changed.</source>
        <translation>Entry %1 does not follow the entry before it: an entry was removed or changed.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>Entry %1, the last one, was removed.</source>
        <translation>Entry %1, the last one, was removed.</translation>
    </message>
    <message>
        <source>Entry %1 carries no code of the database&apos;s key: it was added or changed by someone without the key.</source>
        <translation>Entry %1 carries no code of the database's key: it was added or changed by someone without the key.</translation>
    </message>
    <message>
        <source>Entry %1 carries a code of a key this database does not have.</source>
        <translation>Entry %1 carries a code of a key this database does not have.</translation>
    </message>
    <message>
        <source>Every entry was removed.</source>
        <translation>Every entry was removed.</translation>
    </message>
</context>
<context>
    <name>AuditSummary</name>
    <message>
        <source>The audit log is empty: there is nothing to check yet.</source>
        <translation>The audit log is empty: there is nothing to check yet.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entry(ies) checked, each one linked to the one before it.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked, each one linked to the one before it.</numerusform>
            <numerusform>The audit log is intact: %n entries checked, each one linked to the one before it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is NOT intact. %1</source>
        <translation>The audit log is NOT intact. %1</translation>
    </message>
    <message>
        <source>The entries before entry %1 are in order.</source>
        <translation>The entries before entry %1 are in order.</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Erased for good</source>
        <translation>Erased for good</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them carry a code under the key of this encrypted database: nobody without its passphrase or recovery key could have changed, added or removed them without it showing here; someone who can unlock it could.</source>
        <translation>%1 of them carry a code under the key of this encrypted database: nobody without its passphrase or recovery key could have changed, added or removed them without it showing here; someone who can unlock it could.</translation>
    </message>
    <message>
        <source>This database is not encrypted, so its %1 entries carry only a plain hash: that shows damage and careless edits, but someone who could write the file could have rewritten them, or the whole log.</source>
        <translation>This database is not encrypted, so its %1 entries carry only a plain hash: that shows damage and careless edits, but someone who could write the file could have rewritten them, or the whole log.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Trajectplanner databases (*.sqlite)</source>
        <translation>Trajectplanner databases (*.sqlite)</translation>
    </message>
    <message numerus="yes">
        <source>Backup of %n learner(s) written to %1.</source>
        <translation>
            <numerusform>Backup of %n learner written to %1.</numerusform>
            <numerusform>Backup of %n learners written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup %1 was restored.</source>
        <translation>The backup %1 was restored.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>The database as it was is kept as %1.</translation>
    </message>
    <message>
        <source>Trajectplanner</source>
        <translation>Trajectplanner</translation>
    </message>
    <message>
        <source>The latest good backup is from %1. When you restore it, the file as it is now is kept as a safety copy first.</source>
        <translation>The latest good backup is from %1. When you restore it, the file as it is now is kept as a safety copy first.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Restore the latest good backup (%1, %n learner(s))</source>
        <translation>
            <numerusform>&amp;Restore the latest good backup (%1, %n learner)</numerusform>
            <numerusform>&amp;Restore the latest good backup (%1, %n learners)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no good backup of this file in %1.</source>
        <translation>There is no good backup of this file in %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The restore could not be written in the audit log: %1</source>
        <translation>The restore could not be written in the audit log: %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>Backup of %n learner(s) written to %1.</source>
        <translation>
            <numerusform>Backup of %n learner written to %1.</numerusform>
            <numerusform>Backup of %n learners written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 was restored into %2.</source>
        <translation>The backup %1 was restored into %2.</translation>
    </message>
    <message>
        <source>The file as it was is kept as %1.</source>
        <translation>The file as it was is kept as %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup was written, but the list of copies beside the database could not be updated (%1): when you erase a learner, the program will not know that this copy holds them.</source>
        <translation>The backup was written, but the list of copies beside the database could not be updated (%1): when you erase a learner, the program will not know that this copy holds them.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.</source>
        <translation>The database %1 cannot be read.</translation>
    </message>
    <message>
        <source>There is not enough room on the disk for %1; nothing was written.</source>
        <translation>There is not enough room on the disk for %1; nothing was written.</translation>
    </message>
    <message>
        <source>The copy %1 did not pass the integrity check; it was removed.</source>
        <translation>The copy %1 did not pass the integrity check; it was removed.</translation>
    </message>
    <message>
        <source>%1 could not be saved; the disk may be full. Nothing was written.</source>
        <translation>%1 could not be saved; the disk may be full. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 cannot be replaced.</translation>
    </message>
    <message>
        <source>%1 cannot be removed; the database was not changed.</source>
        <translation>%1 cannot be removed; the database was not changed.</translation>
    </message>
    <message>
        <source>The safety copy %1 could not be written; the database was not changed.</source>
        <translation>The safety copy %1 could not be written; the database was not changed.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
    <message>
        <source>%1 cannot be checked.</source>
        <translation>%1 cannot be checked.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 is damaged.</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>The file is gone.</translation>
    </message>
    <message>
        <source>Not a database.</source>
        <translation>Not a database.</translation>
    </message>
    <message>
        <source>Not a Trajectplanner database.</source>
        <translation>Not a Trajectplanner database.</translation>
    </message>
    <message>
        <source>Damaged.</source>
        <translation>Damaged.</translation>
    </message>
    <message>
        <source>Cannot be read.</source>
        <translation>Cannot be read.</translation>
    </message>
    <message>
        <source>Made by a newer version of Trajectplanner.</source>
        <translation>Made by a newer version of Trajectplanner.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>The backup folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>The old backup %1 cannot be removed.</translation>
    </message>
    <message>
        <source>Give the name of the backup file.</source>
        <translation>Give the name of the backup file.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself; choose another file name.</source>
        <translation>A backup cannot be written over the database itself; choose another file name.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>The database %1 cannot be backed up: %2</source>
        <translation>The database %1 cannot be backed up: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2 The database was not changed.</source>
        <translation>The backup %1 cannot be restored: %2 The database was not changed.</translation>
    </message>
    <message>
        <source>This is the database itself, not a backup of it.</source>
        <translation>This is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was left behind.</source>
        <translation>%1 could not be written; nothing was left behind.</translation>
    </message>
    <message>
        <source>Encrypted with a key that is not unlocked now.</source>
        <translation>Encrypted with a key that is not unlocked now.</translation>
    </message>
    <message>
        <source>%1 could not be encrypted; it was left as it was.</source>
        <translation>%1 could not be encrypted; it was left as it was.</translation>
    </message>
    <message>
        <source>Not a database, or encrypted without its key file beside it.</source>
        <translation>Not a database, or encrypted without its key file beside it.</translation>
    </message>
    <message>
        <source>The restored database may hold learners who were erased before: %1</source>
        <translation>The restored database may hold learners who were erased before: %1</translation>
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
    <message>
        <source>A blocked item is either a placement or a module of the plan.</source>
        <translation>A blocked item is either a placement or a module of the plan.</translation>
    </message>
    <message>
        <source>The same item is listed twice as blocked.</source>
        <translation>The same item is listed twice as blocked.</translation>
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
        <source>The barrier of this action belongs to another learner; choose one of this learner&apos;s barriers.</source>
        <translation>The barrier of this action belongs to another learner; choose one of this learner&apos;s barriers.</translation>
    </message>
    <message>
        <source>The learner or the partner&apos;s person no longer exists.</source>
        <translation>The learner or the partner&apos;s person no longer exists.</translation>
    </message>
    <message>
        <source>The partner&apos;s person no longer exists.</source>
        <translation>The partner&apos;s person no longer exists.</translation>
    </message>
    <message>
        <source>This action does not exist (number %1).</source>
        <translation>This action does not exist (number %1).</translation>
    </message>
    <message>
        <source>A placement this barrier blocks no longer exists.</source>
        <translation>A placement this barrier blocks no longer exists.</translation>
    </message>
    <message>
        <source>A module this barrier blocks is no longer in the plan.</source>
        <translation>A module this barrier blocks is no longer in the plan.</translation>
    </message>
    <message>
        <source>A placement this barrier blocks belongs to another learner; choose one of this learner&apos;s placements.</source>
        <translation>A placement this barrier blocks belongs to another learner; choose one of this learner&apos;s placements.</translation>
    </message>
    <message>
        <source>A module this barrier blocks is in another learner&apos;s plan; choose one of this learner&apos;s modules.</source>
        <translation>A module this barrier blocks is in another learner&apos;s plan; choose one of this learner&apos;s modules.</translation>
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
    <name>CaseMeeting</name>
    <message>
        <source>Give the date of the last case meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last case meeting (%1) cannot be after today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New barrier</source>
        <translation type="unfinished">New barrier</translation>
    </message>
    <message>
        <source>Barrier solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed placement day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation type="unfinished">Contact moments</translation>
    </message>
    <message>
        <source>Overdue action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadGenerator</name>
    <message>
        <source>The generated caseload could not be stored.</source>
        <translation>The generated caseload could not be stored.</translation>
    </message>
    <message>
        <source>The programme templates are missing.</source>
        <translation>The programme templates are missing.</translation>
    </message>
    <message numerus="yes">
        <source>A caseload is only generated into an empty database; this one already holds %n learner(s).</source>
        <translation>
            <numerusform>A caseload is only generated into an empty database; this one already holds %n learner.</numerusform>
            <numerusform>A caseload is only generated into an empty database; this one already holds %n learners.</numerusform>
        </translation>
    </message>
    <message>
        <source>The caseload could not be generated; nothing was added.</source>
        <translation>The caseload could not be generated; nothing was added.</translation>
    </message>
</context>
<context>
    <name>CaseloadProfile</name>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Gender</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25 to 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35 to 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45 to 54</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>55 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished">Unknown</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation type="unfinished">Education level</translation>
    </message>
    <message>
        <source>Months unemployed before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 11 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 to 23 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation type="unfinished">Migration background</translation>
    </message>
    <message>
        <source>Status before the start</source>
        <translation type="unfinished">Status before the start</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished">Learners</translation>
    </message>
</context>
<context>
    <name>CaseloadQuery</name>
    <message>
        <source>The caseload could not be read.</source>
        <translation>The caseload could not be read.</translation>
    </message>
</context>
<context>
    <name>CaseloadTimeline</name>
    <message>
        <source>%1 hours planned</source>
        <translation>%1 hours planned</translation>
    </message>
    <message>
        <source>%1, %2 hours planned</source>
        <translation>%1, %2 hours planned</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
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
        <source>Write the MLP summary of learner ID (what to type into VDAB&apos;s partner platform) to the PDF file of --out, then stop.</source>
        <translation>Write the MLP summary of learner ID (what to type into VDAB&apos;s partner platform) to the PDF file of --out, then stop.</translation>
    </message>
    <message>
        <source>--mlp-summary needs the number of a learner, e.g. --mlp-summary 12.</source>
        <translation>--mlp-summary needs the number of a learner, e.g. --mlp-summary 12.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out, e.g. --out mlp.pdf.</source>
        <translation>Give the PDF file to write with --out, e.g. --out mlp.pdf.</translation>
    </message>
    <message>
        <source>--out goes with --print-plan, --attendance-sheet, --print-intake, --export-learner, --export-ics, --export-list, --report or --mlp-summary.</source>
        <translation>--out goes with --print-plan, --attendance-sheet, --print-intake, --export-learner, --export-ics, --export-list, --report or --mlp-summary.</translation>
    </message>
    <message>
        <source>Write a report to the file of --out (.pdf or .csv), then stop: profile (the caseload profile of the period --from … --to), esf (the ESF+ report of the period --from … --to: a summary as PDF, one row per participant as CSV) or meeting (the case-meeting sheet of what changed since the last meeting, --from its date; --to is today unless given).</source>
        <translation>Write a report to the file of --out (.pdf or .csv), then stop: profile (the caseload profile of the period --from … --to), esf (the ESF+ report of the period --from … --to: a summary as PDF, one row per participant as CSV) or meeting (the case-meeting sheet of what changed since the last meeting, --from its date; --to is today unless given).</translation>
    </message>
    <message>
        <source>First day of the period for --report profile or esf, or the day of the last case meeting for --report meeting (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation>First day of the period for --report profile or esf, or the day of the last case meeting for --report meeting (dd/mm/yyyy or yyyy-mm-dd).</translation>
    </message>
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
    <message>
        <source>Write the personal plan of learner ID to the PDF file of --out (and keep it as a version), then stop.</source>
        <translation>Write the personal plan of learner ID to the PDF file of --out (and keep it as a version), then stop.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the attendance sheet of placement ID to the PDF file of --out, then stop.</source>
        <translation>Write the attendance sheet of placement ID to the PDF file of --out, then stop.</translation>
    </message>
    <message>
        <source>Who the plan is for: learner (default), workplace or partner.</source>
        <translation>Who the plan is for: learner (default), workplace or partner.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>The language of the document: nl (default) or en.</source>
        <translation>The language of the document: nl (default) or en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Also print barriers of sensitive categories (family, psychological).</source>
        <translation>Also print barriers of sensitive categories (family, psychological).</translation>
    </message>
    <message>
        <source>--print-plan needs the number of a learner, e.g. --print-plan 12.</source>
        <translation>--print-plan needs the number of a learner, e.g. --print-plan 12.</translation>
    </message>
    <message>
        <source>--attendance-sheet needs the number of a placement.</source>
        <translation>--attendance-sheet needs the number of a placement.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with --out, e.g. --out plan.pdf.</source>
        <translation>Give the PDF file to write with --out, e.g. --out plan.pdf.</translation>
    </message>
    <message>
        <source>Write the one-page summary of intake ID to the PDF file of --out, then stop.</source>
        <translation>Write the one-page summary of intake ID to the PDF file of --out, then stop.</translation>
    </message>
    <message>
        <source>Load the intake template of the JSON file FILE into the database (new intakes use it), then stop.</source>
        <translation>Load the intake template of the JSON file FILE into the database (new intakes use it), then stop.</translation>
    </message>
    <message>
        <source>Write one document at a time: --print-plan, --attendance-sheet or --print-intake.</source>
        <translation>Write one document at a time: --print-plan, --attendance-sheet or --print-intake.</translation>
    </message>
    <message>
        <source>--print-intake needs the number of an intake, e.g. --print-intake 3.</source>
        <translation>--print-intake needs the number of an intake, e.g. --print-intake 3.</translation>
    </message>
    <message>
        <source>--load-intake-template needs the name of a template file.</source>
        <translation>--load-intake-template needs the name of a template file.</translation>
    </message>
    <message>
        <source>Load an intake template on its own, without writing a document.</source>
        <translation>Load an intake template on its own, without writing a document.</translation>
    </message>
    <message>
        <source>Write a checked backup of the database to FILE, then stop.</source>
        <translation>Write a checked backup of the database to FILE, then stop.</translation>
    </message>
    <message>
        <source>Write everything about learner ID as JSON and PDF into the folder of --out, then stop.</source>
        <translation>Write everything about learner ID as JSON and PDF into the folder of --out, then stop.</translation>
    </message>
    <message>
        <source>Erase learner ID for good, without asking, and print what was removed; then stop.</source>
        <translation>Erase learner ID for good, without asking, and print what was removed; then stop.</translation>
    </message>
    <message>
        <source>Do one thing at a time: a backup, an export, an erasure, a document or a template.</source>
        <translation>Do one thing at a time: a backup, an export, an erasure, a document or a template.</translation>
    </message>
    <message>
        <source>--backup needs the name of the file to write.</source>
        <translation>--backup needs the name of the file to write.</translation>
    </message>
    <message>
        <source>--export-learner needs the number of a learner, e.g. --export-learner 12.</source>
        <translation>--export-learner needs the number of a learner, e.g. --export-learner 12.</translation>
    </message>
    <message>
        <source>Give the folder to write to with --out, e.g. --out export.</source>
        <translation>Give the folder to write to with --out, e.g. --out export.</translation>
    </message>
    <message>
        <source>--erase-learner needs the number of a learner, e.g. --erase-learner 12.</source>
        <translation>--erase-learner needs the number of a learner, e.g. --erase-learner 12.</translation>
    </message>
    <message>
        <source>Import the learners of the CSV file FILE (as Excel saves it) and print the validation report, then stop.</source>
        <translation>Import the learners of the CSV file FILE (as Excel saves it) and print the validation report, then stop.</translation>
    </message>
    <message>
        <source>With --import-learners: check and show everything, but save nothing.</source>
        <translation>With --import-learners: check and show everything, but save nothing.</translation>
    </message>
    <message>
        <source>With --import-learners: skip (default) imports the valid rows, stop imports nothing when a row is invalid.</source>
        <translation>With --import-learners: skip (default) imports the valid rows, stop imports nothing when a row is invalid.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>Write the placement days and appointments of learner ID as an agenda file (.ics) to the file of --out, then stop.</source>
        <translation>Write the placement days and appointments of learner ID as an agenda file (.ics) to the file of --out, then stop.</translation>
    </message>
    <message>
        <source>Check that the audit log is intact (every entry unchanged and linked to the one before it). Exit 0: intact, 1: broken, 2: the database cannot be opened.</source>
        <translation>Check that the audit log is intact (every entry unchanged and linked to the one before it). Exit 0: intact, 1: broken, 2: the database cannot be opened.</translation>
    </message>
    <message>
        <source>Fill a new database (--db) with N made-up learners and their placement days, barriers, actions and contact moments, for trying the program at scale; print the counts and the time, then stop.</source>
        <translation>Fill a new database (--db) with N made-up learners and their placement days, barriers, actions and contact moments, for trying the program at scale; print the counts and the time, then stop.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to write: a PDF, an .ics agenda (for --export-learner: the folder).</source>
        <translation>The file to write: a PDF, an .ics agenda (for --export-learner: the folder).</translation>
    </message>
    <message>
        <source>Do one thing at a time: --demo or --generate.</source>
        <translation>Do one thing at a time: --demo or --generate.</translation>
    </message>
    <message>
        <source>--import-learners needs the name of a CSV file.</source>
        <translation>--import-learners needs the name of a CSV file.</translation>
    </message>
    <message>
        <source>--dry-run and --on-error go with --import-learners.</source>
        <translation>--dry-run and --on-error go with --import-learners.</translation>
    </message>
    <message>
        <source>--export-ics needs the number of a learner, e.g. --export-ics 12.</source>
        <translation>--export-ics needs the number of a learner, e.g. --export-ics 12.</translation>
    </message>
    <message>
        <source>Give the .ics file to write with --out, e.g. --out agenda.ics.</source>
        <translation>Give the .ics file to write with --out, e.g. --out agenda.ics.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period for --report (dd/mm/yyyy or yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out, e.g. --out profile.pdf or profile.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to go with --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out goes with --print-plan, --attendance-sheet, --print-intake, --export-learner, --export-ics or --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --print-plan: add the appendix with every module and workplace day: yes or no (default: no for the learner and a partner, yes for the workplace).</source>
        <translation>With --print-plan: add the appendix with every module and workplace day: yes or no (default: no for the learner and a partner, yes for the workplace).</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>CHOICE</translation>
    </message>
    <message>
        <source>--appendix is yes or no, not &quot;%1&quot;.</source>
        <translation>--appendix is yes or no, not "%1".</translation>
    </message>
    <message>
        <source>--appendix goes with --print-plan.</source>
        <translation>--appendix goes with --print-plan.</translation>
    </message>
    <message>
        <source>Write the list LIST (caseload) as the window shows it without a filter to the CSV file of --out, then stop.</source>
        <translation>Write the list LIST (caseload) as the window shows it without a filter to the CSV file of --out, then stop.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>--restore needs the name of the backup to restore.</source>
        <translation>--restore needs the name of the backup to restore.</translation>
    </message>
    <message>
        <source>--export-list knows one list: caseload, not &quot;%1&quot;.</source>
        <translation>--export-list knows one list: caseload, not "%1".</translation>
    </message>
    <message>
        <source>Give the CSV file to write with --out, e.g. --out caseload.csv.</source>
        <translation>Give the CSV file to write with --out, e.g. --out caseload.csv.</translation>
    </message>
    <message>
        <source>Put the backup FILE in the database&apos;s place, as Restore backup does: the current file is kept as a safety copy, the backup is checked first, and learners erased since are erased again; then stop.</source>
        <translation>Put the backup FILE in the database's place, as Restore backup does: the current file is kept as a safety copy, the backup is checked first, and learners erased since are erased again; then stop.</translation>
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
        <translation>Record the date on which the learner gave this consent.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>The consent date lies in the future.</translation>
    </message>
    <message>
        <source>The date of withdrawal lies in the future.</source>
        <translation>The date of withdrawal lies in the future.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>A consent cannot be withdrawn before it was given.</translation>
    </message>
    <message>
        <source>Fill in who may receive the information.</source>
        <translation>Fill in who may receive the information.</translation>
    </message>
    <message>
        <source>Tick at least one thing that may be shared.</source>
        <translation>Tick at least one thing that may be shared.</translation>
    </message>
    <message>
        <source>Sensitive barriers can only be shared together with the barriers.</source>
        <translation>Sensitive barriers can only be shared together with the barriers.</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>This learner does not exist (number %1).</translation>
    </message>
    <message>
        <source>This consent does not exist (number %1).</source>
        <translation>This consent does not exist (number %1).</translation>
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
    <name>CsvReader</name>
    <message>
        <source>Row %1 (line %2 of the file): a quotation mark is opened but never closed. Check the cell that starts there.</source>
        <translation>Row %1 (line %2 of the file): a quotation mark is opened but never closed. Check the cell that starts there.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row with column names.</source>
        <translation>The file is empty: there is no header row with column names.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB: files over %3 MB are not read. Is it the right file? Otherwise save only the rows to import in a file of its own.</source>
        <translation>The file %1 is %2 MB: files over %3 MB are not read. Is it the right file? Otherwise save only the rows to import in a file of its own.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled; nothing was imported.</source>
        <translation>Reading the file was cancelled; nothing was imported.</translation>
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
    <message>
        <source>The database %1 cannot be created.</source>
        <translation>The database %1 cannot be created.</translation>
    </message>
    <message>
        <source>The disk is full: nothing could be saved. Free some space and try again.</source>
        <translation>The disk is full: nothing could be saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database file is read-only: nothing could be saved.</source>
        <translation>The database file is read-only: nothing could be saved.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: the folder %2 cannot be written to.</source>
        <translation>The database %1 cannot be created: the folder %2 cannot be written to.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so no change could be saved in it. Make it writable (or open a copy of it); the file was left unchanged.</source>
        <translation>The file %1 is read-only, so no change could be saved in it. Make it writable (or open a copy of it); the file was left unchanged.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: a check of all its data found an error. Nothing more is written into it; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Unlock it with its passphrase or its recovery key first.</source>
        <translation>The database %1 is encrypted. Unlock it with its passphrase or its recovery key first.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, but its key file %2 is missing. Each backup in %3 has a copy of it: unlock with the passphrase or the recovery key, and the program puts the key file back.</source>
        <translation>The database %1 is encrypted, but its key file %2 is missing. Each backup in %3 has a copy of it: unlock with the passphrase or the recovery key, and the program puts the key file back.</translation>
    </message>
    <message>
        <source>The database&apos;s id cannot be read.</source>
        <translation>The database's id cannot be read.</translation>
    </message>
    <message>
        <source>The database file could not be compacted.</source>
        <translation>The database file could not be compacted.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database %1 is already open in Trajectplanner (process %2 on %3). Close that window first: two programs writing the same file could undo each other&apos;s work.</source>
        <translation>The database %1 is already open in Trajectplanner (process %2 on %3). Close that window first: two programs writing the same file could undo each other&apos;s work.</translation>
    </message>
    <message>
        <source>The lock file beside the database %1 cannot be made. Check that its folder can be written to.</source>
        <translation>The lock file beside the database %1 cannot be made. Check that its folder can be written to.</translation>
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
        <translation>Month</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
</context>
<context>
    <name>DayMove</name>
    <message>
        <source>Choose a date to move the placement day to.</source>
        <translation>Choose a date to move the placement day to.</translation>
    </message>
    <message>
        <source>Only a planned day can be moved; this day is recorded as &quot;%1&quot;.</source>
        <translation>Only a planned day can be moved; this day is recorded as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 lies outside this placement (%2 to %3).</source>
        <translation>%1 lies outside this placement (%2 to %3).</translation>
    </message>
    <message>
        <source>%1 is not a working day: %2.</source>
        <translation>%1 is not a working day: %2.</translation>
    </message>
    <message>
        <source>There is already a placement day on %1.</source>
        <translation>There is already a placement day on %1.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>Demo data is only added to an empty database; this one already holds %n learner(s).</source>
        <translation>
            <numerusform>Demo data is only added to an empty database; this one already holds %n learner.</numerusform>
            <numerusform>Demo data is only added to an empty database; this one already holds %n learners.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data could not be made; nothing was added.</source>
        <translation>The demo data could not be made; nothing was added.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <source>Unknown audience &quot;%1&quot;: use learner, workplace or partner.</source>
        <translation>Unknown audience &quot;%1&quot;: use learner, workplace or partner.</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2 (%n page(s)) written to %3.</source>
        <translation>
            <numerusform>%1 version %2 (%n page) written to %3.</numerusform>
            <numerusform>%1 version %2 (%n pages) written to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intake summary (%n page(s)) written to %1.</source>
        <translation>
            <numerusform>Intake summary (%n page) written to %1.</numerusform>
            <numerusform>Intake summary (%n pages) written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an intake template.</source>
        <translation>The file %1 is too large to be an intake template.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Intake template %1 version %2 loaded.</source>
        <translation>Intake template %1 version %2 loaded.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
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
    <message>
        <source>Personal plan</source>
        <translation>Personal plan</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>Pre-trajectory first</source>
        <translation>Pre-trajectory first</translation>
    </message>
    <message>
        <source>Regular course</source>
        <translation>Regular course</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <source>Not entering</source>
        <translation>Not entering</translation>
    </message>
    <message>
        <source>Own circle</source>
        <translation>Own circle</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Training centre</source>
        <translation>Training centre</translation>
    </message>
    <message>
        <source>Employment service (VDAB, OCMW)</source>
        <translation>Employment service (VDAB, OCMW)</translation>
    </message>
    <message>
        <source>Welfare partner</source>
        <translation>Welfare partner</translation>
    </message>
    <message>
        <source>Workplace and mentor</source>
        <translation>Workplace and mentor</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Who helps, with contact details</source>
        <translation>Who helps, with contact details</translation>
    </message>
    <message>
        <source>Training and results</source>
        <translation>Training and results</translation>
    </message>
    <message>
        <source>Workplace learning and attendance</source>
        <translation>Workplace learning and attendance</translation>
    </message>
    <message>
        <source>Barriers and actions</source>
        <translation>Barriers and actions</translation>
    </message>
    <message>
        <source>Also sensitive barriers (family, psychological, health)</source>
        <translation>Also sensitive barriers (family, psychological, health)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <source>4/5</source>
        <translation>4/5</translation>
    </message>
    <message>
        <source>Half time</source>
        <translation>Half time</translation>
    </message>
    <message>
        <source>Other regime (hours per week)</source>
        <translation>Other regime (hours per week)</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>There is no learner with number %1.</source>
        <translation>There is no learner with number %1.</translation>
    </message>
    <message>
        <source>The database file could not be compacted.</source>
        <translation>The database file could not be compacted.</translation>
    </message>
    <message>
        <source>The database cannot be checked.</source>
        <translation>The database cannot be checked.</translation>
    </message>
    <message>
        <source>Deleted data cannot be overwritten in this database.</source>
        <translation>Deleted data cannot be overwritten in this database.</translation>
    </message>
    <message>
        <source>The learner was removed, but the database file could not be compacted; old text may still be readable in it until it is.</source>
        <translation>The learner was removed, but the database file could not be compacted; old text may still be readable in it until it is.</translation>
    </message>
    <message>
        <source>The learner was erased, but not written in the register of erased learners: restoring an older backup would bring them back. %1</source>
        <translation>The learner was erased, but not written in the register of erased learners: restoring an older backup would bring them back. %1</translation>
    </message>
    <message>
        <source>The learner could not be erased from the backup %1.</source>
        <translation>The learner could not be erased from the backup %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Export agenda</translation>
    </message>
    <message>
        <source>Agenda %1</source>
        <translation>Agenda %1</translation>
    </message>
    <message>
        <source>Agenda files (*.ics)</source>
        <translation>Agenda files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n placement day(s) and appointment(s) written to %1; a second export updates the same events in the learner&apos;s agenda.</source>
        <translation>
            <numerusform>%n placement day or appointment written to %1; a second export updates the same events in the learner&apos;s agenda.</numerusform>
            <numerusform>%n placement days and appointments written to %1; a second export updates the same events in the learner&apos;s agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import learners from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported from %1; Edit &gt; Undo takes the import back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>--on-error takes skip (import the valid rows) or stop (import nothing when a row is invalid), not &quot;%1&quot;.</source>
        <translation>--on-error takes skip (import the valid rows) or stop (import nothing when a row is invalid), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>Empty rows skipped: %1.</source>
        <translation>Empty rows skipped: %1.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Columns not imported: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s) left out</source>
        <translation>
            <numerusform>%n possible duplicate left out</numerusform>
            <numerusform>%n possible duplicates left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are invalid and --on-error is stop. Correct the file and try again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row are invalid and --on-error is stop. Correct the file and try again.</numerusform>
            <numerusform>Nothing was imported: %n rows are invalid and --on-error is stop. Correct the file and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: the file has no valid new learner.</source>
        <translation>Nothing was imported: the file has no valid new learner.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n learner(s) would be imported. Nothing was saved.</source>
        <translation>
            <numerusform>Dry run: %n learner would be imported. Nothing was saved.</numerusform>
            <numerusform>Dry run: %n learners would be imported. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported, in the phase referral.</source>
        <translation>
            <numerusform>%n learner imported, in the phase referral.</numerusform>
            <numerusform>%n learners imported, in the phase referral.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the .ics file to write with --out, e.g. --out agenda.ics.</source>
        <translation>Give the .ics file to write with --out, e.g. --out agenda.ics.</translation>
    </message>
    <message numerus="yes">
        <source>The agenda of learner %1 was written to %2: %n event(s).</source>
        <translation>
            <numerusform>The agenda of learner %1 was written to %2: %n event.</numerusform>
            <numerusform>The agenda of learner %1 was written to %2: %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>The caseload list (%1 learners) was written to %2.</source>
        <translation>The caseload list (%1 learners) was written to %2.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>Give the name of the file to write.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>You may not write %1.</source>
        <translation>You may not write %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 could not be written completely; the disk may be full. Nothing was changed.</source>
        <translation>%1 could not be written completely; the disk may be full. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 could not be saved; the disk may be full. Nothing was changed.</source>
        <translation>%1 could not be saved; the disk may be full. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>--generate needs the number of learners to make, from 1 to %1, e.g. --generate 10000.</source>
        <translation>--generate needs the number of learners to make, from 1 to %1, e.g. --generate 10000.</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already holds %n learner(s); a made-up caseload is only generated into a new database. Choose a new file with --db.</source>
        <translation>
            <numerusform>The database %1 already holds %n learner; a made-up caseload is only generated into a new database. Choose a new file with --db.</numerusform>
            <numerusform>The database %1 already holds %n learners; a made-up caseload is only generated into a new database. Choose a new file with --db.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n learner(s) in %1 s into %2:</source>
        <translation>
            <numerusform>Generated %n learner in %1 s into %2:</numerusform>
            <numerusform>Generated %n learners in %1 s into %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>placement days</source>
        <translation>placement days</translation>
    </message>
    <message>
        <source>barriers</source>
        <translation>barriers</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>contact moments</source>
        <translation>contact moments</translation>
    </message>
    <message>
        <source>placements</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>phase changes</source>
        <translation>phase changes</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>enrolments</translation>
    </message>
    <message>
        <source>module plans</source>
        <translation>module plans</translation>
    </message>
    <message>
        <source>role assignments</source>
        <translation>role assignments</translation>
    </message>
    <message>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>contact persons</translation>
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
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
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
        <source>All Saints&apos; Day</source>
        <translation>All Saints&apos; Day</translation>
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
    <name>IcsExport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Planned: %1 hours</source>
        <translation>Planned: %1 hours</translation>
    </message>
    <message>
        <source>Aftercare appointment: %1</source>
        <translation>Aftercare appointment: %1</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <source>My trajectory</source>
        <translation>My trajectory</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>&quot;%1&quot;: write the year with four digits, for example 25/03/1990.</source>
        <translation>&quot;%1&quot;: write the year with four digits, for example 25/03/1990.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as dd/mm/yyyy, for example 25/03/1990.</source>
        <translation>&quot;%1&quot; is not a date: write it as dd/mm/yyyy, for example 25/03/1990.</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>The date %1 does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write ja or nee.</source>
        <translation>&quot;%1&quot;: write ja or nee.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known values.</source>
        <translation>&quot;%1&quot; is not one of the known values.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of months.</source>
        <translation>&quot;%1&quot; is not a whole number of months.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
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
        <translation>This intake is already finished.</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Employment service</translation>
    </message>
    <message>
        <source>Level of Dutch (NT2)</source>
        <translation>Level of Dutch (NT2)</translation>
    </message>
    <message>
        <source>Status or benefit</source>
        <translation>Status or benefit</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Home language</translation>
    </message>
    <message>
        <source>Choose the decision of the interview.</source>
        <translation>Choose the decision of the interview.</translation>
    </message>
    <message>
        <source>The phase stays &quot;%1&quot;.</source>
        <translation>The phase stays &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Phase: %1 → %2 on %3</source>
        <translation>Phase: %1 → %2 on %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation>Decision: %1.</translation>
    </message>
    <message>
        <source>Logbook: "%1" on %2</source>
        <translation>Logbook: "%1" on %2</translation>
    </message>
    <message>
        <source>Logbook: "%1" on %2 with %3</source>
        <translation>Logbook: "%1" on %2 with %3</translation>
    </message>
</context>
<context>
    <name>IntakeRepository</name>
    <message>
        <source>Answer yes or no.</source>
        <translation>Answer yes or no.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>Choose among the options.</source>
        <translation>Choose among the options.</translation>
    </message>
    <message>
        <source>Version %1 of the intake template &quot;%2&quot; already exists with other questions. Give the new template a higher version number.</source>
        <translation>Version %1 of the intake template &quot;%2&quot; already exists with other questions. Give the new template a higher version number.</translation>
    </message>
    <message>
        <source>No intake template has been loaded.</source>
        <translation>No intake template has been loaded.</translation>
    </message>
    <message>
        <source>This intake template does not exist (number %1).</source>
        <translation>This intake template does not exist (number %1).</translation>
    </message>
    <message>
        <source>Fill in the date of the intake.</source>
        <translation>Fill in the date of the intake.</translation>
    </message>
    <message>
        <source>An intake cannot be dated in the future.</source>
        <translation>An intake cannot be dated in the future.</translation>
    </message>
    <message>
        <source>This intake does not exist (number %1).</source>
        <translation>This intake does not exist (number %1).</translation>
    </message>
    <message>
        <source>This intake is finished; its answers can no longer change.</source>
        <translation>This intake is finished; its answers can no longer change.</translation>
    </message>
    <message>
        <source>The intake template has no question &quot;%1&quot;.</source>
        <translation>The intake template has no question &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The interview cannot lie before the start of the intake phase (%1).</source>
        <translation>The interview cannot lie before the start of the intake phase (%1).</translation>
    </message>
    <message>
        <source>Choose one of the listed reasons.</source>
        <translation>Choose one of the listed reasons.</translation>
    </message>
    <message>
        <source>This belongs to another learner than the intake.</source>
        <translation>This belongs to another learner than the intake.</translation>
    </message>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>This learner does not exist (number %1).</translation>
    </message>
</context>
<context>
    <name>IntakeSummary</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>No support persons are written down.</source>
        <translation>No support persons are written down.</translation>
    </message>
    <message>
        <source>%1, done on %2</source>
        <translation>%1, done on %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>No barriers were ticked in this interview.</source>
        <translation>No barriers were ticked in this interview.</translation>
    </message>
    <message>
        <source>No action agreed yet.</source>
        <translation>No action agreed yet.</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>What we do about it</source>
        <translation>What we do about it</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>No decision has been taken yet.</source>
        <translation>No decision has been taken yet.</translation>
    </message>
    <message>
        <source>This intake is not finished yet: what is written here can still change.</source>
        <translation>This intake is not finished yet: what is written here can still change.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>The SPOC</source>
        <translation>The SPOC</translation>
    </message>
    <message>
        <source>The SPOC, %1</source>
        <translation>The SPOC, %1</translation>
    </message>
    <message>
        <source>The candidate, %1</source>
        <translation>The candidate, %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>born on %1</source>
        <translation>born on %1</translation>
    </message>
    <message>
        <source>finished on %1</source>
        <translation>finished on %1</translation>
    </message>
    <message>
        <source>not finished yet</source>
        <translation>not finished yet</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <source>Date of the interview:</source>
        <translation>Date of the interview:</translation>
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
        <translation>Barriers</translation>
    </message>
    <message>
        <source>An intake summary can be printed in Dutch (nl) or English (en).</source>
        <translation>An intake summary can be printed in Dutch (nl) or English (en).</translation>
    </message>
    <message>
        <source>Intake interview of %1</source>
        <translation>Intake interview of %1</translation>
    </message>
    <message>
        <source>Intake interview of %1 · %2</source>
        <translation>Intake interview of %1 · %2</translation>
    </message>
</context>
<context>
    <name>IntakeTemplate</name>
    <message>
        <source>A question in section &quot;%1&quot; has no key.</source>
        <translation>A question in section &quot;%1&quot; has no key.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has an unknown type &quot;%2&quot;.</source>
        <translation>The question &quot;%1&quot; has an unknown type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has no Dutch text.</source>
        <translation>The question &quot;%1&quot; has no Dutch text.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; fills in an unknown field &quot;%2&quot; of the file.</source>
        <translation>The question &quot;%1&quot; fills in an unknown field &quot;%2&quot; of the file.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has the wrong type for the field it fills in.</source>
        <translation>The question &quot;%1&quot; has the wrong type for the field it fills in.</translation>
    </message>
    <message>
        <source>An option of the question &quot;%1&quot; has an empty, repeated or invalid code.</source>
        <translation>An option of the question &quot;%1&quot; has an empty, repeated or invalid code.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has no options to choose from.</source>
        <translation>The question &quot;%1&quot; has no options to choose from.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has options but is not a choice.</source>
        <translation>The question &quot;%1&quot; has options but is not a choice.</translation>
    </message>
    <message>
        <source>This is not an intake template: the file is not valid JSON (%1 at position %2).</source>
        <translation>This is not an intake template: the file is not valid JSON (%1 at position %2).</translation>
    </message>
    <message>
        <source>The intake template has no name.</source>
        <translation>The intake template has no name.</translation>
    </message>
    <message>
        <source>The intake template has no version number (1 or higher).</source>
        <translation>The intake template has no version number (1 or higher).</translation>
    </message>
    <message>
        <source>The intake template has no Dutch title.</source>
        <translation>The intake template has no Dutch title.</translation>
    </message>
    <message>
        <source>A section of the intake template has an empty or repeated key.</source>
        <translation>A section of the intake template has an empty or repeated key.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no Dutch title.</source>
        <translation>The section &quot;%1&quot; has no Dutch title.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has an unknown kind &quot;%2&quot;.</source>
        <translation>The section &quot;%1&quot; has an unknown kind &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; repeats a part that can occur only once.</source>
        <translation>The section &quot;%1&quot; repeats a part that can occur only once.</translation>
    </message>
    <message>
        <source>The question key &quot;%1&quot; occurs twice.</source>
        <translation>The question key &quot;%1&quot; occurs twice.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no questions.</source>
        <translation>The section &quot;%1&quot; has no questions.</translation>
    </message>
    <message>
        <source>The intake template has no decision section.</source>
        <translation>The intake template has no decision section.</translation>
    </message>
</context>
<context>
    <name>Learner</name>
    <message>
        <source>A VDAB client number has only digits (at most 12), as VDAB gives it.</source>
        <translation>A VDAB client number has only digits (at most 12), as VDAB gives it.</translation>
    </message>
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
        <source>A child&apos;s birth year must lie between 1950 and this year.</source>
        <translation>A child&apos;s birth year must lie between 1950 and this year.</translation>
    </message>
    <message>
        <source>Name the foreign diploma whose recognition is tracked.</source>
        <translation>Name the foreign diploma whose recognition is tracked.</translation>
    </message>
    <message>
        <source>The start of the current phase lies in the future.</source>
        <translation>The start of the current phase lies in the future.</translation>
    </message>
</context>
<context>
    <name>LearnerExport</name>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Phase changes</source>
        <translation>Phase changes</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Role card</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Modules in the plan</source>
        <translation>Modules in the plan</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Workplace learning</translation>
    </message>
    <message>
        <source>Workplace learning days</source>
        <translation>Workplace learning days</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>What the barriers block</source>
        <translation>What the barriers block</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
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
        <source>Trajectory plans kept</source>
        <translation>Trajectory plans kept</translation>
    </message>
    <message>
        <source>Intake interviews</source>
        <translation>Intake interviews</translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation>Intake answers</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>Support network</translation>
    </message>
    <message>
        <source>There is no learner with number %1.</source>
        <translation>There is no learner with number %1.</translation>
    </message>
    <message>
        <source>Everything stored about %1</source>
        <translation>Everything stored about %1</translation>
    </message>
    <message>
        <source>Learner number %1, exported on %2.</source>
        <translation>Learner number %1, exported on %2.</translation>
    </message>
    <message numerus="yes">
        <source>(document of %n byte(s), in the JSON file)</source>
        <translation>
            <numerusform>(document of %n byte, in the JSON file)</numerusform>
            <numerusform>(document of %n bytes, in the JSON file)</numerusform>
        </translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Data of %1</translation>
    </message>
    <message>
        <source>Data of %1 · %2</source>
        <translation>Data of %1 · %2</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
</context>
<context>
    <name>LearnerImport</name>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation>National register number</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Home language</translation>
    </message>
    <message>
        <source>NT2 level</source>
        <translation>NT2 level</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>Foreign diploma</source>
        <translation>Foreign diploma</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migration background</translation>
    </message>
    <message>
        <source>Status before the start</source>
        <translation>Status before the start</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>Months unemployed</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Employment service</translation>
    </message>
    <message>
        <source>Statute or benefit</source>
        <translation>Statute or benefit</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Has a laptop</source>
        <translation>Has a laptop</translation>
    </message>
    <message>
        <source>Has internet</source>
        <translation>Has internet</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; are both read as &quot;%3&quot;. Choose one of them.</source>
        <translation>The columns &quot;%1&quot; and &quot;%2&quot; are both read as &quot;%3&quot;. Choose one of them.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Name a column so in the header row, or choose it in the mapping. Nothing was imported.</source>
        <translation>The file has no column &quot;%1&quot;. Name a column so in the header row, or choose it in the mapping. Nothing was imported.</translation>
    </message>
    <message>
        <source>This row has more cells than the header row has column names.</source>
        <translation>This row has more cells than the header row has column names.</translation>
    </message>
    <message>
        <source>Possible duplicate: learner %1 has the same national register number.</source>
        <translation>Possible duplicate: learner %1 has the same national register number.</translation>
    </message>
    <message>
        <source>Possible duplicate: row %1 has the same national register number.</source>
        <translation>Possible duplicate: row %1 has the same national register number.</translation>
    </message>
    <message>
        <source>Possible duplicate: learner %1 has the same name and birth date.</source>
        <translation>Possible duplicate: learner %1 has the same name and birth date.</translation>
    </message>
    <message>
        <source>Possible duplicate: row %1 has the same name and birth date.</source>
        <translation>Possible duplicate: row %1 has the same name and birth date.</translation>
    </message>
    <message>
        <source>Row %1 could not be stored, so nothing was imported: %2</source>
        <translation>Row %1 could not be stored, so nothing was imported: %2</translation>
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
    <message>
        <source>There is no phase change to take back.</source>
        <translation>There is no phase change to take back.</translation>
    </message>
    <message>
        <source>The latest phase change does not match the learner&apos;s phase.</source>
        <translation>The latest phase change does not match the learner&apos;s phase.</translation>
    </message>
    <message>
        <source>The learners could not be saved.</source>
        <translation>The learners could not be saved.</translation>
    </message>
</context>
<context>
    <name>LearnerTimelineBuilder</name>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
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
        <source>Barriers</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%1, semester %2</source>
        <translation>%1, semester %2</translation>
    </message>
    <message>
        <source>2-year limit</source>
        <translation>2-year limit</translation>
    </message>
    <message>
        <source>%1 of %2 days worked</source>
        <translation>%1 of %2 days worked</translation>
    </message>
    <message>
        <source>%1 hours planned</source>
        <translation>%1 hours planned</translation>
    </message>
    <message>
        <source>, %1 worked</source>
        <translation>, %1 worked</translation>
    </message>
    <message numerus="yes">
        <source>Aftercare (%n months)</source>
        <translation>
            <numerusform>Aftercare (%n months)</numerusform>
            <numerusform>Aftercare (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Aftercare window (3 to 6 months)</source>
        <translation>Aftercare window (3 to 6 months)</translation>
    </message>
    <message>
        <source>At least until %1</source>
        <translation>At least until %1</translation>
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
        <translation>
            <numerusform>Database %1: %n learner.</numerusform>
            <numerusform>Database %1: %n learners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data added: %n learner(s).</source>
        <translation>
            <numerusform>Demo data added: %n learner.</numerusform>
            <numerusform>Demo data added: %n learners.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>No backup could be made while opening: %1</source>
        <translation>No backup could be made while opening: %1</translation>
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
        <source>The person&apos;s organisation no longer exists.</source>
        <translation>The person&apos;s organisation no longer exists.</translation>
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
    <message>
        <source>Another regime is told by its hours: type the hours per week.</source>
        <translation>Another regime is told by its hours: type the hours per week.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>ESF+: ask the situation on leaving</source>
        <translation>ESF+: ask the situation on leaving</translation>
    </message>
    <message>
        <source>ESF+: ask the situation six months after leaving</source>
        <translation>ESF+: ask the situation six months after leaving</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished">Solved</translation>
    </message>
    <message>
        <source>Lasting</source>
        <translation type="unfinished">Lasting</translation>
    </message>
    <message>
        <source>The overview could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished">Intake</translation>
    </message>
    <message>
        <source>Started training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25–50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50–75 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75–100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose first day lies before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPdf</name>
    <message>
        <source>Overview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace learning days</source>
        <translation type="unfinished">Workplace learning days</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished">Learner</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished">Days</translation>
    </message>
    <message>
        <source>No workplace learning days this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished">Appointments</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>No appointments this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Who</translation>
    </message>
    <message>
        <source>No actions due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No contact for more than %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every learner was contacted recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not enter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace learning progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) in workplace learning: days done of the target.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Nobody is in workplace learning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The document could not be started on this printer or file.</source>
        <translation>The document could not be started on this printer or file.</translation>
    </message>
    <message>
        <source>The next page could not be started.</source>
        <translation>The next page could not be started.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>Your SPOC: your first contact for everything</source>
        <translation>Your SPOC: your first contact for everything</translation>
    </message>
    <message>
        <source>Your buddy: helps you find your way</source>
        <translation>Your buddy: helps you find your way</translation>
    </message>
    <message>
        <source>Your job coach: helps you at work</source>
        <translation>Your job coach: helps you at work</translation>
    </message>
    <message>
        <source>Your teacher</source>
        <translation>Your teacher</translation>
    </message>
    <message>
        <source>Follows your workplace learning for the school</source>
        <translation>Follows your workplace learning for the school</translation>
    </message>
    <message>
        <source>Your mentor at the workplace</source>
        <translation>Your mentor at the workplace</translation>
    </message>
    <message>
        <source>Manager of the childcare site</source>
        <translation>Manager of the childcare site</translation>
    </message>
    <message>
        <source>Helps you with Dutch</source>
        <translation>Helps you with Dutch</translation>
    </message>
    <message>
        <source>Helps you to study</source>
        <translation>Helps you to study</translation>
    </message>
    <message>
        <source>Your consultant at VDAB</source>
        <translation>Your consultant at VDAB</translation>
    </message>
    <message>
        <source>Sent you to this trajectory</source>
        <translation>Sent you to this trajectory</translation>
    </message>
    <message>
        <source>Your trajectory coach</source>
        <translation>Your trajectory coach</translation>
    </message>
    <message>
        <source>Helps you find work after the training</source>
        <translation>Helps you find work after the training</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>No helpers are written down yet.</source>
        <translation>No helpers are written down yet.</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>You are not enrolled in a training yet.</source>
        <translation>You are not enrolled in a training yet.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>No workplace learning is planned yet.</source>
        <translation>No workplace learning is planned yet.</translation>
    </message>
    <message>
        <source>Your mentor: %1</source>
        <translation>Your mentor: %1</translation>
    </message>
    <message>
        <source>Worked: %1 of %2 days, %3 of %4 hours.</source>
        <translation>Worked: %1 of %2 days, %3 of %4 hours.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>Nothing stands in your way at the moment.</source>
        <translation>Nothing stands in your way at the moment.</translation>
    </message>
    <message>
        <source>We still agree on what to do.</source>
        <translation>We still agree on what to do.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>No appointments are planned yet.</source>
        <translation>No appointments are planned yet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>We agree on this plan.</source>
        <translation>We agree on this plan.</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>The mentor</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>The learner</translation>
    </message>
    <message>
        <source>The SPOC</source>
        <translation>The SPOC</translation>
    </message>
    <message>
        <source>The SPOC, %1</source>
        <translation>The SPOC, %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>My personal plan</source>
        <translation>My personal plan</translation>
    </message>
    <message>
        <source>For %1, on %2.</source>
        <translation>For %1, on %2.</translation>
    </message>
    <message>
        <source>Your SPOC: %1.</source>
        <translation>Your SPOC: %1.</translation>
    </message>
    <message>
        <source>Your SPOC: %1, phone %2.</source>
        <translation>Your SPOC: %1, phone %2.</translation>
    </message>
    <message>
        <source>This is your plan. It shows what you do, who helps you and what comes next. Keep it with you.</source>
        <translation>This is your plan. It shows what you do, who helps you and what comes next. Keep it with you.</translation>
    </message>
    <message>
        <source>For the workplace: the schedule of the workplace learning and the people to contact.</source>
        <translation>For the workplace: the schedule of the workplace learning and the people to contact.</translation>
    </message>
    <message>
        <source>Personal plan of %1</source>
        <translation>Personal plan of %1</translation>
    </message>
    <message>
        <source>Personal plan of %1 · %2 · version %3</source>
        <translation>Personal plan of %1 · %2 · version %3</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>Learner: %1</translation>
    </message>
    <message>
        <source>Workplace: %1</source>
        <translation>Workplace: %1</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Mentor: fill in the hours worked on each day and sign. Give the sheet back to the SPOC at the end of the period.</source>
        <translation>Mentor: fill in the hours worked on each day and sign. Give the sheet back to the SPOC at the end of the period.</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Hours worked</translation>
    </message>
    <message>
        <source>Signature mentor</source>
        <translation>Signature mentor</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Attendance sheet of %1</source>
        <translation>Attendance sheet of %1</translation>
    </message>
    <message>
        <source>Attendance sheet of %1 · %2 · version %3</source>
        <translation>Attendance sheet of %1 · %2 · version %3</translation>
    </message>
    <message>
        <source>Shared with %1 with the consent of %2 of %3, which covers: %4.</source>
        <translation>Shared with %1 with the consent of %2 of %3, which covers: %4.</translation>
    </message>
    <message>
        <source>A plan for a partner shows only what the learner agreed to share, and no consent for a partner holds today (Profile tab).</source>
        <translation>A plan for a partner shows only what the learner agreed to share, and no consent for a partner holds today (Profile tab).</translation>
    </message>
    <message>
        <source>This consent (number %1) does not hold today for this learner, or is the workplace&apos;s.</source>
        <translation>This consent (number %1) does not hold today for this learner, or is the workplace&apos;s.</translation>
    </message>
    <message>
        <source>The consent for %1 does not cover &quot;%2&quot;.</source>
        <translation>The consent for %1 does not cover &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The consent for %1 does not cover the sensitive barriers.</source>
        <translation>The consent for %1 does not cover the sensitive barriers.</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Phone and e-mail</translation>
    </message>
    <message>
        <source>SPOC: %1</source>
        <translation>SPOC: %1</translation>
    </message>
    <message>
        <source>The trajectory of %1</source>
        <translation>The trajectory of %1</translation>
    </message>
    <message>
        <source>Who helps %1?</source>
        <translation>Who helps %1?</translation>
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
        <source>%1 is not enrolled in a training yet.</source>
        <translation>%1 is not enrolled in a training yet.</translation>
    </message>
    <message>
        <source>Nothing stands in %1&apos;s way at the moment.</source>
        <translation>Nothing stands in %1&apos;s way at the moment.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Made on %1.</translation>
    </message>
    <message>
        <source>SPOC: %1.</source>
        <translation>SPOC: %1.</translation>
    </message>
    <message>
        <source>SPOC: %1, phone %2.</source>
        <translation>SPOC: %1, phone %2.</translation>
    </message>
    <message>
        <source>For the workplace: the schedule of the workplace learning of %1 and who to contact.</source>
        <translation>For the workplace: the schedule of the workplace learning of %1 and who to contact.</translation>
    </message>
    <message>
        <source>SPOC: first contact</source>
        <translation>SPOC: first contact</translation>
    </message>
    <message>
        <source>What comes now?</source>
        <translation>What comes now?</translation>
    </message>
    <message>
        <source>The next four weeks</source>
        <translation>The next four weeks</translation>
    </message>
    <message>
        <source>Nothing is planned for the next four weeks.</source>
        <translation>Nothing is planned for the next four weeks.</translation>
    </message>
    <message>
        <source>You work at %1.</source>
        <translation>You work at %1.</translation>
    </message>
    <message>
        <source>%1 works at %2.</source>
        <translation>%1 works at %2.</translation>
    </message>
    <message>
        <source>%1 hours a day.</source>
        <translation>%1 hours a day.</translation>
    </message>
    <message>
        <source>%1 hours in all.</source>
        <translation>%1 hours in all.</translation>
    </message>
    <message>
        <source>Appointment: %1.</source>
        <translation>Appointment: %1.</translation>
    </message>
    <message>
        <source>Appointment: %1 with %2.</source>
        <translation>Appointment: %1 with %2.</translation>
    </message>
    <message>
        <source>You do this: %1</source>
        <translation>You do this: %1</translation>
    </message>
    <message>
        <source>You do this with %1: %2</source>
        <translation>You do this with %1: %2</translation>
    </message>
    <message>
        <source>%1 does this: %2</source>
        <translation>%1 does this: %2</translation>
    </message>
    <message>
        <source>(not done yet)</source>
        <translation>(not done yet)</translation>
    </message>
    <message>
        <source>For what</source>
        <translation>For what</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Where am I?</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Where is %1 now?</translation>
    </message>
    <message>
        <source>You are in this phase now: %1.</source>
        <translation>You are in this phase now: %1.</translation>
    </message>
    <message>
        <source>%1 is in this phase now: %2.</source>
        <translation>%1 is in this phase now: %2.</translation>
    </message>
    <message>
        <source>Too short for the picture: %1.</source>
        <translation>Too short for the picture: %1.</translation>
    </message>
    <message>
        <source>You have passed %1 of the %2 modules.</source>
        <translation>You have passed %1 of the %2 modules.</translation>
    </message>
    <message>
        <source>%1 has passed %2 of the %3 modules.</source>
        <translation>%1 has passed %2 of the %3 modules.</translation>
    </message>
    <message>
        <source>Your training ends on %1.</source>
        <translation>Your training ends on %1.</translation>
    </message>
    <message>
        <source>The training ends on %1.</source>
        <translation>The training ends on %1.</translation>
    </message>
    <message>
        <source>Your training ended on %1.</source>
        <translation>Your training ended on %1.</translation>
    </message>
    <message>
        <source>The training ended on %1.</source>
        <translation>The training ended on %1.</translation>
    </message>
    <message>
        <source>You have worked %1 of the %2 days.</source>
        <translation>You have worked %1 of the %2 days.</translation>
    </message>
    <message>
        <source>%1 has worked %2 of the %3 days.</source>
        <translation>%1 has worked %2 of the %3 days.</translation>
    </message>
    <message numerus="yes">
        <source>You have worked %n day(s).</source>
        <translation>
            <numerusform>You have worked %n day.</numerusform>
            <numerusform>You have worked %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has worked %n day(s).</source>
        <translation>
            <numerusform>%1 has worked %n day.</numerusform>
            <numerusform>%1 has worked %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your aftercare lasts until %1.</source>
        <translation>Your aftercare lasts until %1.</translation>
    </message>
    <message>
        <source>The aftercare lasts until %1.</source>
        <translation>The aftercare lasts until %1.</translation>
    </message>
    <message>
        <source>After the training comes aftercare, until %1.</source>
        <translation>After the training comes aftercare, until %1.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>Who: %1. When: %2.</source>
        <translation>Who: %1. When: %2.</translation>
    </message>
    <message>
        <source>Who: %1.</source>
        <translation>Who: %1.</translation>
    </message>
    <message>
        <source>Appendix: all modules and days</source>
        <translation>Appendix: all modules and days</translation>
    </message>
    <message numerus="yes">
        <source>%n more module(s)</source>
        <translation>
            <numerusform>%n more module</numerusform>
            <numerusform>%n more modules</numerusform>
        </translation>
    </message>
    <message>
        <source>The training centre has not named every module yet.</source>
        <translation>The training centre has not named every module yet.</translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation>For %1.</translation>
    </message>
    <message>
        <source>This is your plan. Keep it with you.</source>
        <translation>This is your plan. Keep it with you.</translation>
    </message>
    <message>
        <source>For the mentor of %1 at the workplace.</source>
        <translation>For the mentor of %1 at the workplace.</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · version %2 · %3</translation>
    </message>
    <message>
        <source>your SPOC</source>
        <translation>your SPOC</translation>
    </message>
    <message>
        <source>you and your SPOC</source>
        <translation>you and your SPOC</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>a partner</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>%1 is here</source>
        <translation>%1 is here</translation>
    </message>
    <message>
        <source>End of the training</source>
        <translation>End of the training</translation>
    </message>
    <message>
        <source>With: %1.</source>
        <translation>With: %1.</translation>
    </message>
    <message>
        <source>Worked: %1 of %2 days.</source>
        <translation>Worked: %1 of %2 days.</translation>
    </message>
    <message>
        <source>Appendix: all modules</source>
        <translation>Appendix: all modules</translation>
    </message>
    <message>
        <source>Appendix: all workplace days</source>
        <translation>Appendix: all workplace days</translation>
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
        <source>The learner is already in the phase &quot;%1&quot;.</source>
        <translation>The learner is already in the phase &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A trajectory does not go back from &quot;%1&quot; to &quot;%2&quot;. Use a pause or a stop, or undo the last change.</source>
        <translation>A trajectory does not go back from &quot;%1&quot; to &quot;%2&quot;. Use a pause or a stop, or undo the last change.</translation>
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
        <source>After the pause the trajectory resumes at &quot;%1&quot; or a later phase.</source>
        <translation>After the pause the trajectory resumes at &quot;%1&quot; or a later phase.</translation>
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
        <source>Only a day with status &quot;worked&quot; has worked hours.</source>
        <translation>Only a day with status &quot;worked&quot; has worked hours.</translation>
    </message>
</context>
<context>
    <name>PlacementDayMove</name>
    <message>
        <source>Move placement day to %1</source>
        <translation>Move placement day to %1</translation>
    </message>
    <message>
        <source>Placement day moved to %1. Undo with Ctrl+Z.</source>
        <translation>Placement day moved to %1. Undo with Ctrl+Z.</translation>
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
        <translation>
            <numerusform>%n placement day would fall outside the new period; move or remove them first.</numerusform>
            <numerusform>%n placement days would fall outside the new period; move or remove them first.</numerusform>
        </translation>
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
    <message>
        <source>The placement has no day on %1.</source>
        <translation>The placement has no day on %1.</translation>
    </message>
</context>
<context>
    <name>PlacementText</name>
    <message>
        <source>no days</source>
        <translation>no days</translation>
    </message>
    <message>
        <source>%1 / %2 days worked</source>
        <translation>%1 / %2 days worked</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) worked</source>
        <translation>
            <numerusform>%n day worked</numerusform>
            <numerusform>%n days worked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 absent (%2 excused)</source>
        <translation>%1 absent (%2 excused)</translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n planned</numerusform>
            <numerusform>%n planned</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 hours</source>
        <translation>%1 / %2 hours</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 still to record</source>
        <translation>%1 still to record</translation>
    </message>
    <message>
        <source>%1 still planned</source>
        <translation>%1 still planned</translation>
    </message>
    <message>
        <source>%1 within reach</source>
        <translation>%1 within reach</translation>
    </message>
    <message>
        <source>Work-place learning: %1</source>
        <translation>Work-place learning: %1</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>The learner</source>
        <translation>The learner</translation>
    </message>
    <message>
        <source>The workplace</source>
        <translation>The workplace</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>A partner</translation>
    </message>
    <message>
        <source>My trajectory</source>
        <translation>My trajectory</translation>
    </message>
    <message>
        <source>Who helps me?</source>
        <translation>Who helps me?</translation>
    </message>
    <message>
        <source>My training</source>
        <translation>My training</translation>
    </message>
    <message>
        <source>My workplace learning</source>
        <translation>My workplace learning</translation>
    </message>
    <message>
        <source>What are we working on?</source>
        <translation>What are we working on?</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Choose at least one part of the plan to print.</source>
        <translation>Choose at least one part of the plan to print.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is never printed for %2.</source>
        <translation>&quot;%1&quot; is never printed for %2.</translation>
    </message>
    <message>
        <source>A plan can be printed in Dutch (nl) or English (en).</source>
        <translation>A plan can be printed in Dutch (nl) or English (en).</translation>
    </message>
</context>
<context>
    <name>PlanVersionRepository</name>
    <message>
        <source>The document could not be kept as a version: its PDF is empty.</source>
        <translation>The document could not be kept as a version: its PDF is empty.</translation>
    </message>
    <message>
        <source>The document could not be kept as a version: a section code is empty or contains a comma.</source>
        <translation>The document could not be kept as a version: a section code is empty or contains a comma.</translation>
    </message>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>This learner does not exist (number %1).</translation>
    </message>
    <message>
        <source>This version of the document does not exist (number %1).</source>
        <translation>This version of the document does not exist (number %1).</translation>
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
        <source>The work-place learning can reach at most %1 of its %2 days: %3 worked, %4 still to record, %5 still planned.</source>
        <translation>The work-place learning can reach at most %1 of its %2 days: %3 worked, %4 still to record, %5 still planned.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>Folder for the learner&apos;s data</source>
        <translation>Folder for the learner&apos;s data</translation>
    </message>
    <message>
        <source>The learner&apos;s data were written to:
%1
%2

Only you can open these files. Give them to the learner in person or through a safe channel.</source>
        <translation>The learner&apos;s data were written to:
%1
%2

Only you can open these files. Give them to the learner in person or through a safe channel.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Remove everything that identifies %1: name, contact details, notes and other free text, support network and kept plans; the birth date keeps only its year. Phases, dates and barrier categories stay, so the reports still count this learner.

This cannot be undone.</source>
        <translation>Remove everything that identifies %1: name, contact details, notes and other free text, support network and kept plans; the birth date keeps only its year. Phases, dates and barrier categories stay, so the reports still count this learner.

This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymise</translation>
    </message>
    <message>
        <source>The learner was erased from this file, but not from every backup:
%1</source>
        <translation>The learner was erased from this file, but not from every backup:
%1</translation>
    </message>
    <message>
        <source>Remove from %1&apos;s dossier everything that names them or links them to a person or a place: name, contact details, statute, languages, notes and other free text, intake answers, support network, mentors, sites and partners, consents and kept plans; children keep no birth year, the birth date keeps only its year.

What stays is what the reports count: gender, birth year, education, phases and their dates, barrier categories and hours, and the answers to the ESF+ questions. Someone who knows those facts about the learner could still recognise them; only erasing removes everything.

This cannot be undone.</source>
        <translation>Remove from %1's dossier everything that names them or links them to a person or a place: name, contact details, statute, languages, notes and other free text, intake answers, support network, mentors, sites and partners, consents and kept plans; children keep no birth year, the birth date keeps only its year.

What stays is what the reports count: gender, birth year, education, phases and their dates, barrier categories and hours, and the answers to the ESF+ questions. Someone who knows those facts about the learner could still recognise them; only erasing removes everything.

This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PrivacyCommand</name>
    <message>
        <source>Say with --out in which folder the export goes.</source>
        <translation>Say with --out in which folder the export goes.</translation>
    </message>
    <message>
        <source>The data of learner %1 were written to %2 and %3.</source>
        <translation>The data of learner %1 were written to %2 and %3.</translation>
    </message>
    <message>
        <source>Learner %1 was erased for good. Rows removed:</source>
        <translation>Learner %1 was erased for good. Rows removed:</translation>
    </message>
    <message>
        <source>These backups still hold the learner:</source>
        <translation>These backups still hold the learner:</translation>
    </message>
    <message>
        <source>Also erased from the backup %1.</source>
        <translation>Also erased from the backup %1.</translation>
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
        <source>Module &quot;%1&quot;: teaching periods must be positive and the share of work-place learning between 0 and 100 %.</source>
        <translation>Module &quot;%1&quot;: teaching periods must be positive and the share of work-place learning between 0 and 100 %.</translation>
    </message>
    <message>
        <source>The programme template &quot;%1&quot; does not exist.</source>
        <translation>The programme template &quot;%1&quot; does not exist.</translation>
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
        <source>A learner&apos;s module plan uses this module, so it cannot be removed; change that plan first.</source>
        <translation>A learner&apos;s module plan uses this module, so it cannot be removed; change that plan first.</translation>
    </message>
    <message>
        <source>The organisation that teaches the programme no longer exists.</source>
        <translation>The organisation that teaches the programme no longer exists.</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; is in the module plan of a learner, so it cannot be removed; take it out of their plan first.</source>
        <translation>The module &quot;%1&quot; is in the module plan of a learner, so it cannot be removed; take it out of their plan first.</translation>
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
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>Readability</name>
    <message>
        <source>Readability: there is no running text to measure.</source>
        <translation>Readability: there is no running text to measure.</translation>
    </message>
    <message>
        <source>Readability: on average %1 words per sentence, %2 % long words, %3 % words outside the basic word list.</source>
        <translation>Readability: on average %1 words per sentence, %2 % long words, %3 % words outside the basic word list.</translation>
    </message>
    <message>
        <source>Readability: on average %1 words per sentence, %2 % long words (the basic word list is for a Dutch plan only).</source>
        <translation>Readability: on average %1 words per sentence, %2 % long words (the basic word list is for a Dutch plan only).</translation>
    </message>
    <message>
        <source>Some sentences are long, for example: “%1”. Make them shorter in the barrier or action.</source>
        <translation>Some sentences are long, for example: “%1”. Make them shorter in the barrier or action.</translation>
    </message>
    <message>
        <source>Many words are long (4 syllables or more). Choose shorter words where you can.</source>
        <translation>Many words are long (4 syllables or more). Choose shorter words where you can.</translation>
    </message>
    <message>
        <source>Words outside the basic word list, for example: %1.</source>
        <translation>Words outside the basic word list, for example: %1.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The MLP summary is written as a PDF: give a file name that ends in .pdf with --out.</source>
        <translation>The MLP summary is written as a PDF: give a file name that ends in .pdf with --out.</translation>
    </message>
    <message>
        <source>The MLP summary of %1 was written to %2.</source>
        <translation>The MLP summary of %1 was written to %2.</translation>
    </message>
    <message>
        <source>--report takes profile (the caseload profile of a period), esf (the ESF+ report of a period) or meeting (the case-meeting sheet), not &quot;%1&quot;.</source>
        <translation>--report takes profile (the caseload profile of a period), esf (the ESF+ report of a period) or meeting (the case-meeting sheet), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The ESF+ report (%1 entered, %2 left) was written to %3.</source>
        <translation>The ESF+ report (%1 entered, %2 left) was written to %3.</translation>
    </message>
    <message>
        <source>Give the file to write with --out, e.g. --out report.pdf or --out report.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day of the period with --from, e.g. --from 01/09/2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the last case meeting with --from, e.g. --from 14/02/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last day of the period with --to, e.g. --to 28/02/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload profile (%1 learners) was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last case meeting (%1) cannot be after today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case-meeting sheet (%n learner(s)) was written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocuments</name>
    <message>
        <source>MLP summary: %1</source>
        <translation>MLP summary: %1</translation>
    </message>
    <message>
        <source>For &quot;Mijn Loopbaan voor partners&quot; · made on %1</source>
        <translation>For &quot;Mijn Loopbaan voor partners&quot; · made on %1</translation>
    </message>
    <message>
        <source>MLP summary</source>
        <translation>MLP summary</translation>
    </message>
    <message>
        <source>MLP summary of %1 · made on %2 · confidential</source>
        <translation>MLP summary of %1 · made on %2 · confidential</translation>
    </message>
    <message>
        <source>The MLP summary is written as a PDF: give a file name that ends in .pdf.</source>
        <translation>The MLP summary is written as a PDF: give a file name that ends in .pdf.</translation>
    </message>
    <message>
        <source>ESF+ report</source>
        <translation>ESF+ report</translation>
    </message>
    <message>
        <source>Participants who entered in the period: %1 · who left in it: %2</source>
        <translation>Participants who entered in the period: %1 · who left in it: %2</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>At entry</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Who counts: a learner takes part from their first step beyond the info session, and leaves on moving to outflow or stopping. Someone who comes back counts once, with their first start. The tables at entry count who entered in the period; the results count who left in it. A result can have several answers.</source>
        <translation>Who counts: a learner takes part from their first step beyond the info session, and leaves on moving to outflow or stopping. Someone who comes back counts once, with their first start. The tables at entry count who entered in the period; the results count who left in it. A result can have several answers.</translation>
    </message>
    <message>
        <source>&quot;&lt;5&quot;: 1 to 4 people, not shown so that nobody can be recognised. &quot;x&quot;: hidden because only one number of the column is &quot;&lt;5&quot;, which could otherwise be computed from the total.</source>
        <translation>&quot;&lt;5&quot;: 1 to 4 people, not shown so that nobody can be recognised. &quot;x&quot;: hidden because only one number of the column is &quot;&lt;5&quot;, which could otherwise be computed from the total.</translation>
    </message>
    <message>
        <source>ESF+ report %1 to %2 · made on %3</source>
        <translation>ESF+ report %1 to %2 · made on %3</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished">%1 since %2</translation>
    </message>
    <message>
        <source>New barrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier solved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement day missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact moment(s) in the logbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Who</translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished">By when</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished">Period: %1 to %2</translation>
    </message>
    <message>
        <source>Number of learners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average age %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on average %1 months unemployed before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who counts: every learner whose trajectory overlaps the period (referred on or before its last day and not stopped or in outflow before its first day). Counts only, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&lt;5&quot;: 1 to 4 people, not shown so that nobody can be recognised. &quot;x&quot;: hidden because only one number of the table is &quot;&lt;5&quot;, which could otherwise be computed from the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload profile %1 to %2 · made on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation type="unfinished">Case meeting</translation>
    </message>
    <message>
        <source>Last meeting: %1 · today: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) to discuss</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case meeting of %1 · confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file name that ends in .pdf or .csv.</source>
        <translation type="unfinished"></translation>
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
    <name>SupportPerson</name>
    <message>
        <source>Fill in the name of the support person.</source>
        <translation>Fill in the name of the support person.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Blocked by: %1</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>planned day</source>
        <translation>planned day</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>worked</translation>
    </message>
    <message>
        <source>absent, excused</source>
        <translation>absent, excused</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>barrier, open</source>
        <translation>barrier, open</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>solved</translation>
    </message>
    <message>
        <source>blocked by a barrier</source>
        <translation>blocked by a barrier</translation>
    </message>
    <message>
        <source>action, overdue</source>
        <translation>action, overdue</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>Type the day, the month and the year, for example 14/03/2026.</source>
        <translation>Type the day, the month and the year, for example 14/03/2026.</translation>
    </message>
    <message>
        <source>No date was typed.</source>
        <translation>No date was typed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; has %2 digits: type it with four digits (2026) or two (26).</source>
        <translation>The year &quot;%1&quot; has %2 digits: type it with four digits (2026) or two (26).</translation>
    </message>
    <message>
        <source>There is no year 0.</source>
        <translation>There is no year 0.</translation>
    </message>
    <message>
        <source>There is no month %1: a month goes from 1 to 12.</source>
        <translation>There is no month %1: a month goes from 1 to 12.</translation>
    </message>
    <message>
        <source>%1 %2 has no day %3: it has %4 days.</source>
        <translation>%1 %2 has no day %3: it has %4 days.</translation>
    </message>
    <message>
        <source>The date must lie between %1 and %2.</source>
        <translation>The date must lie between %1 and %2.</translation>
    </message>
    <message>
        <source>The date may not lie before %1.</source>
        <translation>The date may not lie before %1.</translation>
    </message>
    <message>
        <source>The date may not lie after %1.</source>
        <translation>The date may not lie after %1.</translation>
    </message>
    <message>
        <source>The date may not lie after today (%1).</source>
        <translation>The date may not lie after today (%1).</translation>
    </message>
</context>
<context>
    <name>traject::ActionDialog</name>
    <message>
        <source>D&amp;ue by</source>
        <translation>D&amp;ue by</translation>
    </message>
    <message>
        <source>Do&amp;ne on</source>
        <translation>Do&amp;ne on</translation>
    </message>
    <message>
        <source>Change action</source>
        <translation>Change action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>Mark as done &amp;today</source>
        <translation>Mark as done &amp;today</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <source>&amp;Partner&apos;s person</source>
        <translation>&amp;Partner&apos;s person</translation>
    </message>
    <message>
        <source>Support &amp;domain</source>
        <translation>Support &amp;domain</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Add action “%1”</translation>
    </message>
    <message>
        <source>Change action “%1”</source>
        <translation>Change action “%1”</translation>
    </message>
</context>
<context>
    <name>traject::ActionLine</name>
    <message>
        <source>Agreed action: who does what</source>
        <translation>Agreed action: who does what</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>traject::ActionModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>traject::AftercareContactsModel</name>
    <message>
        <source>Planned, but the date has passed.</source>
        <translation>Planned, but the date has passed.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>traject::AftercareProposalDialog</name>
    <message>
        <source>Proposed contacts</source>
        <translation>Proposed contacts</translation>
    </message>
    <message>
        <source>Propose aftercare contacts</source>
        <translation>Propose aftercare contacts</translation>
    </message>
    <message>
        <source>The training ended on %1. Proposed: a contact every two weeks during the first three months, then one a month until six months after the end. Dates in a weekend move to the Monday.</source>
        <translation>The training ended on %1. Proposed: a contact every two weeks during the first three months, then one a month until six months after the end. Dates in a weekend move to the Monday.</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) that already lie in the past are left out.</source>
        <translation>
            <numerusform>%n date that already lie in the past are left out.</numerusform>
            <numerusform>%n dates that already lie in the past are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change dates, kinds and notes, remove or add lines: nothing is stored until you choose Create.</source>
        <translation>Change dates, kinds and notes, remove or add lines: nothing is stored until you choose Create.</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Aftercare contact</source>
        <translation>Aftercare contact</translation>
    </message>
    <message>
        <source>There is nothing to create: add a line, or cancel.</source>
        <translation>There is nothing to create: add a line, or cancel.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>traject::AftercareTab</name>
    <message>
        <source>Aftercare contacts</source>
        <translation>Aftercare contacts</translation>
    </message>
    <message>
        <source>&amp;Propose aftercare contacts…</source>
        <translation>&amp;Propose aftercare contacts…</translation>
    </message>
    <message>
        <source>The training ended on %1.</source>
        <translation>The training ended on %1.</translation>
    </message>
    <message>
        <source>Contacts can be proposed once the training has ended (planned end: %1).</source>
        <translation>Contacts can be proposed once the training has ended (planned end: %1).</translation>
    </message>
    <message>
        <source>Contacts can be proposed once the end of the training is known: record it in the agreement above.</source>
        <translation>Contacts can be proposed once the end of the training is known: record it in the agreement above.</translation>
    </message>
</context>
<context>
    <name>traject::AgreementBox</name>
    <message>
        <source>Aftercare agreement</source>
        <translation>Aftercare agreement</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation>Record a&amp;greement</translation>
    </message>
    <message>
        <source>&amp;Training ends on</source>
        <translation>&amp;Training ends on</translation>
    </message>
    <message>
        <source>Aftercare &amp;starts on</source>
        <translation>Aftercare &amp;starts on</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <source>Aftercare ends on</source>
        <translation>Aftercare ends on</translation>
    </message>
    <message>
        <source>Agreement &amp;notes</source>
        <translation>Agreement &amp;notes</translation>
    </message>
    <message>
        <source>Agreed with the learner; changes are stored at once.</source>
        <translation>Agreed with the learner; changes are stored at once.</translation>
    </message>
    <message>
        <source>Not recorded yet. The dates are proposed from the planned end of the training: check them and choose &quot;Record agreement&quot;.</source>
        <translation>Not recorded yet. The dates are proposed from the planned end of the training: check them and choose &quot;Record agreement&quot;.</translation>
    </message>
    <message>
        <source>Change the aftercare agreement</source>
        <translation>Change the aftercare agreement</translation>
    </message>
    <message>
        <source>Record the aftercare agreement</source>
        <translation>Record the aftercare agreement</translation>
    </message>
</context>
<context>
    <name>traject::AnswerField</name>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
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
        <source>Known</source>
        <translation>Known</translation>
    </message>
</context>
<context>
    <name>traject::AttendanceSheetDialog</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>For the mentor at %1, %2 to %3.</source>
        <translation>For the mentor at %1, %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <source>One line per planned day (%n day(s)) with the hours worked and a signature, filled in on paper and entered afterwards.</source>
        <translation>
            <numerusform>One line per planned day (%n day) with the hours worked and a signature, filled in on paper and entered afterwards.</numerusform>
            <numerusform>One line per planned day (%n days) with the hours worked and a signature, filled in on paper and entered afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>No days are planned any more: the sheet has empty lines to fill in.</source>
        <translation>No days are planned any more: the sheet has empty lines to fill in.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Attendance sheet of %1</source>
        <translation>Attendance sheet of %1</translation>
    </message>
    <message>
        <source>Stored versi&amp;ons of this sheet</source>
        <translation>Stored versi&amp;ons of this sheet</translation>
    </message>
    <message>
        <source>Attendance sheet %1 %2 v%3</source>
        <translation>Attendance sheet %1 %2 v%3</translation>
    </message>
    <message>
        <source>Attendance sheet %1 v%2</source>
        <translation>Attendance sheet %1 v%2</translation>
    </message>
</context>
<context>
    <name>traject::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every export, erasure, anonymisation, restore and import is written here: what and when, never the content. Each entry is linked to the one before it, so that a change or a removed entry shows when the chain is checked.</source>
        <translation>Every export, erasure, anonymisation, restore and import is written here: what and when, never the content. Each entry is linked to the one before it, so that a change or a removed entry shows when the chain is checked.</translation>
    </message>
    <message>
        <source>Entries of the audit log, newest first</source>
        <translation>Entries of the audit log, newest first</translation>
    </message>
    <message>
        <source>Check the c&amp;hain</source>
        <translation>Check the c&amp;hain</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>The audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>Nothing was exported, erased, anonymised, restored or imported yet.</source>
        <translation>Nothing was exported, erased, anonymised, restored or imported yet.</translation>
    </message>
</context>
<context>
    <name>traject::AuditLogModel</name>
    <message>
        <source>Learner %1</source>
        <translation>Learner %1</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
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
        <translation>Cannot be used: %1</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Kept before a restore</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Other file</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Kept before a conversion</source>
        <translation>Kept before a conversion</translation>
    </message>
</context>
<context>
    <name>traject::BarrierChecklist</name>
    <message>
        <source>What exactly stands in the way?</source>
        <translation>What exactly stands in the way?</translation>
    </message>
    <message>
        <source>Description of the barrier</source>
        <translation>Description of the barrier</translation>
    </message>
    <message>
        <source>Barrier:</source>
        <translation>Barrier:</translation>
    </message>
    <message>
        <source>First action:</source>
        <translation>First action:</translation>
    </message>
    <message>
        <source>Remove barrier</source>
        <translation>Remove barrier</translation>
    </message>
    <message>
        <source>Remove the barrier &quot;%1&quot; and its actions from the file?</source>
        <translation>Remove the barrier &quot;%1&quot; and its actions from the file?</translation>
    </message>
</context>
<context>
    <name>traject::BarrierDialog</name>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Sol&amp;ved on</source>
        <translation>Sol&amp;ved on</translation>
    </message>
    <message>
        <source>Change barrier</source>
        <translation>Change barrier</translation>
    </message>
    <message>
        <source>New barrier</source>
        <translation>New barrier</translation>
    </message>
    <message>
        <source>What stands in the way, in a few words</source>
        <translation>What stands in the way, in a few words</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Seve&amp;rity</source>
        <translation>Seve&amp;rity</translation>
    </message>
    <message>
        <source>&amp;Noticed on</source>
        <translation>&amp;Noticed on</translation>
    </message>
    <message>
        <source>Noticed in &amp;phase</source>
        <translation>Noticed in &amp;phase</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add barrier</source>
        <translation>Add barrier</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>For example: %1</translation>
    </message>
    <message>
        <source>Add barrier “%1”</source>
        <translation>Add barrier “%1”</translation>
    </message>
    <message>
        <source>Change barrier “%1”</source>
        <translation>Change barrier “%1”</translation>
    </message>
    <message>
        <source>Tick the placements and modules that cannot start while this barrier is open (Space ticks the current line).</source>
        <translation>Tick the placements and modules that cannot start while this barrier is open (Space ticks the current line).</translation>
    </message>
    <message>
        <source>Bloc&amp;ks</source>
        <translation>Bloc&amp;ks</translation>
    </message>
</context>
<context>
    <name>traject::BarrierModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Noticed on</source>
        <translation>Noticed on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation>Solved on</translation>
    </message>
</context>
<context>
    <name>traject::BarriersTab</name>
    <message>
        <source>Barriers</source>
        <translation>Barriers</translation>
    </message>
    <message>
        <source>Add &amp;barrier…</source>
        <translation>Add &amp;barrier…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Change the selected barrier (Enter)</source>
        <translation>Change the selected barrier (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected barrier and its actions (Delete)</source>
        <translation>Remove the selected barrier and its actions (Delete)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>Add &amp;action…</translation>
    </message>
    <message>
        <source>Change the selected action (Enter)</source>
        <translation>Change the selected action (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected action (Delete)</source>
        <translation>Remove the selected action (Delete)</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Other actions</translation>
    </message>
    <message>
        <source>Add &amp;other action…</source>
        <translation>Add &amp;other action…</translation>
    </message>
    <message>
        <source>An action that belongs to no barrier</source>
        <translation>An action that belongs to no barrier</translation>
    </message>
    <message>
        <source>No barriers noted</source>
        <translation>No barriers noted</translation>
    </message>
    <message numerus="yes">
        <source>%n open barrier(s)</source>
        <translation>
            <numerusform>%n open barrier</numerusform>
            <numerusform>%n open barriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n solved</source>
        <translation>
            <numerusform>%n solved</numerusform>
            <numerusform>%n solved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lasting</source>
        <translation>
            <numerusform>%n lasting</numerusform>
            <numerusform>%n lasting</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions for “%1”</source>
        <translation>Actions for “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Remove the barrier “%1” and its %n action(s)?</source>
        <translation>
            <numerusform>Remove the barrier “%1” and its %n action?</numerusform>
            <numerusform>Remove the barrier “%1” and its %n actions?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the barrier “%1”?</source>
        <translation>Remove the barrier “%1”?</translation>
    </message>
    <message>
        <source>Remove barrier “%1”</source>
        <translation>Remove barrier “%1”</translation>
    </message>
    <message>
        <source>Remove barrier</source>
        <translation>Remove barrier</translation>
    </message>
    <message>
        <source>Remove the action “%1”?</source>
        <translation>Remove the action “%1”?</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Remove action “%1”</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
</context>
<context>
    <name>traject::BlocksList</name>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Modules still to do</source>
        <translation>Modules still to do</translation>
    </message>
    <message>
        <source>Semester %1, %2</source>
        <translation>Semester %1, %2</translation>
    </message>
    <message>
        <source>This learner has no placements or modules to link yet.</source>
        <translation>This learner has no placements or modules to link yet.</translation>
    </message>
</context>
<context>
    <name>traject::CaseMeetingDialog</name>
    <message>
        <source>Preview of the sheet</source>
        <translation>Preview of the sheet</translation>
    </message>
    <message>
        <source>Learners for the case meeting</source>
        <translation>Learners for the case meeting</translation>
    </message>
    <message>
        <source>Case meeting</source>
        <translation type="unfinished">Case meeting</translation>
    </message>
    <message>
        <source>&amp;Last case meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: learners with something new since then or an action due within four weeks. Tick with the space bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the learners to discuss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case-meeting sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::CaseloadModel</name>
    <message>
        <source>The next open action or planned appointment, whichever comes first; overdue actions in red, marked &quot;overdue&quot; before the date</source>
        <translation>The next open action or planned appointment, whichever comes first; overdue actions in red, marked &quot;overdue&quot; before the date</translation>
    </message>
    <message>
        <source>overdue %1 – %2</source>
        <translation>overdue %1 – %2</translation>
    </message>
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
        <translation>%1 / %2 days</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Action for: %1</source>
        <translation>Action for: %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>Appointment on %1: %2</source>
        <translation>Appointment on %1: %2</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Days since the start of the current phase</source>
        <translation>Days since the start of the current phase</translation>
    </message>
    <message>
        <source>Next action or appointment</source>
        <translation>Next action or appointment</translation>
    </message>
    <message>
        <source>Barriers that are open or in progress</source>
        <translation>Barriers that are open or in progress</translation>
    </message>
    <message>
        <source>Open barriers</source>
        <translation>Open barriers</translation>
    </message>
    <message>
        <source>Worked days of the current work-place learning against its target</source>
        <translation>Worked days of the current work-place learning against its target</translation>
    </message>
    <message>
        <source>Workplace learning</source>
        <translation>Workplace learning</translation>
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
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Trajectplanner</source>
        <translation>Trajectplanner</translation>
    </message>
    <message>
        <source>Search name, municipality, phone or e-mail…</source>
        <translation>Search name, municipality, phone or e-mail…</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Show only the learners in this phase</source>
        <translation>Show only the learners in this phase</translation>
    </message>
    <message>
        <source>M&amp;y open actions</source>
        <translation>M&amp;y open actions</translation>
    </message>
    <message>
        <source>Show only the learners with an open action for the SPOC, or for the SPOC and the learner together</source>
        <translation>Show only the learners with an open action for the SPOC, or for the SPOC and the learner together</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n learner(s)</source>
        <translation>
            <numerusform>%1 of %n learner</numerusform>
            <numerusform>%1 of %n learners</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the list of learners…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::CaseloadTimelineView</name>
    <message>
        <source>Timeline of the caseload</source>
        <translation>Timeline of the caseload</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sort by:</translation>
    </message>
    <message>
        <source>Ongoing trajectories</source>
        <translation>Ongoing trajectories</translation>
    </message>
</context>
<context>
    <name>traject::ChildrenModel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Childcare during training</source>
        <translation>Childcare during training</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>traject::ClosureModel</name>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>(unknown site)</source>
        <translation>(unknown site)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
</context>
<context>
    <name>traject::ClosuresDialog</name>
    <message>
        <source>Closure periods</source>
        <translation>Closure periods</translation>
    </message>
    <message>
        <source>Ne&amp;w closure period</source>
        <translation>Ne&amp;w closure period</translation>
    </message>
    <message>
        <source>&amp;Remove closure period</source>
        <translation>&amp;Remove closure period</translation>
    </message>
    <message>
        <source>e.g. Summer closure</source>
        <translation>e.g. Summer closure</translation>
    </message>
    <message>
        <source>&amp;Add closure period</source>
        <translation>&amp;Add closure period</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Closure period</source>
        <translation>Closure period</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Placement days are never planned on these days.</source>
        <translation>Placement days are never planned on these days.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>New closure period</source>
        <translation>New closure period</translation>
    </message>
    <message>
        <source>Change closure period %1</source>
        <translation>Change closure period %1</translation>
    </message>
    <message>
        <source>Add closure period %1</source>
        <translation>Add closure period %1</translation>
    </message>
    <message>
        <source>Remove the closure period &quot;%1&quot;?</source>
        <translation>Remove the closure period &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Remove closure period %1</source>
        <translation>Remove closure period %1</translation>
    </message>
</context>
<context>
    <name>traject::ConsentDialog</name>
    <message>
        <source>Change consent</source>
        <translation>Change consent</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>For example: CVO Volt, VDAB Gent</source>
        <translation>For example: CVO Volt, VDAB Gent</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation>&amp;Withdrawn on</translation>
    </message>
    <message>
        <source>For example: signed form in the paper file</source>
        <translation>For example: signed form in the paper file</translation>
    </message>
    <message>
        <source>&amp;Shared with</source>
        <translation>&amp;Shared with</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>&amp;Given on</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>What may be shared</source>
        <translation>What may be shared</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Record consent for %1</source>
        <translation>Record consent for %1</translation>
    </message>
    <message>
        <source>Change consent for %1</source>
        <translation>Change consent for %1</translation>
    </message>
</context>
<context>
    <name>traject::ConsentEditor</name>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Record with whom the learner agreed to share what, and from when (Insert)</source>
        <translation>Record with whom the learner agreed to share what, and from when (Insert)</translation>
    </message>
    <message>
        <source>Change the selected consent, or record that it was withdrawn (Enter)</source>
        <translation>Change the selected consent, or record that it was withdrawn (Enter)</translation>
    </message>
    <message>
        <source>Remove a consent recorded by mistake; a withdrawn one is better kept (Delete)</source>
        <translation>Remove a consent recorded by mistake; a withdrawn one is better kept (Delete)</translation>
    </message>
    <message>
        <source>Remove the consent for %1? Remove only one recorded by mistake: a withdrawn consent is better changed, so that it stays known.</source>
        <translation>Remove the consent for %1? Remove only one recorded by mistake: a withdrawn consent is better changed, so that it stays known.</translation>
    </message>
    <message>
        <source>Remove consent for %1</source>
        <translation>Remove consent for %1</translation>
    </message>
    <message>
        <source>Remove consent</source>
        <translation>Remove consent</translation>
    </message>
</context>
<context>
    <name>traject::ConsentModel</name>
    <message>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
</context>
<context>
    <name>traject::ContactMomentDialog</name>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Follow-up on</translation>
    </message>
    <message>
        <source>Change contact moment</source>
        <translation>Change contact moment</translation>
    </message>
    <message>
        <source>New contact moment</source>
        <translation>New contact moment</translation>
    </message>
    <message>
        <source>For example: the learner and her mentor</source>
        <translation>For example: the learner and her mentor</translation>
    </message>
    <message>
        <source>Part of the &amp;aftercare</source>
        <translation>Part of the &amp;aftercare</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;With whom</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add to logbook</source>
        <translation>Add to logbook</translation>
    </message>
    <message>
        <source>Add %1 to the logbook</source>
        <translation>Add %1 to the logbook</translation>
    </message>
    <message>
        <source>Change %1 in the logbook</source>
        <translation>Change %1 in the logbook</translation>
    </message>
</context>
<context>
    <name>traject::ContactPersonDialog</name>
    <message>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>e.g. workplace mentor, teacher, VDAB consultant</source>
        <translation>e.g. workplace mentor, teacher, VDAB consultant</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>&amp;Save person</source>
        <translation>&amp;Save person</translation>
    </message>
    <message>
        <source>Add contact person %1</source>
        <translation>Add contact person %1</translation>
    </message>
    <message>
        <source>Change contact person %1</source>
        <translation>Change contact person %1</translation>
    </message>
</context>
<context>
    <name>traject::CsvPreviewModel</name>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choose the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choose a date</translation>
    </message>
</context>
<context>
    <name>traject::DecisionSection</name>
    <message>
        <source>(not decided yet)</source>
        <translation>(not decided yet)</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <source>In a few words (required for another reason)</source>
        <translation>In a few words (required for another reason)</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplanation:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt; (each becomes an action in the file)</source>
        <translation>&lt;b&gt;Next steps&lt;/b&gt; (each becomes an action in the file)</translation>
    </message>
    <message>
        <source>Add a ste&amp;p</source>
        <translation>Add a ste&amp;p</translation>
    </message>
</context>
<context>
    <name>traject::DocumentDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Shows the pages as they will be printed; nothing is kept.</source>
        <translation>Shows the pages as they will be printed; nothing is kept.</translation>
    </message>
    <message>
        <source>Prints the document and keeps it as a new version.</source>
        <translation>Prints the document and keeps it as a new version.</translation>
    </message>
    <message>
        <source>Saves the document as a PDF file and keeps it as a new version.</source>
        <translation>Saves the document as a PDF file and keeps it as a new version.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%n page(s)) is sent to the printer.</source>
        <translation>
            <numerusform>Version %1 (%n page) is sent to the printer.</numerusform>
            <numerusform>Version %1 (%n pages) is sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (%n page(s)) is saved as %2.</source>
        <translation>
            <numerusform>Version %1 (%n page) is saved as %2.</numerusform>
            <numerusform>Version %1 (%n pages) is saved as %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Print: %1</translation>
    </message>
    <message>
        <source>Save as PDF: %1</source>
        <translation>Save as PDF: %1</translation>
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
        <translation>Profile</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barriers</translation>
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
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Choose a learner in the list</source>
        <translation>Choose a learner in the list</translation>
    </message>
    <message>
        <source>&amp;Change phase…</source>
        <translation>&amp;Change phase…</translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 since %2 (%n day)</numerusform>
            <numerusform>%1 since %2 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Pr&amp;int plan…</source>
        <translation>Pr&amp;int plan…</translation>
    </message>
    <message>
        <source>Print the personal plan or save it as a PDF (Ctrl+P).</source>
        <translation>Print the personal plan or save it as a PDF (Ctrl+P).</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>The barriers and the actions for them</source>
        <translation>The barriers and the actions for them</translation>
    </message>
    <message>
        <source>The aftercare agreement and contacts, and the outflow</source>
        <translation>The aftercare agreement and contacts, and the outflow</translation>
    </message>
</context>
<context>
    <name>traject::EnrolmentDialog</name>
    <message>
        <source>Change enrolment</source>
        <translation>Change enrolment</translation>
    </message>
    <message>
        <source>New enrolment</source>
        <translation>New enrolment</translation>
    </message>
    <message>
        <source>(choose a programme)</source>
        <translation>(choose a programme)</translation>
    </message>
    <message>
        <source>The programme of an enrolment does not change; remove the enrolment and enrol the learner again instead.</source>
        <translation>The programme of an enrolment does not change; remove the enrolment and enrol the learner again instead.</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variant</translation>
    </message>
    <message>
        <source>Planned en&amp;d</source>
        <translation>Planned en&amp;d</translation>
    </message>
    <message>
        <source>Two-year limit</source>
        <translation>Two-year limit</translation>
    </message>
    <message>
        <source>Module plan</source>
        <translation>Module plan</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>%1 – the planned end passes the two-year limit: the qualification must be reached by then.</source>
        <translation>%1 – the planned end passes the two-year limit: the qualification must be reached by then.</translation>
    </message>
    <message>
        <source>Proposed from the programme once it is chosen.</source>
        <translation>Proposed from the programme once it is chosen.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) in %1 semester(s), as the programme proposes; change them in the table afterwards.</source>
        <translation>
            <numerusform>%n module in %1 semester, as the programme proposes; change them in the table afterwards.</numerusform>
            <numerusform>%n modules in %1 semesters, as the programme proposes; change them in the table afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol in %1</source>
        <translation>Enrol in %1</translation>
    </message>
</context>
<context>
    <name>traject::EraseLearnerDialog</name>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; and everything about them (barriers, actions, logbook, workplace learning, intake, plans kept) will be removed from this file for good. This cannot be undone, also not with Undo.&lt;/p&gt;&lt;p&gt;Export the data first if the learner asked for a copy.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; and everything about them (barriers, actions, logbook, workplace learning, intake, plans kept) will be removed from this file for good. This cannot be undone, also not with Undo.&lt;/p&gt;&lt;p&gt;Export the data first if the learner asked for a copy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>These backups still hold the learner. They are not changed; remove them yourself if the learner must disappear from them too:</source>
        <translation>These backups still hold the learner. They are not changed; remove them yourself if the learner must disappear from them too:</translation>
    </message>
    <message>
        <source>Type the learner&apos;s name to confirm: %1</source>
        <translation>Type the learner&apos;s name to confirm: %1</translation>
    </message>
    <message>
        <source>Name of the learner</source>
        <translation>Name of the learner</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Erase for good</translation>
    </message>
    <message>
        <source>These backups still hold the learner (found by their number, whatever their name was then):</source>
        <translation>These backups still hold the learner (found by their number, whatever their name was then):</translation>
    </message>
    <message>
        <source>Backups that hold the learner</source>
        <translation>Backups that hold the learner</translation>
    </message>
    <message>
        <source>Erase the learner from these backups &amp;too</source>
        <translation>Erase the learner from these backups &amp;too</translation>
    </message>
    <message>
        <source>Copies the program does not know of (copied by hand, on other disks) are not found: erase the learner there yourself.</source>
        <translation>Copies the program does not know of (copied by hand, on other disks) are not found: erase the learner there yourself.</translation>
    </message>
</context>
<context>
    <name>traject::GenerateDaysDialog</name>
    <message>
        <source>Days that will be made</source>
        <translation>Days that will be made</translation>
    </message>
    <message>
        <source>Generate placement days</source>
        <translation>Generate placement days</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>&amp;Weekdays</translation>
    </message>
    <message>
        <source>&amp;Hours per day</source>
        <translation>&amp;Hours per day</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>At &amp;most</translation>
    </message>
    <message>
        <source>Nothing to show yet: see what is asked above.</source>
        <translation>Nothing to show yet: see what is asked above.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) will be created</source>
        <translation>
            <numerusform>%n day will be created</numerusform>
            <numerusform>%n days will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n day(s) of the pattern skipped</source>
        <translation>
            <numerusform>; %n day of the pattern skipped</numerusform>
            <numerusform>; %n days of the pattern skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n day(s)</source>
        <translation>
            <numerusform>&amp;Create %n day</numerusform>
            <numerusform>&amp;Create %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1 days; %2 already worked or planned.</source>
        <translation>Target %1 days; %2 already worked or planned.</translation>
    </message>
    <message>
        <source>The target is already planned.</source>
        <translation>The target is already planned.</translation>
    </message>
    <message>
        <source>The placement runs from %1 to %2.</source>
        <translation>The placement runs from %1 to %2.</translation>
    </message>
    <message>
        <source>Target of the work-place learning: %1 days; %2 already worked or planned in its placements.</source>
        <translation>Target of the work-place learning: %1 days; %2 already worked or planned in its placements.</translation>
    </message>
</context>
<context>
    <name>traject::GenerationPreviewModel</name>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>New day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>traject::HolidayModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
</context>
<context>
    <name>traject::ImportDonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem and you chose to stop. Correct them in the spreadsheet and import the file again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no row that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported, in the phase referral.</source>
        <translation type="unfinished">
            <numerusform>%n learner imported, in the phase referral.</numerusform>
            <numerusform>%n learners imported, in the phase referral.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n row(s) with a problem.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n possible duplicate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They are in the caseload list now. Edit &gt; Undo (Ctrl+Z) takes the whole import back; the import is also noted in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::ImportFilePage</name>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stop reading</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (older Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of learners from a spreadsheet, saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Excel: File &gt; Save as &gt; &quot;CSV (separated by semicolons)&quot;.
The first row holds the column names, then one learner per row; dates as dd/mm/yyyy.
Nothing is imported before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no learners under it. Choose the file with the learners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty rows are left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import learners from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 (Excel's Unicode text)</translation>
    </message>
</context>
<context>
    <name>traject::ImportMappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Which detail is in which column?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the column names. Change what is wrong; columns set to &quot;do not import&quot; are left out. First name and last name are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows (row numbers as in Excel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the %1: it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; are both read as &quot;%3&quot;. Choose one of them.</source>
        <translation type="unfinished">The columns &quot;%1&quot; and &quot;%2&quot; are both read as &quot;%3&quot;. Choose one of them.</translation>
    </message>
</context>
<context>
    <name>traject::ImportProblemModel</name>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::ImportReportPage</name>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is checked as if you typed it in. Nothing is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a row has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the rows with a problem, import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top: import nothing, so I can correct the file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also import the possible &amp;duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row with the same national register number, or the same name and birth date, as a learner who is there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation type="unfinished">
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported: %n row(s) have a problem. Correct them in the spreadsheet and import the file again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import adds %n learner(s) to the caseload, in the phase referral.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The learners could not be stored; nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::ImportWizard</name>
    <message>
        <source>Import learners from CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::IntakeDialog</name>
    <message>
        <source>Parts of the interview</source>
        <translation>Parts of the interview</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <source>This intake cannot be opened: %1</source>
        <translation>This intake cannot be opened: %1</translation>
    </message>
    <message>
        <source>Everything is saved (%1).</source>
        <translation>Everything is saved (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Date of the &amp;interview:</source>
        <translation>Date of the &amp;interview:</translation>
    </message>
    <message>
        <source>Every answer is saved as soon as you leave its field.</source>
        <translation>Every answer is saved as soon as you leave its field.</translation>
    </message>
    <message>
        <source>&amp;Finish intake…</source>
        <translation>&amp;Finish intake…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Everything is already saved; an unfinished intake can be resumed later.</source>
        <translation>Everything is already saved; an unfinished intake can be resumed later.</translation>
    </message>
    <message>
        <source>Summary as &amp;PDF…</source>
        <translation>Summary as &amp;PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intake interview&lt;/b&gt; with %1</source>
        <translation>&lt;b&gt;Intake interview&lt;/b&gt; with %1</translation>
    </message>
    <message>
        <source>Intake interview – %1</source>
        <translation>Intake interview – %1</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;, version %2</source>
        <translation>Template &quot;%1&quot;, version %2</translation>
    </message>
    <message>
        <source>This intake was finished on %1. It can be read but no longer changed. %2</source>
        <translation>This intake was finished on %1. It can be read but no longer changed. %2</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Read only.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved (marked in red).</source>
        <translation>
            <numerusform>%n answer not saved (marked in red).</numerusform>
            <numerusform>%n answers not saved (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: &quot;%1&quot;: %2</source>
        <translation>Not saved: &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1  (%2/%3)</source>
        <translation>%1  (%2/%3)</translation>
    </message>
    <message>
        <source>Finish this intake? Its answers can no longer change afterwards.</source>
        <translation>Finish this intake? Its answers can no longer change afterwards.</translation>
    </message>
    <message>
        <source>The file changes:</source>
        <translation>The file changes:</translation>
    </message>
    <message>
        <source>Finish intake</source>
        <translation>Finish intake</translation>
    </message>
    <message>
        <source>The intake could not be finished: %1</source>
        <translation>The intake could not be finished: %1</translation>
    </message>
    <message>
        <source>The intake is finished and the file is updated.</source>
        <translation>The intake is finished and the file is updated.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved (marked in red). Close anyway and lose them?</source>
        <translation>
            <numerusform>%n answer could not be saved (marked in red). Close anyway and lose them?</numerusform>
            <numerusform>%n answers could not be saved (marked in red). Close anyway and lose them?</numerusform>
        </translation>
    </message>
    <message>
        <source>The intake of %1 is not finished yet.</source>
        <translation>The intake of %1 is not finished yet.</translation>
    </message>
    <message>
        <source>&amp;Resume it</source>
        <translation>&amp;Resume it</translation>
    </message>
    <message>
        <source>Start a &amp;new intake</source>
        <translation>Start a &amp;new intake</translation>
    </message>
    <message>
        <source>Save intake summary</source>
        <translation>Save intake summary</translation>
    </message>
    <message>
        <source>Intake %1 %2</source>
        <translation>Intake %1 %2</translation>
    </message>
    <message>
        <source>The summary is saved as %1.</source>
        <translation>The summary is saved as %1.</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp: next / previous part</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp: next / previous part</translation>
    </message>
</context>
<context>
    <name>traject::IntakeListModel</name>
    <message>
        <source>Finished on %1</source>
        <translation>Finished on %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Questions (version)</source>
        <translation>Questions (version)</translation>
    </message>
</context>
<context>
    <name>traject::IntakeStore</name>
    <message>
        <source>Add barrier (intake)</source>
        <translation>Add barrier (intake)</translation>
    </message>
    <message>
        <source>Change barrier (intake)</source>
        <translation>Change barrier (intake)</translation>
    </message>
    <message>
        <source>Add action (intake)</source>
        <translation>Add action (intake)</translation>
    </message>
    <message>
        <source>Change action (intake)</source>
        <translation>Change action (intake)</translation>
    </message>
    <message>
        <source>Remove barrier (intake)</source>
        <translation>Remove barrier (intake)</translation>
    </message>
    <message>
        <source>Remove action (intake)</source>
        <translation>Remove action (intake)</translation>
    </message>
</context>
<context>
    <name>traject::IntakeTab</name>
    <message>
        <source>Intake interviews</source>
        <translation>Intake interviews</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;New intake</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Summary as P&amp;DF…</source>
        <translation>Summary as P&amp;DF…</translation>
    </message>
    <message>
        <source>The intake interview: the questions to read out, the barriers, the decision and the next steps. An unfinished intake can be resumed; a finished one can be read.</source>
        <translation>The intake interview: the questions to read out, the barriers, the decision and the next steps. An unfinished intake can be resumed; a finished one can be read.</translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation>Intake summary</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Remove intake</source>
        <translation>Remove intake</translation>
    </message>
    <message>
        <source>Remove the unfinished intake of %1 with its answers? The barriers and actions it made stay in the file.</source>
        <translation>Remove the unfinished intake of %1 with its answers? The barriers and actions it made stay in the file.</translation>
    </message>
</context>
<context>
    <name>traject::LearnerTimelineTab</name>
    <message>
        <source>Timeline of the learner</source>
        <translation>Timeline of the learner</translation>
    </message>
    <message>
        <source>Drag a planned placement day to move it; double-click an item to open it.</source>
        <translation>Drag a planned placement day to move it; double-click an item to open it.</translation>
    </message>
</context>
<context>
    <name>traject::LogbookModel</name>
    <message>
        <source>%1 (aftercare)</source>
        <translation>%1 (aftercare)</translation>
    </message>
    <message>
        <source>This planned contact lies in the past: mark it done or cancelled.</source>
        <translation>This planned contact lies in the past: mark it done or cancelled.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>traject::LogbookTab</name>
    <message>
        <source>Contact moments</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <source>Note or plan a contact moment (Insert)</source>
        <translation>Note or plan a contact moment (Insert)</translation>
    </message>
    <message>
        <source>Change the selected contact moment (Enter)</source>
        <translation>Change the selected contact moment (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected contact moment (Delete)</source>
        <translation>Remove the selected contact moment (Delete)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>&amp;New conversation today</source>
        <translation>&amp;New conversation today</translation>
    </message>
    <message>
        <source>Remove %1 from the logbook?</source>
        <translation>Remove %1 from the logbook?</translation>
    </message>
    <message>
        <source>Remove %1 from the logbook</source>
        <translation>Remove %1 from the logbook</translation>
    </message>
    <message>
        <source>Remove contact moment</source>
        <translation>Remove contact moment</translation>
    </message>
</context>
<context>
    <name>traject::MainWindow</name>
    <message>
        <source>&amp;MLP summary…</source>
        <translation>&amp;MLP summary…</translation>
    </message>
    <message>
        <source>&amp;ESF+ report…</source>
        <translation>&amp;ESF+ report…</translation>
    </message>
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
        <source>&lt;p&gt;&lt;b&gt;Trajectplanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans and follows up the trajectories of learners toward the qualification of childcare worker.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;p&gt;Database: SQLite %3 with %4.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. The software of others inside it, and their licences: Help &amp;gt; Third-party licences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trajectplanner %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Plans and follows up the trajectories of learners toward the qualification of childcare worker.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;&lt;p&gt;Database: SQLite %3 with %4.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. The software of others inside it, and their licences: Help &amp;gt; Third-party licences.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
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
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <source>&amp;Address book…</source>
        <translation>&amp;Address book…</translation>
    </message>
    <message>
        <source>&amp;Programmes and modules…</source>
        <translation>&amp;Programmes and modules…</translation>
    </message>
    <message>
        <source>&amp;Closure periods…</source>
        <translation>&amp;Closure periods…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Caseload &amp;list</source>
        <translation>Caseload &amp;list</translation>
    </message>
    <message>
        <source>Caseload &amp;timeline</source>
        <translation>Caseload &amp;timeline</translation>
    </message>
    <message>
        <source>&amp;Print personal plan…</source>
        <translation>&amp;Print personal plan…</translation>
    </message>
    <message>
        <source>New candidate with &amp;intake interview…</source>
        <translation>New candidate with &amp;intake interview…</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intake interview</translation>
    </message>
    <message>
        <source>The intake interview with %1 was still open when Trajectplanner stopped. Everything up to the last field left is saved. Resume it now?</source>
        <translation>The intake interview with %1 was still open when Trajectplanner stopped. Everything up to the last field left is saved. Resume it now?</translation>
    </message>
    <message>
        <source>&amp;Learner</source>
        <translation>&amp;Learner</translation>
    </message>
    <message>
        <source>&amp;Export data…</source>
        <translation>&amp;Export data…</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <source>E&amp;rase for good…</source>
        <translation>E&amp;rase for good…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;tore a backup…</translation>
    </message>
    <message>
        <source>&amp;Review the retention period…</source>
        <translation>&amp;Review the retention period…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>E&amp;xport the caseload list as CSV…</source>
        <translation>E&amp;xport the caseload list as CSV…</translation>
    </message>
    <message>
        <source>Caseload %1</source>
        <translation>Caseload %1</translation>
    </message>
    <message>
        <source>Export a&amp;genda (.ics)…</source>
        <translation>Export a&amp;genda (.ics)…</translation>
    </message>
    <message>
        <source>Over&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;meeting sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import learners from CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation>Third-party &amp;licences…</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Encrypt…</translation>
    </message>
    <message>
        <source>Change the p&amp;assphrase…</source>
        <translation>Change the p&amp;assphrase…</translation>
    </message>
    <message>
        <source>New recovery s&amp;heet…</source>
        <translation>New recovery s&amp;heet…</translation>
    </message>
</context>
<context>
    <name>traject::MeetingModel</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished">Learner</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Overdue</translation>
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
        <translation>any</translation>
    </message>
</context>
<context>
    <name>traject::ModuleModel</name>
    <message>
        <source>Mark module %1 as named</source>
        <translation>Mark module %1 as named</translation>
    </message>
    <message>
        <source>%1 modules, %2 lestijden, %3 with work-place learning</source>
        <translation>%1 modules, %2 lestijden, %3 with work-place learning</translation>
    </message>
    <message>
        <source> + placement module %1</source>
        <translation> + placement module %1</translation>
    </message>
    <message>
        <source>the programme states %1 lestijden</source>
        <translation>the programme states %1 lestijden</translation>
    </message>
    <message>
        <source>Still to be named: our sources do not name this module yet. Fill in its name from the training centre&apos;s programme.</source>
        <translation>Still to be named: our sources do not name this module yet. Fill in its name from the training centre&apos;s programme.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Change placement module %1</source>
        <translation>Change placement module %1</translation>
    </message>
    <message>
        <source>Mark module %1 as still to be named</source>
        <translation>Mark module %1 as still to be named</translation>
    </message>
    <message>
        <source>Rename module %1</source>
        <translation>Rename module %1</translation>
    </message>
    <message>
        <source>Change lestijden of module %1</source>
        <translation>Change lestijden of module %1</translation>
    </message>
    <message>
        <source>Change work-place learning of module %1</source>
        <translation>Change work-place learning of module %1</translation>
    </message>
    <message>
        <source>Change semester of module %1</source>
        <translation>Change semester of module %1</translation>
    </message>
    <message>
        <source>Share of the module that is learnt at the workplace</source>
        <translation>Share of the module that is learnt at the workplace</translation>
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
        <translation>Work-place %</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>To be named</source>
        <translation>To be named</translation>
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
        <translation>(unknown module)</translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change.</source>
        <translation>Double-click or press F2 to change.</translation>
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
        <translation>Teaching periods</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retake reason</source>
        <translation>Retake reason</translation>
    </message>
    <message>
        <source>Not ready to start: still open: %1</source>
        <translation>Not ready to start: still open: %1</translation>
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
    <name>traject::OpeningBackup</name>
    <message>
        <source>No backup could be made while opening: %1</source>
        <translation>No backup could be made while opening: %1</translation>
    </message>
</context>
<context>
    <name>traject::OrganisationForm</name>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Street and number, postal code</source>
        <translation>Street and number, postal code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Type of care</source>
        <translation>&amp;Type of care</translation>
    </message>
    <message>
        <source>&amp;Belongs to</source>
        <translation>&amp;Belongs to</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
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
        <translation>No organisation</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>traject::OrganisationsDialog</name>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Search organisations and persons…</source>
        <translation>Search organisations and persons…</translation>
    </message>
    <message>
        <source>Ne&amp;w organisation</source>
        <translation>Ne&amp;w organisation</translation>
    </message>
    <message>
        <source>&amp;Remove organisation</source>
        <translation>&amp;Remove organisation</translation>
    </message>
    <message>
        <source>Add or&amp;ganisation</source>
        <translation>Add or&amp;ganisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>A&amp;dd person</source>
        <translation>A&amp;dd person</translation>
    </message>
    <message>
        <source>C&amp;hange person</source>
        <translation>C&amp;hange person</translation>
    </message>
    <message>
        <source>Remo&amp;ve person</source>
        <translation>Remo&amp;ve person</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Contact persons of %1</source>
        <translation>Contact persons of %1</translation>
    </message>
    <message>
        <source>Contact persons without organisation</source>
        <translation>Contact persons without organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Change organisation %1</source>
        <translation>Change organisation %1</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>Add organisation %1</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the address book? Its contact persons and sites are kept, without this organisation.</source>
        <translation>Remove &quot;%1&quot; from the address book? Its contact persons and sites are kept, without this organisation.</translation>
    </message>
    <message>
        <source>The closure periods of this site are removed with it.</source>
        <translation>The closure periods of this site are removed with it.</translation>
    </message>
    <message>
        <source>Remove organisation %1</source>
        <translation>Remove organisation %1</translation>
    </message>
    <message>
        <source>Remove the contact person &quot;%1&quot;?</source>
        <translation>Remove the contact person &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Remove contact person %1</source>
        <translation>Remove contact person %1</translation>
    </message>
</context>
<context>
    <name>traject::OutcomeBox</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Record &amp;outcome</source>
        <translation>Record &amp;outcome</translation>
    </message>
    <message>
        <source>Outcome d&amp;ate</source>
        <translation>Outcome d&amp;ate</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Hours per &amp;week</source>
        <translation>Hours per &amp;week</translation>
    </message>
    <message>
        <source>Notes on the outcome</source>
        <translation>Notes on the outcome</translation>
    </message>
    <message>
        <source>Recorded; changes are stored at once.</source>
        <translation>Recorded; changes are stored at once.</translation>
    </message>
    <message>
        <source>No outcome recorded yet. Fill it in when the learner leaves the trajectory and choose &quot;Record outcome&quot;.</source>
        <translation>No outcome recorded yet. Fill it in when the learner leaves the trajectory and choose &quot;Record outcome&quot;.</translation>
    </message>
    <message>
        <source>Type the hours as a number, for example 30 or 30,4.</source>
        <translation>Type the hours as a number, for example 30 or 30,4.</translation>
    </message>
    <message>
        <source>Change the outcome</source>
        <translation>Change the outcome</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <source>From the address book, or type a name</source>
        <translation>From the address book, or type a name</translation>
    </message>
</context>
<context>
    <name>traject::OverviewPage</name>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Days done of the target</source>
        <translation>Days done of the target</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a click on the name opens the learner&apos;s dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished">Learner</translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished">Days</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>&amp;Workplace learning days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctions due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation type="unfinished">Fr&amp;om</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace learning progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period lies before its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview · week of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>never (%n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;No contact for more than %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Did not enter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) in workplace learning, by days done of the target:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>overview-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the overview as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::PersonModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>ESF+ follow-up</translation>
    </message>
    <message>
        <source>ESF+ asks about %1&apos;s situation six months after leaving. Plan a phone call for that on %2 in the logbook?</source>
        <translation>ESF+ asks about %1&apos;s situation six months after leaving. Plan a phone call for that on %2 in the logbook?</translation>
    </message>
    <message>
        <source>Plan the ESF+ follow-up of %1</source>
        <translation>Plan the ESF+ follow-up of %1</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>%1 is in the phase &quot;%2&quot; since %3.</source>
        <translation>%1 is in the phase &quot;%2&quot; since %3.</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>In a few words</translation>
    </message>
    <message>
        <source>&amp;New phase</source>
        <translation>&amp;New phase</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>Change &amp;phase</source>
        <translation>Change &amp;phase</translation>
    </message>
    <message>
        <source>The trajectory has ended with the outflow; start a new trajectory instead.</source>
        <translation>The trajectory has ended with the outflow; start a new trajectory instead.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>&amp;Reason for not entering</source>
        <translation>&amp;Reason for not entering</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>traject::PlacementDayDialog</name>
    <message>
        <source>Add a placement day</source>
        <translation>Add a placement day</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>The placement runs from %1 to %2.</source>
        <translation>The placement runs from %1 to %2.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Planned hours</source>
        <translation>&amp;Planned hours</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Worked hours</source>
        <translation>&amp;Worked hours</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Add day</translation>
    </message>
    <message>
        <source>Add placement day %1</source>
        <translation>Add placement day %1</translation>
    </message>
</context>
<context>
    <name>traject::PlacementDayModel</name>
    <message>
        <source>This day has passed: fill in whether it was worked.</source>
        <translation>This day has passed: fill in whether it was worked.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>traject::PlacementDialog</name>
    <message>
        <source>First day of the placement</source>
        <translation>First day of the placement</translation>
    </message>
    <message>
        <source>Last day of the placement</source>
        <translation>Last day of the placement</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Change placement</source>
        <translation>Change placement</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>(no site yet)</source>
        <translation>(no site yet)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <source>Placement su&amp;pervisor</source>
        <translation>Placement su&amp;pervisor</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>&amp;Weekdays</translation>
    </message>
    <message>
        <source>&amp;Hours per day</source>
        <translation>&amp;Hours per day</translation>
    </message>
    <message>
        <source>Target &amp;days</source>
        <translation>Target &amp;days</translation>
    </message>
    <message>
        <source>Target h&amp;ours</source>
        <translation>Target h&amp;ours</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Add placement</source>
        <translation>&amp;Add placement</translation>
    </message>
    <message>
        <source>Change placement at %1</source>
        <translation>Change placement at %1</translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation>Add placement</translation>
    </message>
    <message>
        <source>The days of work-place learning the whole trajectory aims at (about 44 to 47). Its placements share this target: a change here changes it for each of them.</source>
        <translation>The days of work-place learning the whole trajectory aims at (about 44 to 47). Its placements share this target: a change here changes it for each of them.</translation>
    </message>
    <message>
        <source>Change the target of the work-place learning</source>
        <translation>Change the target of the work-place learning</translation>
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
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 / %2 days</source>
        <translation>%1 / %2 days</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Placement supervisor</source>
        <translation>Placement supervisor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Hours/day</source>
        <translation>Hours/day</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>Not ready to start: still open: %1</source>
        <translation>Not ready to start: still open: %1</translation>
    </message>
</context>
<context>
    <name>traject::PlacementsTab</name>
    <message>
        <source>Days of the placement</source>
        <translation>Days of the placement</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>&amp;Add placement…</translation>
    </message>
    <message>
        <source>Remove placement…</source>
        <translation>Remove placement…</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>No placements yet. Use &quot;Add placement…&quot; for the work-place learning at a childcare site, then generate its days.</source>
        <translation>No placements yet. Use &quot;Add placement…&quot; for the work-place learning at a childcare site, then generate its days.</translation>
    </message>
    <message>
        <source>&amp;Generate days…</source>
        <translation>&amp;Generate days…</translation>
    </message>
    <message>
        <source>Add &amp;day…</source>
        <translation>Add &amp;day…</translation>
    </message>
    <message>
        <source>Rem&amp;ove day…</source>
        <translation>Rem&amp;ove day…</translation>
    </message>
    <message>
        <source>Change placement day %1</source>
        <translation>Change placement day %1</translation>
    </message>
    <message>
        <source>Mark the selected days:</source>
        <translation>Mark the selected days:</translation>
    </message>
    <message>
        <source>&amp;Worked</source>
        <translation>&amp;Worked</translation>
    </message>
    <message>
        <source>Absent, e&amp;xcused</source>
        <translation>Absent, e&amp;xcused</translation>
    </message>
    <message>
        <source>Absent, &amp;unexcused</source>
        <translation>Absent, &amp;unexcused</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled</source>
        <translation>Ca&amp;ncelled</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Planned</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>The target can no longer be reached with the days that are planned: plan more days or adjust the target.</source>
        <translation>The target can no longer be reached with the days that are planned: plan more days or adjust the target.</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Mark %1 as %2</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n placement days as %1</source>
        <translation>
            <numerusform>Mark %n placement days as %1</numerusform>
            <numerusform>Mark %n placement days as %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Remove placement</translation>
    </message>
    <message numerus="yes">
        <source>Remove the placement at %1 (%2 to %3) with its %n day(s)? You can undo this.</source>
        <translation>
            <numerusform>Remove the placement at %1 (%2 to %3) with its %n day? You can undo this.</numerusform>
            <numerusform>Remove the placement at %1 (%2 to %3) with its %n days? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove placement at %1</source>
        <translation>Remove placement at %1</translation>
    </message>
    <message>
        <source>Remove the placement day of %1?</source>
        <translation>Remove the placement day of %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n placement days?</source>
        <translation>
            <numerusform>Remove these %n placement days?</numerusform>
            <numerusform>Remove these %n placement days?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove placement day</source>
        <translation>Remove placement day</translation>
    </message>
    <message>
        <source>Remove placement day %1</source>
        <translation>Remove placement day %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n placement days</source>
        <translation>
            <numerusform>Remove %n placement days</numerusform>
            <numerusform>Remove %n placement days</numerusform>
        </translation>
    </message>
    <message>
        <source>Change placemen&amp;t…</source>
        <translation>Change placemen&amp;t…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Target: %1 days, %2 hours</source>
        <translation>Target: %1 days, %2 hours</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet…</source>
        <translation>Attendance &amp;sheet…</translation>
    </message>
    <message>
        <source>The sheet the mentor fills in: one line per planned day, with the hours worked and a signature.</source>
        <translation>The sheet the mentor fills in: one line per planned day, with the hours worked and a signature.</translation>
    </message>
    <message>
        <source>This placement: %1</source>
        <translation>This placement: %1</translation>
    </message>
    <message>
        <source>The target can no longer be reached with the days that are worked, still to record and planned: plan more days or adjust the target.</source>
        <translation>The target can no longer be reached with the days that are worked, still to record and planned: plan more days or adjust the target.</translation>
    </message>
</context>
<context>
    <name>traject::PlanDialog</name>
    <message>
        <source>Readability of the plan</source>
        <translation>Readability of the plan</translation>
    </message>
    <message>
        <source>Print personal plan</source>
        <translation>Print personal plan</translation>
    </message>
    <message>
        <source>Personal plan of %1</source>
        <translation>Personal plan of %1</translation>
    </message>
    <message>
        <source>Stored versi&amp;ons</source>
        <translation>Stored versi&amp;ons</translation>
    </message>
    <message>
        <source>Printed for</source>
        <translation>Printed for</translation>
    </message>
    <message>
        <source>The &amp;learner</source>
        <translation>The &amp;learner</translation>
    </message>
    <message>
        <source>Everything: the learner&apos;s own plan to take home.</source>
        <translation>Everything: the learner&apos;s own plan to take home.</translation>
    </message>
    <message>
        <source>The &amp;workplace</source>
        <translation>The &amp;workplace</translation>
    </message>
    <message>
        <source>The schedule, the mentor and the contacts: never the barriers or the appointments.</source>
        <translation>The schedule, the mentor and the contacts: never the barriers or the appointments.</translation>
    </message>
    <message>
        <source>A pa&amp;rtner</source>
        <translation>A pa&amp;rtner</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <source>Include &amp;sensitive barriers (family, psychological)</source>
        <translation>Include &amp;sensitive barriers (family, psychological)</translation>
    </message>
    <message>
        <source>Barriers of a sensitive kind are left out unless you tick this.</source>
        <translation>Barriers of a sensitive kind are left out unless you tick this.</translation>
    </message>
    <message>
        <source>Never printed for %1.</source>
        <translation>Never printed for %1.</translation>
    </message>
    <message>
        <source>Personal plan %1 v%2</source>
        <translation>Personal plan %1 v%2</translation>
    </message>
    <message>
        <source>Only what the learner agreed to share (consents on the Profile tab).</source>
        <translation>Only what the learner agreed to share (consents on the Profile tab).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The plan shows only what this consent covers, and prints it.</source>
        <translation>The plan shows only what this consent covers, and prints it.</translation>
    </message>
    <message>
        <source>%1, given on %2</source>
        <translation>%1, given on %2</translation>
    </message>
    <message>
        <source>No consent for a partner holds today</source>
        <translation>No consent for a partner holds today</translation>
    </message>
    <message>
        <source>The chosen consent does not cover this.</source>
        <translation>The chosen consent does not cover this.</translation>
    </message>
    <message>
        <source>The chosen consent does not cover the sensitive barriers.</source>
        <translation>The chosen consent does not cover the sensitive barriers.</translation>
    </message>
    <message>
        <source>Appendi&amp;x: all modules and placement days</source>
        <translation>Appendi&amp;x: all modules and placement days</translation>
    </message>
    <message>
        <source>On pages of their own after the plan. The workplace needs the days; the learner reads the plan better without the lists.</source>
        <translation>On pages of their own after the plan. The workplace needs the days; the learner reads the plan better without the lists.</translation>
    </message>
</context>
<context>
    <name>traject::PlanVersionModel</name>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>With the sensitive barriers.</source>
        <translation>With the sensitive barriers.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>traject::ProfileDialog</name>
    <message>
        <source>Profile of the learners</source>
        <translation>Profile of the learners</translation>
    </message>
    <message>
        <source>Caseload profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only, no names. &quot;&lt;5&quot; stands for 1 to 4 people; &quot;x&quot; is hidden so that a lone &quot;&lt;5&quot; cannot be computed from the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners whose trajectory overlaps the period: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average age: %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseload profile %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the caseload profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::ProfileModel</name>
    <message>
        <source>1 to 4 people: not shown, so that nobody can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden, so that the &quot;&lt;5&quot; of this characteristic cannot be computed from the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traject::ProfileTab</name>
    <message>
        <source>VDAB client number</source>
        <translation>VDAB client number</translation>
    </message>
    <message>
        <source>ESF+ data</source>
        <translation>ESF+ data</translation>
    </message>
    <message>
        <source>For the ESF+ participant registration. Ask each question once; &quot;Refuses to answer&quot; is an answer too, since the attempt to ask counts.</source>
        <translation>For the ESF+ participant registration. Ask each question once; &quot;Refuses to answer&quot; is an answer too, since the attempt to ask counts.</translation>
    </message>
    <message>
        <source>Remove learner…</source>
        <translation>Remove learner…</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>First &amp;name</source>
        <translation>First &amp;name</translation>
    </message>
    <message>
        <source>L&amp;ast name</source>
        <translation>L&amp;ast name</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation>National register number</translation>
    </message>
    <message>
        <source>Eleven digits, on the back of the identity card or on the residence permit. The check digits are verified.</source>
        <translation>Eleven digits, on the back of the identity card or on the residence permit. The check digits are verified.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Street and number</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>P&amp;ostal code</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <source>Language and education</source>
        <translation>Language and education</translation>
    </message>
    <message>
        <source>Home language</source>
        <translation>Home language</translation>
    </message>
    <message>
        <source>&amp;Dutch level (NT2)</source>
        <translation>&amp;Dutch level (NT2)</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Education level</translation>
    </message>
    <message>
        <source>Foreign diploma</source>
        <translation>Foreign diploma</translation>
    </message>
    <message>
        <source>Diploma recognition</source>
        <translation>Diploma recognition</translation>
    </message>
    <message>
        <source>Migration background</source>
        <translation>Migration background</translation>
    </message>
    <message>
        <source>Family and mobility</source>
        <translation>Family and mobility</translation>
    </message>
    <message>
        <source>children</source>
        <translation>children</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation>Remove child</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>O&amp;wn laptop</source>
        <translation>O&amp;wn laptop</translation>
    </message>
    <message>
        <source>Internet at home</source>
        <translation>Internet at home</translation>
    </message>
    <message>
        <source>Status and referral</source>
        <translation>Status and referral</translation>
    </message>
    <message>
        <source>Status before the start</source>
        <translation>Status before the start</translation>
    </message>
    <message>
        <source>Months unemployed</source>
        <translation>Months unemployed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Type a number of months, or leave the field empty.</source>
        <translation>Type a number of months, or leave the field empty.</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Referral note</source>
        <translation>Referral note</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Employment service</translation>
    </message>
    <message>
        <source>Statute or benefit</source>
        <translation>Statute or benefit</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>The phase changes through &quot;Change phase…&quot; at the top.</source>
        <translation>The phase changes through &quot;Change phase…&quot; at the top.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Remove learner</source>
        <translation>Remove learner</translation>
    </message>
    <message>
        <source>Remove %1 and the whole dossier: barriers, training, workplace learning, logbook and role card?

You can undo this with %2.</source>
        <translation>Remove %1 and the whole dossier: barriers, training, workplace learning, logbook and role card?

You can undo this with %2.</translation>
    </message>
    <message>
        <source>Remove learner %1</source>
        <translation>Remove learner %1</translation>
    </message>
    <message>
        <source>A plan for a partner is only made under a consent that holds, and shows only what it covers.</source>
        <translation>A plan for a partner is only made under a consent that holds, and shows only what it covers.</translation>
    </message>
</context>
<context>
    <name>traject::ProgrammeForm</name>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <source>&amp;Total lestijden</source>
        <translation>&amp;Total lestijden</translation>
    </message>
    <message>
        <source>&amp;Class days per week</source>
        <translation>&amp;Class days per week</translation>
    </message>
    <message>
        <source>P&amp;lacement hours</source>
        <translation>P&amp;lacement hours</translation>
    </message>
    <message>
        <source>&amp;Observation hours</source>
        <translation>&amp;Observation hours</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
</context>
<context>
    <name>traject::ProgrammesDialog</name>
    <message numerus="yes">
        <source>Incomplete: %n module(s) without a name</source>
        <translation>
            <numerusform>Incomplete: %n module without a name</numerusform>
            <numerusform>Incomplete: %n modules without a name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This programme is not complete yet: %n module(s) have no name yet. Fill in their names as the training centre calls them. Until then, the personal plan counts them as '%n more module(s)'.</source>
        <translation>
            <numerusform>This programme is not complete yet: %n module has no name yet. Fill in its name as the training centre calls it. Until then, the personal plan counts it as '%n more module'.</numerusform>
            <numerusform>This programme is not complete yet: %n modules have no name yet. Fill in their names as the training centre calls them. Until then, the personal plan counts them as '%n more modules'.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>New pro&amp;gramme</source>
        <translation>New pro&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Remove programme</source>
        <translation>&amp;Remove programme</translation>
    </message>
    <message>
        <source>&amp;Install shipped templates</source>
        <translation>&amp;Install shipped templates</translation>
    </message>
    <message>
        <source>&amp;Add programme</source>
        <translation>&amp;Add programme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Add &amp;module</translation>
    </message>
    <message>
        <source>Remo&amp;ve module</source>
        <translation>Remo&amp;ve module</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Adds the shipped CVO and Syntra programmes that are not in the list</source>
        <translation>Adds the shipped CVO and Syntra programmes that are not in the list</translation>
    </message>
    <message>
        <source>Every shipped programme is in the list</source>
        <translation>Every shipped programme is in the list</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Change programme %1</source>
        <translation>Change programme %1</translation>
    </message>
    <message>
        <source>Add programme %1</source>
        <translation>Add programme %1</translation>
    </message>
    <message>
        <source>Remove the programme &quot;%1&quot; with its modules?</source>
        <translation>Remove the programme &quot;%1&quot; with its modules?</translation>
    </message>
    <message>
        <source>Remove programme %1</source>
        <translation>Remove programme %1</translation>
    </message>
    <message>
        <source>Install shipped templates</source>
        <translation>Install shipped templates</translation>
    </message>
    <message>
        <source>Install template %1</source>
        <translation>Install template %1</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>Add module to %1</source>
        <translation>Add module to %1</translation>
    </message>
    <message>
        <source>The new module could not be found.</source>
        <translation>The new module could not be found.</translation>
    </message>
    <message>
        <source>Remove module %1</source>
        <translation>Remove module %1</translation>
    </message>
    <message>
        <source>Move module %1 up</source>
        <translation>Move module %1 up</translation>
    </message>
    <message>
        <source>Move module %1 down</source>
        <translation>Move module %1 down</translation>
    </message>
</context>
<context>
    <name>traject::ProposalModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>traject::ReadinessLabel</name>
    <message>
        <source>Ready to start? Yes: no open barriers block it.</source>
        <translation>Ready to start? Yes: no open barriers block it.</translation>
    </message>
    <message>
        <source>Link a barrier to what it blocks in the barrier&apos;s editor (Barriers tab).</source>
        <translation>Link a barrier to what it blocks in the barrier&apos;s editor (Barriers tab).</translation>
    </message>
    <message>
        <source>Ready to start? No: still open: %1</source>
        <translation>Ready to start? No: still open: %1</translation>
    </message>
    <message>
        <source>These barriers block it until they are solved (Barriers tab).</source>
        <translation>These barriers block it until they are solved (Barriers tab).</translation>
    </message>
</context>
<context>
    <name>traject::RestoreBackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The backups are in %1.</source>
        <translation>Choose the backup to put back. The backups are in %1.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Trajectplanner databases (*.sqlite);;All files (*)</source>
        <translation>Trajectplanner databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>There are no backups yet. Choose &quot;Other file…&quot; to restore a backup from elsewhere.</source>
        <translation>There are no backups yet. Choose &quot;Other file…&quot; to restore a backup from elsewhere.</translation>
    </message>
    <message>
        <source>Choose a backup in the list.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message numerus="yes">
        <source>Backup of %1 with %n learner(s).</source>
        <translation>
            <numerusform>Backup of %1 with %n learner.</numerusform>
            <numerusform>Backup of %1 with %n learners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current database (%n learner(s)) is first kept as a safety copy in the backups folder. Then this backup takes its place: what was entered after %1 is only in the safety copy.</source>
        <translation>
            <numerusform>The current database (%n learner) is first kept as a safety copy in the backups folder. Then this backup takes its place: what was entered after %1 is only in the safety copy.</numerusform>
            <numerusform>The current database (%n learners) is first kept as a safety copy in the backups folder. Then this backup takes its place: what was entered after %1 is only in the safety copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traject::RetakeDialog</name>
    <message>
        <source>Retake a module</source>
        <translation>Retake a module</translation>
    </message>
    <message>
        <source>%1 (not passed in semester %2)</source>
        <translation>%1 (not passed in semester %2)</translation>
    </message>
    <message>
        <source>e.g. exam of the first semester not passed</source>
        <translation>e.g. exam of the first semester not passed</translation>
    </message>
    <message>
        <source>Extend the training to %1 (planned end %2)</source>
        <translation>Extend the training to %1 (planned end %2)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;Semester of the retake</source>
        <translation>&amp;Semester of the retake</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Plan retake</source>
        <translation>&amp;Plan retake</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Years since</source>
        <translation>Years since</translation>
    </message>
</context>
<context>
    <name>traject::RetentionReviewDialog</name>
    <message>
        <source>Review the retention period</source>
        <translation>Review the retention period</translation>
    </message>
    <message>
        <source>Data about a learner are kept only as long as they are needed. These learners&apos; trajectories ended long ago: anonymise them (the reports still count them) or erase them for good. Open the dossier first if you want to check something.</source>
        <translation>Data about a learner are kept only as long as they are needed. These learners&apos; trajectories ended long ago: anonymise them (the reports still count them) or erase them for good. Open the dossier first if you want to check something.</translation>
    </message>
    <message>
        <source>List trajectories that ended &amp;more than</source>
        <translation>List trajectories that ended &amp;more than</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Retention period in years</translation>
    </message>
    <message>
        <source>Learners whose trajectory ended long ago</source>
        <translation>Learners whose trajectory ended long ago</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <source>&amp;Erase for good…</source>
        <translation>&amp;Erase for good…</translation>
    </message>
    <message numerus="yes">
        <source>year(s) ago</source>
        <translation>
            <numerusform>year ago</numerusform>
            <numerusform>years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>The list cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>No learner&apos;s trajectory ended more than %n year(s) ago: there is nothing to review now.</source>
        <translation>
            <numerusform>No learner&apos;s trajectory ended more than %n year ago: there is nothing to review now.</numerusform>
            <numerusform>No learner&apos;s trajectory ended more than %n years ago: there is nothing to review now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traject::RoleCardModel</name>
    <message>
        <source>This role has ended.</source>
        <translation>This role has ended.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>traject::RoleCardTab</name>
    <message>
        <source>Who helps</source>
        <translation>Who helps</translation>
    </message>
    <message>
        <source>&amp;Add role…</source>
        <translation>&amp;Add role…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add a person with their role (Insert)</source>
        <translation>Add a person with their role (Insert)</translation>
    </message>
    <message>
        <source>Change the selected role (Enter)</source>
        <translation>Change the selected role (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected role (Delete)</source>
        <translation>Remove the selected role (Delete)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove %1 from the role card?</source>
        <translation>Remove %1 from the role card?</translation>
    </message>
    <message>
        <source>Remove %1 from the role card</source>
        <translation>Remove %1 from the role card</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Remove role</translation>
    </message>
</context>
<context>
    <name>traject::RoleDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <source>For example: call for questions about the placement</source>
        <translation>For example: call for questions about the placement</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Add role</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation>Add role %1</translation>
    </message>
    <message>
        <source>Change role %1</source>
        <translation>Change role %1</translation>
    </message>
</context>
<context>
    <name>traject::SettingsDialog</name>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
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
    <message>
        <source>e.g. 0470 12 34 56</source>
        <translation>e.g. 0470 12 34 56</translation>
    </message>
    <message>
        <source>e.g. name@organisation.be</source>
        <translation>e.g. name@organisation.be</translation>
    </message>
    <message>
        <source>You as SPOC</source>
        <translation>You as SPOC</translation>
    </message>
    <message>
        <source>Plans, attendance sheets and intake summaries print these details, so that learners and workplaces know how to reach you.</source>
        <translation>Plans, attendance sheets and intake summaries print these details, so that learners and workplaces know how to reach you.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
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
        <translation>Support network</translation>
    </message>
    <message>
        <source>Add &amp;support person…</source>
        <translation>Add &amp;support person…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add someone this learner can fall back on: family, a friend, a professional (Insert)</source>
        <translation>Add someone this learner can fall back on: family, a friend, a professional (Insert)</translation>
    </message>
    <message>
        <source>Change the selected support person (Enter)</source>
        <translation>Change the selected support person (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected support person (Delete)</source>
        <translation>Remove the selected support person (Delete)</translation>
    </message>
    <message>
        <source>Remove %1 from the support network?</source>
        <translation>Remove %1 from the support network?</translation>
    </message>
    <message>
        <source>Remove support person %1</source>
        <translation>Remove support person %1</translation>
    </message>
    <message>
        <source>Remove support person</source>
        <translation>Remove support person</translation>
    </message>
</context>
<context>
    <name>traject::SupportNetworkModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>traject::SupportPersonDialog</name>
    <message>
        <source>Change support person</source>
        <translation>Change support person</translation>
    </message>
    <message>
        <source>New support person</source>
        <translation>New support person</translation>
    </message>
    <message>
        <source>For example: sister, neighbour, social worker</source>
        <translation>For example: sister, neighbour, social worker</translation>
    </message>
    <message>
        <source>Own circle: family, friends, neighbours. Professional: a social worker, coach or other professional.</source>
        <translation>Own circle: family, friends, neighbours. Professional: a social worker, coach or other professional.</translation>
    </message>
    <message>
        <source>For example: looks after the children on placement days</source>
        <translation>For example: looks after the children on placement days</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add support person</source>
        <translation>Add support person</translation>
    </message>
    <message>
        <source>Add support person %1</source>
        <translation>Add support person %1</translation>
    </message>
    <message>
        <source>Change support person %1</source>
        <translation>Change support person %1</translation>
    </message>
</context>
<context>
    <name>traject::TableSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
</context>
<context>
    <name>traject::TimelineCanvas</name>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>placement day</source>
        <translation>placement day</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>barrier</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>aftercare</source>
        <translation>aftercare</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <source>Drag to move this day to another date.</source>
        <translation>Drag to move this day to another date.</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
</context>
<context>
    <name>traject::TimelineToolbar</name>
    <message>
        <source>Zoom in and out with Ctrl+wheel or the + and − keys.</source>
        <translation>Zoom in and out with Ctrl+wheel or the + and − keys.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Scroll to today (Home).</source>
        <translation>Scroll to today (Home).</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
</context>
<context>
    <name>traject::TrainingTab</name>
    <message>
        <source>Modules of the enrolment</source>
        <translation>Modules of the enrolment</translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <source>&amp;New enrolment…</source>
        <translation>&amp;New enrolment…</translation>
    </message>
    <message>
        <source>Ch&amp;ange enrolment…</source>
        <translation>Ch&amp;ange enrolment…</translation>
    </message>
    <message>
        <source>Remove enrolment…</source>
        <translation>Remove enrolment…</translation>
    </message>
    <message>
        <source>This learner is not enrolled in a programme yet. Use &quot;New enrolment…&quot; to choose the programme, the start and the variant; the modules are proposed from the programme.</source>
        <translation>This learner is not enrolled in a programme yet. Use &quot;New enrolment…&quot; to choose the programme, the start and the variant; the modules are proposed from the programme.</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme:</translation>
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
        <translation>Planned end:</translation>
    </message>
    <message>
        <source>Two-year limit:</source>
        <translation>Two-year limit:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Plan a re&amp;take…</source>
        <translation>Plan a re&amp;take…</translation>
    </message>
    <message>
        <source>For a module that was not passed: plan it again in a later semester.</source>
        <translation>For a module that was not passed: plan it again in a later semester.</translation>
    </message>
    <message>
        <source>Remove line…</source>
        <translation>Remove line…</translation>
    </message>
    <message>
        <source>Change a status or semester with a double-click or F2.</source>
        <translation>Change a status or semester with a double-click or F2.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 – the planned end passes the two-year limit!</source>
        <translation>%1 – the planned end passes the two-year limit!</translation>
    </message>
    <message>
        <source>The qualification must be reached within two years of the start.</source>
        <translation>The qualification must be reached within two years of the start.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 modules passed · %3 of %4 teaching periods done</source>
        <translation>%1 of %2 modules passed · %3 of %4 teaching periods done</translation>
    </message>
    <message numerus="yes">
        <source>%n retake(s)</source>
        <translation>
            <numerusform>%n retake</numerusform>
            <numerusform>%n retakes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove enrolment</source>
        <translation>Remove enrolment</translation>
    </message>
    <message>
        <source>Remove the enrolment in %1 with its module plan? Placements stay, without the link to this enrolment. You can undo this.</source>
        <translation>Remove the enrolment in %1 with its module plan? Placements stay, without the link to this enrolment. You can undo this.</translation>
    </message>
    <message>
        <source>Remove enrolment in %1</source>
        <translation>Remove enrolment in %1</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Remove %1 (semester %2) from the module plan?</source>
        <translation>Remove %1 (semester %2) from the module plan?</translation>
    </message>
    <message>
        <source>Remove %1 from the module plan</source>
        <translation>Remove %1 from the module plan</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>Change %1 in the module plan</source>
        <translation>Change %1 in the module plan</translation>
    </message>
    <message>
        <source>Enr&amp;olment:</source>
        <translation>Enr&amp;olment:</translation>
    </message>
</context>
<context>
    <name>traject::VersionList</name>
    <message>
        <source>Kept versions</source>
        <translation>Kept versions</translation>
    </message>
    <message>
        <source>Nothing is printed or saved yet. Every version you print or save is kept here, so that you can make the same copy again.</source>
        <translation>Nothing is printed or saved yet. Every version you print or save is kept here, so that you can make the same copy again.</translation>
    </message>
    <message>
        <source>Save cop&amp;y as PDF…</source>
        <translation>Save cop&amp;y as PDF…</translation>
    </message>
    <message>
        <source>Saves the chosen version exactly as it was printed then.</source>
        <translation>Saves the chosen version exactly as it was printed then.</translation>
    </message>
    <message>
        <source>Choose the version to save.</source>
        <translation>Choose the version to save.</translation>
    </message>
    <message>
        <source>A copy of version %1 is saved as %2.</source>
        <translation>A copy of version %1 is saved as %2.</translation>
    </message>
    <message>
        <source>Version %1.pdf</source>
        <translation>Version %1.pdf</translation>
    </message>
    <message>
        <source>Save a copy as PDF</source>
        <translation>Save a copy as PDF</translation>
    </message>
</context>
<context>
    <name>traject::WelcomePage</name>
    <message>
        <source>Your data is kept in one file on this computer only:
%1
A checked backup goes into %2 each time the program opens and once a day. Nothing is sent anywhere. Uninstalling the program leaves these files where they are.</source>
        <translation>Your data is kept in one file on this computer only:
%1
A checked backup goes into %2 each time the program opens and once a day. Nothing is sent anywhere. Uninstalling the program leaves these files where they are.</translation>
    </message>
    <message>
        <source>Welcome to Trajectplanner</source>
        <translation>Welcome to Trajectplanner</translation>
    </message>
    <message>
        <source>Your caseload is still empty. Start with an empty file and add your first learner, or look around first with a demo caseload of made-up learners.</source>
        <translation>Your caseload is still empty. Start with an empty file and add your first learner, or look around first with a demo caseload of made-up learners.</translation>
    </message>
    <message>
        <source>Start with an empty caseload</source>
        <translation>Start with an empty caseload</translation>
    </message>
    <message>
        <source>Start with demo data</source>
        <translation>Start with demo data</translation>
    </message>
    <message>
        <source>The file is encrypted: without your passphrase or the recovery sheet nobody can read it. Keep the recovery sheet in the safe of your organisation.</source>
        <translation>The file is encrypted: without your passphrase or the recovery sheet nobody can read it. Keep the recovery sheet in the safe of your organisation.</translation>
    </message>
    <message>
        <source>The file is not encrypted: whoever has this laptop or a backup can read it. File &gt; Encrypt… encrypts it before you add real learners.</source>
        <translation>The file is not encrypted: whoever has this laptop or a backup can read it. File &gt; Encrypt… encrypts it before you add real learners.</translation>
    </message>
    <message>
        <source>Your caseload is still empty: add your first learner. Made-up learners never go into this encrypted file; the demo caseload has a file of its own (trajectplanner --demo).</source>
        <translation>Your caseload is still empty: add your first learner. Made-up learners never go into this encrypted file; the demo caseload has a file of its own (trajectplanner --demo).</translation>
    </message>
</context>
<context>
    <name>traject::editor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SpocContact</name>
    <message>
        <source>This phone number is not valid: type at least 9 digits, for example 0470 12 34 56.</source>
        <translation>This phone number is not valid: type at least 9 digits, for example 0470 12 34 56.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid, for example naam@organisatie.be.</source>
        <translation>This e-mail address is not valid, for example naam@organisatie.be.</translation>
    </message>
    <message>
        <source>Fill in your name too: plans and sheets print it with these details.</source>
        <translation>Fill in your name too: plans and sheets print it with these details.</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>phone %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
</context>
<context>
    <name>traject::NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <source>Trajectplanner contains software of others. Their licences ask that their notices travel with the program; here they are, as their authors wrote them.</source>
        <translation>Trajectplanner contains software of others. Their licences ask that their notices travel with the program; here they are, as their authors wrote them.</translation>
    </message>
    <message>
        <source>Licence notices</source>
        <translation>Licence notices</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>This database has no passphrase slot.</source>
        <translation>This database has no passphrase slot.</translation>
    </message>
    <message>
        <source>This database has no recovery key.</source>
        <translation>This database has no recovery key.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase.</source>
        <translation>There is not enough memory to check the passphrase.</translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation>The key file is damaged.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>The passphrase is not right.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>The recovery key is not right.</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits, in 8 groups of 4.</source>
        <translation>A recovery key has 32 letters and digits, in 8 groups of 4.</translation>
    </message>
    <message>
        <source>The key file is damaged or is not a key file of Trajectplanner.</source>
        <translation>The key file is damaged or is not a key file of Trajectplanner.</translation>
    </message>
    <message>
        <source>The key file was made by a newer Trajectplanner.</source>
        <translation>The key file was made by a newer Trajectplanner.</translation>
    </message>
    <message>
        <source>The key file %1 is missing.</source>
        <translation>The key file %1 is missing.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The database %1 is encrypted and not unlocked.</source>
        <translation>The database %1 is encrypted and not unlocked.</translation>
    </message>
    <message>
        <source>The database %1 could not be keyed.</source>
        <translation>The database %1 could not be keyed.</translation>
    </message>
    <message>
        <source>The database %1 exists already; it can be encrypted, not made anew.</source>
        <translation>The database %1 exists already; it can be encrypted, not made anew.</translation>
    </message>
    <message>
        <source>The key of %1 has an unexpected size.</source>
        <translation>The key of %1 has an unexpected size.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>The database %1 is encrypted already.</source>
        <translation>The database %1 is encrypted already.</translation>
    </message>
    <message>
        <source>The file %1 is not a Trajectplanner database that can be encrypted; it was left unchanged.</source>
        <translation>The file %1 is not a Trajectplanner database that can be encrypted; it was left unchanged.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is there already.</source>
        <translation>The key file %1 is there already.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>The key file %1 cannot be written.</translation>
    </message>
    <message>
        <source>There is no key file in %1 to put back.</source>
        <translation>There is no key file in %1 to put back.</translation>
    </message>
    <message>
        <source>The key files of the backups do not open %1: it was encrypted with another key.</source>
        <translation>The key files of the backups do not open %1: it was encrypted with another key.</translation>
    </message>
    <message>
        <source>The recovery key is not right.</source>
        <translation>The recovery key is not right.</translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation>The passphrase is not right.</translation>
    </message>
</context>
<context>
    <name>traject::PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock is on.</translation>
    </message>
    <message>
        <source>Shows the passphrase on the screen; make sure nobody looks along.</source>
        <translation>Shows the passphrase on the screen; make sure nobody looks along.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Strength: too short. Use at least %1 characters.</source>
        <translation>Strength: too short. Use at least %1 characters.</translation>
    </message>
    <message>
        <source>Strength: weak. Make it longer, for example four ordinary words that do not belong together.</source>
        <translation>Strength: weak. Make it longer, for example four ordinary words that do not belong together.</translation>
    </message>
    <message>
        <source>Strength: good.</source>
        <translation>Strength: good.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Strength: strong.</translation>
    </message>
</context>
<context>
    <name>traject::NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>New &amp;passphrase:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Type it &amp;again:</translation>
    </message>
    <message>
        <source>Type a new passphrase.</source>
        <translation>Type a new passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>Type the new passphrase a second time, to be sure of it.</source>
        <translation>Type the new passphrase a second time, to be sure of it.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
    <message>
        <source>At least %1 characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>At least %1 characters. A few ordinary words in a row are easy to remember and hard to guess.</translation>
    </message>
</context>
<context>
    <name>traject::UnlockDialog</name>
    <message>
        <source>Open the database</source>
        <translation>Open the database</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Type your passphrase to open it.</source>
        <translation>The database %1 is encrypted. Type your passphrase to open it.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>Use the &amp;recovery key…</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Type your passphrase first.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>That passphrase is not right. Try again.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>That passphrase is not right. You can try again in %n second.</numerusform>
            <numerusform>That passphrase is not right. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traject::RecoveryKeyDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation>Use the recovery key</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Type the recovery key from the recovery sheet (small or capital letters, with or without dashes). Then choose a new passphrase.</source>
        <translation>Forgot the passphrase? Type the recovery key from the recovery sheet (small or capital letters, with or without dashes). Then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Opening the database and storing the new passphrase…</source>
        <translation>Opening the database and storing the new passphrase…</translation>
    </message>
    <message>
        <source>&amp;Open and set the passphrase</source>
        <translation>&amp;Open and set the passphrase</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits in 8 groups of 4, as on the recovery sheet. Check what you typed.</source>
        <translation>A recovery key has 32 letters and digits in 8 groups of 4, as on the recovery sheet. Check what you typed.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database. Check it against the recovery sheet of this database.</source>
        <translation>This recovery key does not open this database. Check it against the recovery sheet of this database.</translation>
    </message>
</context>
<context>
    <name>traject::NewPassphraseDialog</name>
    <message>
        <source>A new database</source>
        <translation>A new database</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <source>Trajectplanner keeps the data of your learners in one file on this computer:
%1
The file is encrypted. Choose a passphrase: you type it each time you open Trajectplanner.</source>
        <translation>Trajectplanner keeps the data of your learners in one file on this computer:
%1
The file is encrypted. Choose a passphrase: you type it each time you open Trajectplanner.</translation>
    </message>
    <message>
        <source>Encrypting makes the file
%1
and the backups in its backups folder unreadable without the passphrase or the recovery sheet. Choose a passphrase: you type it each time you open Trajectplanner.</source>
        <translation>Encrypting makes the file
%1
and the backups in its backups folder unreadable without the passphrase or the recovery sheet. Choose a passphrase: you type it each time you open Trajectplanner.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without the passphrase or the recovery sheet nobody can open this data, not even the makers of Trajectplanner.&lt;/b&gt; Next you get a recovery sheet to print or save: keep it in the safe of your organisation, never with the laptop.</source>
        <translation>&lt;b&gt;Without the passphrase or the recovery sheet nobody can open this data, not even the makers of Trajectplanner.&lt;/b&gt; Next you get a recovery sheet to print or save: keep it in the safe of your organisation, never with the laptop.</translation>
    </message>
    <message>
        <source>What encrypting cannot reach: copies of this file made elsewhere (on a USB stick, in an e-mail, in a cloud folder) stay readable, so remove them yourself. On an SSD, pieces of the old readable file can stay on the disk until they are written over; only encryption of the whole disk (BitLocker, FileVault) prevents that. The file is closed while it is being encrypted; Trajectplanner opens it again afterwards.</source>
        <translation>What encrypting cannot reach: copies of this file made elsewhere (on a USB stick, in an e-mail, in a cloud folder) stay readable, so remove them yourself. On an SSD, pieces of the old readable file can stay on the disk until they are written over; only encryption of the whole disk (BitLocker, FileVault) prevents that. The file is closed while it is being encrypted; Trajectplanner opens it again afterwards.</translation>
    </message>
    <message>
        <source>&amp;Make the database</source>
        <translation>&amp;Make the database</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <source>Look around with &amp;demo data first</source>
        <translation>Look around with &amp;demo data first</translation>
    </message>
    <message>
        <source>Opens a separate demo database with made-up learners. It is not encrypted, as it holds no real people.</source>
        <translation>Opens a separate demo database with made-up learners. It is not encrypted, as it holds no real people.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>traject::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. The recovery sheet keeps working.</source>
        <translation>Type the passphrase you use now, then the new one twice. The recovery sheet keeps working.</translation>
    </message>
    <message>
        <source>Checking and storing the passphrase…</source>
        <translation>Checking and storing the passphrase…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Change the passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>Type the passphrase you use now.</source>
        <translation>Type the passphrase you use now.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the one you use now.</source>
        <translation>The new passphrase is the same as the one you use now.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>The current passphrase is not right. Nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>The passphrase was not changed: %1</translation>
    </message>
</context>
<context>
    <name>traject::RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>This is the recovery key of
%1
With it the data opens when nobody knows the passphrase any more. Print the recovery sheet now, or save it as a PDF and print that. Keep the sheet in the safe of your organisation, never with the laptop.</source>
        <translation>This is the recovery key of
%1
With it the data opens when nobody knows the passphrase any more. Print the recovery sheet now, or save it as a PDF and print that. Keep the sheet in the safe of your organisation, never with the laptop.</translation>
    </message>
    <message>
        <source>A saved PDF holds the key in readable form: print it, then delete the file (also from the recycle bin).</source>
        <translation>A saved PDF holds the key in readable form: print it, then delete the file (also from the recycle bin).</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>The recovery sheet was not saved: %1</source>
        <translation>The recovery sheet was not saved: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>The recovery sheet went to the printer.</source>
        <translation>The recovery sheet went to the printer.</translation>
    </message>
    <message>
        <source>Recovery sheet %1.pdf</source>
        <translation>Recovery sheet %1.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The recovery sheet is not printed or saved yet. Without it, a forgotten passphrase means the data is lost for good. Close anyway?</source>
        <translation>The recovery sheet is not printed or saved yet. Without it, a forgotten passphrase means the data is lost for good. Close anyway?</translation>
    </message>
</context>
<context>
    <name>traject::EncryptionBar</name>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Encrypt…</translation>
    </message>
    <message>
        <source>This is the demo database with made-up learners. It is not encrypted, as it holds no real people.</source>
        <translation>This is the demo database with made-up learners. It is not encrypted, as it holds no real people.</translation>
    </message>
    <message>
        <source>This file is not encrypted. Whoever has this laptop or a backup can read the data of your learners.</source>
        <translation>This file is not encrypted. Whoever has this laptop or a backup can read the data of your learners.</translation>
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
        <translation>The new database cannot be encrypted: %1</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>Encrypting the database and its backups…</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <source>The database was not encrypted: %1
It is as it was.</source>
        <translation>The database was not encrypted: %1
It is as it was.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted now.</source>
        <translation>The database %1 is encrypted now.</translation>
    </message>
    <message numerus="yes">
        <source>Backups encrypted: %n. Their readable versions are gone.</source>
        <translation>
            <numerusform>Backups encrypted: %n. Its readable version is gone.</numerusform>
            <numerusform>Backups encrypted: %n. Their readable versions are gone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not encrypted, left as they were:
%1</source>
        <translation>Not encrypted, left as they were:
%1</translation>
    </message>
    <message>
        <source>Not reached: copies of the file made elsewhere (USB stick, e-mail, cloud folder) stay readable; remove them yourself. On an SSD, pieces of the old readable file can stay on the disk until they are written over.</source>
        <translation>Not reached: copies of the file made elsewhere (USB stick, e-mail, cloud folder) stay readable; remove them yourself. On an SSD, pieces of the old readable file can stay on the disk until they are written over.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>The passphrase is changed. From now on you open Trajectplanner with the new passphrase. The recovery sheet still works.</source>
        <translation>The passphrase is changed. From now on you open Trajectplanner with the new passphrase. The recovery sheet still works.</translation>
    </message>
    <message>
        <source>New recovery sheet</source>
        <translation>New recovery sheet</translation>
    </message>
    <message>
        <source>A new recovery sheet comes with a new recovery key. The old sheet stops working at once: destroy it once the new one is in the safe. Make a new recovery sheet?</source>
        <translation>A new recovery sheet comes with a new recovery key. The old sheet stops working at once: destroy it once the new one is in the safe. Make a new recovery sheet?</translation>
    </message>
    <message>
        <source>No new recovery key was made: %1
The old sheet still works.</source>
        <translation>No new recovery key was made: %1
The old sheet still works.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted, but its key file %2 is missing. Each backup has a copy of it: type your passphrase, and the program puts back the copy that opens the database.</source>
        <translation>The database %1 is encrypted, but its key file %2 is missing. Each backup has a copy of it: type your passphrase, and the program puts back the copy that opens the database.</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>The key file of %1 was missing; it is put back from %2.</source>
        <translation>The key file of %1 was missing; it is put back from %2.</translation>
    </message>
</context>
<context>
    <name>ErasureRegister</name>
    <message>
        <source>The register of erased learners %1 cannot be read.</source>
        <translation>The register of erased learners %1 cannot be read.</translation>
    </message>
    <message>
        <source>The register of erased learners %1 is damaged. Restore it from where you keep copies of the database folder before you restore a backup.</source>
        <translation>The register of erased learners %1 is damaged. Restore it from where you keep copies of the database folder before you restore a backup.</translation>
    </message>
    <message>
        <source>The register of erased learners %1 is damaged.</source>
        <translation>The register of erased learners %1 is damaged.</translation>
    </message>
    <message>
        <source>The erasure could not be written in the register %1: %2</source>
        <translation>The erasure could not be written in the register %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangePhase</name>
    <message>
        <source>Change the phase of %1 to &quot;%2&quot;</source>
        <translation>Change the phase of %1 to &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>FinishIntake</name>
    <message>
        <source>Finish intake</source>
        <translation>Finish intake</translation>
    </message>
</context>
<context>
    <name>PlanRetake</name>
    <message>
        <source>Plan a retake of %1</source>
        <translation>Plan a retake of %1</translation>
    </message>
    <message>
        <source>The retake was not stored.</source>
        <translation>The retake was not stored.</translation>
    </message>
</context>
<context>
    <name>ImportLearners</name>
    <message>
        <source>Import learners</source>
        <translation>Import learners</translation>
    </message>
    <message>
        <source>Import learners from %1</source>
        <translation>Import learners from %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>PlanAftercareContacts</name>
    <message numerus="yes">
        <source>Plan %n aftercare contact(s)</source>
        <translation>
            <numerusform>Plan %n aftercare contact</numerusform>
            <numerusform>Plan %n aftercare contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePlacementDays</name>
    <message numerus="yes">
        <source>Generate %n placement day(s)</source>
        <translation>
            <numerusform>Generate %n placement day</numerusform>
            <numerusform>Generate %n placement days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EsfCatalogue</name>
    <message>
        <source>An answer of &quot;%1&quot; has an empty, repeated or invalid code, or no Dutch label.</source>
        <translation>An answer of &quot;%1&quot; has an empty, repeated or invalid code, or no Dutch label.</translation>
    </message>
    <message>
        <source>The list of ESF+ indicators cannot be read.</source>
        <translation>The list of ESF+ indicators cannot be read.</translation>
    </message>
    <message>
        <source>An ESF+ indicator has no key, a repeated key or an unknown moment (&quot;%1&quot;).</source>
        <translation>An ESF+ indicator has no key, a repeated key or an unknown moment (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The answer &quot;%1&quot; of &quot;%2&quot; is one every indicator has already.</source>
        <translation>The answer &quot;%1&quot; of &quot;%2&quot; is one every indicator has already.</translation>
    </message>
    <message>
        <source>The ESF+ indicator &quot;%1&quot; has no Dutch label or no answers.</source>
        <translation>The ESF+ indicator &quot;%1&quot; has no Dutch label or no answers.</translation>
    </message>
    <message>
        <source>The list of ESF+ indicators is empty.</source>
        <translation>The list of ESF+ indicators is empty.</translation>
    </message>
</context>
<context>
    <name>EsfAnswer</name>
    <message>
        <source>&quot;%1&quot; is not an ESF+ indicator.</source>
        <translation>&quot;%1&quot; is not an ESF+ indicator.</translation>
    </message>
    <message>
        <source>Choose an answer, or &quot;Refuses to answer&quot;.</source>
        <translation>Choose an answer, or &quot;Refuses to answer&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not an answer to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A refusal or &quot;unknown&quot; cannot go with another answer.</source>
        <translation>A refusal or &quot;unknown&quot; cannot go with another answer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes one answer.</source>
        <translation>&quot;%1&quot; takes one answer.</translation>
    </message>
    <message>
        <source>An answer is given twice.</source>
        <translation>An answer is given twice.</translation>
    </message>
    <message>
        <source>Record the day the question was asked, also when it was refused.</source>
        <translation>Record the day the question was asked, also when it was refused.</translation>
    </message>
    <message>
        <source>The day it was asked lies in the future.</source>
        <translation>The day it was asked lies in the future.</translation>
    </message>
</context>
<context>
    <name>EsfRepository</name>
    <message>
        <source>This learner does not exist (number %1).</source>
        <translation>This learner does not exist (number %1).</translation>
    </message>
</context>
<context>
    <name>RecordEsfAnswer</name>
    <message>
        <source>Record ESF+ &quot;%1&quot;</source>
        <translation>Record ESF+ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clear ESF+ &quot;%1&quot;</source>
        <translation>Clear ESF+ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>traject::EsfEditor</name>
    <message>
        <source>The results are recorded once the learner has left the trajectory (outflow or stopped): on leaving, and six months later.</source>
        <translation>The results are recorded once the learner has left the trajectory (outflow or stopped): on leaving, and six months later.</translation>
    </message>
    <message>
        <source>%1: asked on</source>
        <translation>%1: asked on</translation>
    </message>
    <message>
        <source>The day the question was asked, also when the learner did not answer</source>
        <translation>The day the question was asked, also when the learner did not answer</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>asked on</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposed: %1</translation>
    </message>
</context>
<context>
    <name>EsfReport</name>
    <message>
        <source>ESF+: ask the situation six months after leaving (employed, or a better labour-market situation) and record it in the profile.</source>
        <translation>ESF+: ask the situation six months after leaving (employed, or a better labour-market situation) and record it in the profile.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Age at entry</source>
        <translation>Age at entry</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>under 18</translation>
    </message>
    <message>
        <source>18 to 29</source>
        <translation>18 to 29</translation>
    </message>
    <message>
        <source>30 to 54</source>
        <translation>30 to 54</translation>
    </message>
    <message>
        <source>55 or older</source>
        <translation>55 or older</translation>
    </message>
    <message>
        <source>Birth date unknown</source>
        <translation>Birth date unknown</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <source>Six months not passed yet</source>
        <translation>Six months not passed yet</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Give the first and the last day of the period.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
</context>
<context>
    <name>traject::EsfReportDialog</name>
    <message>
        <source>ESF+ report</source>
        <translation>ESF+ report</translation>
    </message>
    <message>
        <source>The PDF is the summary, counts only. The CSV has one row per participant, with names and national register numbers, for the ESF application: keep it as safe as the dossier. Each file saved is written in the audit log.</source>
        <translation>The PDF is the summary, counts only. The CSV has one row per participant, with names and national register numbers, for the ESF application: keep it as safe as the dossier. Each file saved is written in the audit log.</translation>
    </message>
    <message>
        <source>ESF+ report %1 to %2</source>
        <translation>ESF+ report %1 to %2</translation>
    </message>
    <message>
        <source>Save the ESF+ report</source>
        <translation>Save the ESF+ report</translation>
    </message>
</context>
<context>
    <name>MlpSummary</name>
    <message>
        <source>There is no learner with number %1.</source>
        <translation>There is no learner with number %1.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>National register or bis number</source>
        <translation>National register or bis number</translation>
    </message>
    <message>
        <source>VDAB client number</source>
        <translation>VDAB client number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Consent to share with VDAB</source>
        <translation>Consent to share with VDAB</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>none recorded: ask for it before anything is shared with VDAB</source>
        <translation>none recorded: ask for it before anything is shared with VDAB</translation>
    </message>
    <message>
        <source>Guidance by the SPOC</source>
        <translation>Guidance by the SPOC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Pre-trajectory</source>
        <translation>Pre-trajectory</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 of %2 modules passed</source>
        <translation>%1 of %2 modules passed</translation>
    </message>
    <message>
        <source>Work-place learning</source>
        <translation>Work-place learning</translation>
    </message>
    <message>
        <source>%1 of %2 days worked, %3 hours</source>
        <translation>%1 of %2 days worked, %3 hours</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
</context>
<context>
    <name>traject::MlpSummaryDialog</name>
    <message>
        <source>MLP summary</source>
        <translation>MLP summary</translation>
    </message>
    <message>
        <source>MLP summary: %1</source>
        <translation>MLP summary: %1</translation>
    </message>
    <message>
        <source>What to type into &quot;Mijn Loopbaan voor partners&quot;, block by block. Each button copies its block to paste.</source>
        <translation>What to type into &quot;Mijn Loopbaan voor partners&quot;, block by block. Each button copies its block to paste.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy &quot;%1&quot;</source>
        <translation>Copy &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copy &amp;all</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>the whole summary</source>
        <translation>the whole summary</translation>
    </message>
    <message>
        <source>MLP summary %1</source>
        <translation>MLP summary %1</translation>
    </message>
    <message>
        <source>Save the MLP summary</source>
        <translation>Save the MLP summary</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>Copied: %1.</translation>
    </message>
</context>
<context>
    <name>traject::ChartNumbers</name>
    <message>
        <source>Show the numbers</source>
        <translation>Show the numbers</translation>
    </message>
    <message>
        <source>Hide the numbers</source>
        <translation>Hide the numbers</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: the numbers</translation>
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
