<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n entry exported to {path}.</numerusform>
            <numerusform>%n entries exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BcpDialogs</name>
    <message numerus="yes">
        <source>Next: {number} (range {range}; %n left)</source>
        <translation>
            <numerusform>Next: {number} (range {range}; %n left)</numerusform>
            <numerusform>Next: {number} (range {range}; %n left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContinuityBanner</name>
    <message numerus="yes">
        <source>%n messages waiting; they go out when it is back</source>
        <translation>
            <numerusform>%n message waiting; it goes out when it is back</numerusform>
            <numerusform>%n messages waiting; they go out when it is back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more incidents</source>
        <translation>
            <numerusform>… and %n more incident</numerusform>
            <numerusform>… and %n more incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more paper movements</source>
        <translation>
            <numerusform>… and %n more paper movement</numerusform>
            <numerusform>… and %n more paper movements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endorsed paper documents are due at the office of destination</source>
        <translation>
            <numerusform>%n endorsed paper document is due at the office of destination</numerusform>
            <numerusform>%n endorsed paper documents are due at the office of destination</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue:</source>
        <translation>
            <numerusform>, %n overdue:</numerusform>
            <numerusform>, %n overdue:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContinuityWindow</name>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incident</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement on paper, {waiting} not presented yet</source>
        <translation>
            <numerusform>%n movement on paper, {waiting} not presented yet</numerusform>
            <numerusform>%n movement on paper, {waiting} not presented yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movements on paper, {waiting} not presented yet</source>
        <translation>
            <numerusform>%n movement on paper, {waiting} not presented yet</numerusform>
            <numerusform>%n movements on paper, {waiting} not presented yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last %n months</source>
        <translation>
            <numerusform>the last %n month</numerusform>
            <numerusform>the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer during this outage: &lt;b&gt;Pending declarations&lt;/b&gt; (Ctrl+Shift+P) lists them, to withdraw.</source>
        <translation>
            <numerusform>%n message queued or sent without an answer during this outage: &lt;b&gt;Pending declarations&lt;/b&gt; (Ctrl+Shift+P) lists it, to withdraw.</numerusform>
            <numerusform>%n messages queued or sent without an answer during this outage: &lt;b&gt;Pending declarations&lt;/b&gt; (Ctrl+Shift+P) lists them, to withdraw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer between {start} and {end}.</source>
        <translation>
            <numerusform>%n message queued or sent without an answer between {start} and {end}.</numerusform>
            <numerusform>%n messages queued or sent without an answer between {start} and {end}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember. It also seals the access codes you store: nobody can read them without it, and a forgotten password cannot be recovered.</source>
        <translation>
            <numerusform>At least %n character; a short sentence is easy to remember. It also seals the access codes you store: nobody can read them without it, and a forgotten password cannot be recovered.</numerusform>
            <numerusform>At least %n characters; a short sentence is easy to remember. It also seals the access codes you store: nobody can read them without it, and a forgotten password cannot be recovered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message numerus="yes">
        <source>{warning} — and %n more</source>
        <translation>
            <numerusform>{warning} — and %n more</numerusform>
            <numerusform>{warning} — and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates need attention:</source>
        <translation>
            <numerusform>%n certificate needs attention:</numerusform>
            <numerusform>%n certificates need attention:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message numerus="yes">
        <source>%n access code(s) stored before user accounts</source>
        <translation>
            <numerusform>%n access code stored before user accounts</numerusform>
            <numerusform>%n access codes stored before user accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the private key of %n participant certificate(s)</source>
        <translation>
            <numerusform>the private key of %n participant certificate</numerusform>
            <numerusform>the private key of %n participant certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing message(s)</source>
        <translation>
            <numerusform>%n outgoing message</numerusform>
            <numerusform>%n outgoing messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>None of the %n selected guarantees can be sent. {reason}</source>
        <translation>
            <numerusform>None of the %n selected guarantees can be sent. {reason}</numerusform>
            <numerusform>None of the %n selected guarantees can be sent. {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n guarantee(s) and their access codes will be deleted too:</source>
        <translation>
            <numerusform>Its %n guarantee and their access codes will be deleted too:</numerusform>
            <numerusform>Its %n guarantees and their access codes will be deleted too:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guarantee(s) with their access codes?</source>
        <translation>
            <numerusform>Delete %n guarantee with their access codes?</numerusform>
            <numerusform>Delete %n guarantees with their access codes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) deleted.</source>
        <translation>
            <numerusform>%n guarantee deleted.</numerusform>
            <numerusform>%n guarantees deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the access code registration for %n guarantees to customs?</source>
        <translation>
            <numerusform>Send the access code registration for %n guarantee to customs?</numerusform>
            <numerusform>Send the access code registration for %n guarantees to customs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected guarantees cannot be registered and are left out:</source>
        <translation>
            <numerusform>%n of the selected guarantees cannot be registered and is left out:</numerusform>
            <numerusform>%n of the selected guarantees cannot be registered and are left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{blocked} of the %n selected guarantees cannot be sent the {what}. Nothing has been queued yet.</source>
        <translation>
            <numerusform>{blocked} of the %n selected guarantees cannot be sent the {what}. Nothing has been queued yet.</numerusform>
            <numerusform>{blocked} of the %n selected guarantees cannot be sent the {what}. Nothing has been queued yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the {what} for the other %n?</source>
        <translation>
            <numerusform>Send the {what} for the other %n?</numerusform>
            <numerusform>Send the {what} for the other %n?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send for %n</source>
        <translation>
            <numerusform>&amp;Send for %n</numerusform>
            <numerusform>&amp;Send for %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} queued for {grns} and %n more; sending in the background.</source>
        <translation>
            <numerusform>{what} queued for {grns} and %n more; sending in the background.</numerusform>
            <numerusform>{what} queued for {grns} and %n more; sending in the background.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guarantees</source>
        <translation>
            <numerusform>%n guarantee</numerusform>
            <numerusform>%n guarantees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery receipt(s)</source>
        <translation>
            <numerusform>%n delivery receipt</numerusform>
            <numerusform>%n delivery receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied to the records</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n applied to the records</numerusform>
            <numerusform>%n applied to the records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n unmatched</numerusform>
            <numerusform>%n unmatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n duplicate ignored</numerusform>
            <numerusform>%n duplicates ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to be sent again later</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n to be sent again later</numerusform>
            <numerusform>%n to be sent again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still without an answer: see Messages ▸ Receipts and responses.</source>
        <translation>
            <numerusform>%n message still without an answer: see Messages ▸ Receipts and responses.</numerusform>
            <numerusform>%n messages still without an answer: see Messages ▸ Receipts and responses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problem: {problem} (and %n more)</source>
        <translation>
            <numerusform>Problem: {problem} (and %n more)</numerusform>
            <numerusform>Problem: {problem} (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secondary codes</source>
        <translation>
            <numerusform>%n secondary code</numerusform>
            <numerusform>%n secondary codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more operations.</source>
        <translation>
            <numerusform>… and %n more operation.</numerusform>
            <numerusform>… and %n more operations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n operation(s)</source>
        <translation>
            <numerusform>{title}: %n operation</numerusform>
            <numerusform>{title}: %n operations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored</source>
        <comment>secondary codes</comment>
        <translation>
            <numerusform>%n stored</numerusform>
            <numerusform>%n stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesWindow</name>
    <message numerus="yes">
        <source>%n message</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message matches the filters</source>
        <translation>
            <numerusform>%n message matches the filters</numerusform>
            <numerusform>%n message matches the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages match the filters</source>
        <translation>
            <numerusform>%n message matches the filters</numerusform>
            <numerusform>%n messages match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n message(s) sent to customs have had no answer for more than {hours} hours (highlighted in orange). Check the gateway, or ask customs whether they arrived.</source>
        <translation>
            <numerusform>⚠ %n message sent to customs has had no answer for more than {hours} hours (highlighted in orange). Check the gateway, or ask customs whether it arrived.</numerusform>
            <numerusform>⚠ %n messages sent to customs have had no answer for more than {hours} hours (highlighted in orange). Check the gateway, or ask customs whether they arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n received message(s) are quarantined or unmatched (highlighted): they were not applied to the records. Open one to see why.</source>
        <translation>
            <numerusform>⚠ %n received message is quarantined or unmatched (highlighted): it was not applied to the records. Open it to see why.</numerusform>
            <numerusform>⚠ %n received messages are quarantined or unmatched (highlighted): they were not applied to the records. Open one to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message numerus="yes">
        <source>%n message(s) went out</source>
        <translation>
            <numerusform>%n message went out</numerusform>
            <numerusform>%n messages went out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{went}, the %n urgent one(s) first</source>
        <translation>
            <numerusform>{went}, the %n urgent one first</numerusform>
            <numerusform>{went}, the %n urgent ones first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{went}; %n still wait(s)</source>
        <translation>
            <numerusform>{went}; %n still wait</numerusform>
            <numerusform>{went}; %n still waits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for it and go</source>
        <translation>
            <numerusform>%n message waits for it and goes</numerusform>
            <numerusform>%n messages wait for it and go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message numerus="yes">
        <source>%n offices with role {role} valid today</source>
        <translation>
            <numerusform>%n office with role {role} valid today</numerusform>
            <numerusform>%n offices with role {role} valid today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryPeriod</name>
    <message numerus="yes">
        <source>Ask customs which transit operations used the %n guarantees in this period.</source>
        <translation>
            <numerusform>Ask customs which transit operations used the guarantee in this period.</numerusform>
            <numerusform>Ask customs which transit operations used the %n guarantees in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n guarantee(s) use it; they will have no communication parameters until you choose others.</source>
        <translation>
            <numerusform>%n guarantee uses it; it will have no communication parameters until you choose others.</numerusform>
            <numerusform>%n guarantees use it; they will have no communication parameters until you choose others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SumaEditor</name>
    <message numerus="yes">
        <source>{confirmed} of %n positions confirmed</source>
        <translation>
            <numerusform>{confirmed} of %n positions confirmed</numerusform>
            <numerusform>{confirmed} of %n positions confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position matches the search</source>
        <translation>
            <numerusform>%n position matches the search</numerusform>
            <numerusform>%n position matches the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positions match the search</source>
        <translation>
            <numerusform>%n position matches the search</numerusform>
            <numerusform>%n positions match the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positions</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change was not stored: %n problem(s)</source>
        <translation>
            <numerusform>The change was not stored: %n problem</numerusform>
            <numerusform>The change was not stored: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) copied with a header row.</source>
        <translation>
            <numerusform>%n position copied with a header row.</numerusform>
            <numerusform>%n positions copied with a header row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored, {left_out} left out with {problems} problem(s) — put them right and paste those rows again</source>
        <translation>
            <numerusform>Pasted %n row: {stored} stored, {left_out} left out with {problems} problem — put them right and paste those rows again</numerusform>
            <numerusform>Pasted %n rows: {stored} stored, {left_out} left out with {problems} problems — put them right and paste those rows again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored</source>
        <translation>
            <numerusform>Pasted %n row: {stored} stored</numerusform>
            <numerusform>Pasted %n rows: {stored} stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message} cannot be sent: %n problem(s)</source>
        <translation>
            <numerusform>{message} cannot be sent: %n problem</numerusform>
            <numerusform>{message} cannot be sent: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s), confirming {confirmed}; status afterwards: {status}.</source>
        <translation>
            <numerusform>Check passed: {message} carries %n position, confirming {confirmed}; status afterwards: {status}.</numerusform>
            <numerusform>Check passed: {message} carries %n positions, confirming {confirmed}; status afterwards: {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s); status afterwards: {status}.</source>
        <translation>
            <numerusform>Check passed: {message} carries %n position; status afterwards: {status}.</numerusform>
            <numerusform>Check passed: {message} carries %n positions; status afterwards: {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message} was not sent: %n problem(s)</source>
        <translation>
            <numerusform>{message} was not sent: %n problem</numerusform>
            <numerusform>{message} was not sent: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SumaWindow</name>
    <message numerus="yes">
        <source>%n declaration</source>
        <translation>
            <numerusform>%n declaration</numerusform>
            <numerusform>%n declaration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations</source>
        <translation>
            <numerusform>%n declaration</numerusform>
            <numerusform>%n declarations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be read; nothing was stored.</source>
        <translation>
            <numerusform>%n value cannot be read; nothing was stored.</numerusform>
            <numerusform>%n values cannot be read; nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} imported: %n position(s).</source>
        <translation>
            <numerusform>{file} imported: %n position.</numerusform>
            <numerusform>{file} imported: %n positions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message numerus="yes">
        <source>At least %n characters, and not the login name.</source>
        <translation>
            <numerusform>At least %n character, and not the login name.</numerusform>
            <numerusform>At least %n characters, and not the login name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message numerus="yes">
        <source>%n secondary access code(s)</source>
        <translation>
            <numerusform>%n secondary access code</numerusform>
            <numerusform>%n secondary access codes</numerusform>
        </translation>
    </message>
</context>
</TS>
