<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CustomsDesk</source>
        <translation>Über CustomsDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CustomsDesk&lt;/b&gt; — organisations, NCTS guarantees, access codes and customs messages.&lt;br&gt;For a support request, &lt;i&gt;Copy&lt;/i&gt; these details and paste them into your message.</source>
        <translation>&lt;b&gt;CustomsDesk&lt;/b&gt; — Organisationen, NCTS-Sicherheiten, Zugangscodes und Zollnachrichten.&lt;br&gt;Für eine Supportanfrage &lt;i&gt;kopieren&lt;/i&gt; Sie diese Angaben und fügen Sie sie in Ihre Nachricht ein.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the version, the folders and the files to the clipboard</source>
        <translation>Version, Ordner und Dateien in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>CustomsDesk — {user}, {role}</source>
        <translation>CustomsDesk — {user}, {role}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>{role}, {level} access</source>
        <translation>{role}, Zugriffsstufe {level}</translation>
    </message>
    <message>
        <source>The demo added these users:</source>
        <translation>Die Demo hat diese Benutzer angelegt:</translation>
    </message>
    <message>
        <source>Each signs in with the password &lt;b&gt;{password}&lt;/b&gt;</source>
        <translation>Alle melden sich mit dem Passwort &lt;b&gt;{password}&lt;/b&gt; an</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demo-Konten</translation>
    </message>
    <message>
        <source>You stay signed in as {user}. To see the register as one of them, use Account ▸ Sign out: each sees only the organisations they represent.</source>
        <translation>Sie bleiben als {user} angemeldet. Um das Register als einer dieser Benutzer zu sehen, verwenden Sie Konto ▸ Abmelden: Jeder sieht nur die Organisationen, die er vertritt.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Passwort wählen</translation>
    </message>
    <message>
        <source>{user} now signs in with a password.</source>
        <translation>{user} meldet sich jetzt mit einem Passwort an.</translation>
    </message>
    <message>
        <source>Password changed. Your access codes stay readable.</source>
        <translation>Passwort geändert. Ihre Zugangscodes bleiben lesbar.</translation>
    </message>
    <message>
        <source>{login} has no password yet, so could not sign in again. Choose a password first.</source>
        <translation>{login} hat noch kein Passwort und könnte sich daher nicht wieder anmelden. Wählen Sie zuerst ein Passwort.</translation>
    </message>
    <message>
        <source>&amp;Choose a password…</source>
        <translation>Passwort &amp;wählen…</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>verb: lock the window</comment>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Locked by {user} — sign in to continue</source>
        <translation>Gesperrt von {user} — melden Sie sich an, um fortzufahren</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Locked by {login}.</source>
        <translation>Gesperrt von {login}.</translation>
    </message>
    <message>
        <source>Unlocked: welcome back, {user}.</source>
        <translation>Entsperrt: Willkommen zurück, {user}.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out {user}?</source>
        <translation>{user} abmelden?</translation>
    </message>
    <message>
        <source>Another user can then sign in. Open windows are closed; messages keep being sent and received meanwhile.</source>
        <translation>Danach kann sich ein anderer Benutzer anmelden. Offene Fenster werden geschlossen; Nachrichten werden in der Zwischenzeit weiter gesendet und empfangen.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signed out — sign in to continue</source>
        <translation>Abgemeldet — melden Sie sich an, um fortzufahren</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>{login} signed out.</source>
        <translation>{login} abgemeldet.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Angemeldet als {user}.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Eine Organisation zum Verzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New guarantee…</source>
        <translation>&amp;Neue Sicherheit…</translation>
    </message>
    <message>
        <source>Add a customs guarantee to the selected organisation</source>
        <translation>Eine Zollsicherheit zur ausgewählten Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Customs &amp;guarantees</source>
        <translation>Zoll&amp;sicherheiten</translation>
    </message>
    <message>
        <source>List the guarantees of the selected organisation</source>
        <translation>Die Sicherheiten der ausgewählten Organisation auflisten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Den ausgewählten Datensatz bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Den ausgewählten Datensatz löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the register again from the database</source>
        <translation>Das Verzeichnis erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>&amp;Access code registration</source>
        <translation>&amp;Zugangscode-Registrierung</translation>
    </message>
    <message>
        <source>Register the secondary access codes with customs (E_ACC_COD), using the primary code</source>
        <translation>Die weiteren Zugangscodes mit dem Haupt-Zugangscode beim Zoll registrieren (E_ACC_COD)</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;usage…</source>
        <translation>Sicherheitsabfrage: &amp;Inanspruchnahme…</translation>
    </message>
    <message>
        <source>Ask customs which transit operations used the guarantee in a period (CC034C)</source>
        <translation>Beim Zoll abfragen, welche Versandvorgänge die Sicherheit in einem Zeitraum in Anspruch genommen haben (CC034C)</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;balance</source>
        <translation>Sicherheitsabfrage: &amp;Saldo</translation>
    </message>
    <message>
        <source>Ask customs for the amount in use and the remaining balance (CC034C)</source>
        <translation>Beim Zoll den in Anspruch genommenen und den verfügbaren Betrag abfragen (CC034C)</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;other information</source>
        <translation>Sicherheitsabfrage: &amp;weitere Angaben</translation>
    </message>
    <message>
        <source>Ask customs for the owner, amounts, validity and restrictions (CC034C)</source>
        <translation>Beim Zoll Inhaber, Beträge, Gültigkeit und Beschränkungen abfragen (CC034C)</translation>
    </message>
    <message>
        <source>&amp;Messages for this record</source>
        <translation>Nachrichten zu diesem &amp;Datensatz</translation>
    </message>
    <message>
        <source>The messages sent and received about this guarantee</source>
        <translation>Die zu dieser Sicherheit gesendeten und empfangenen Nachrichten</translation>
    </message>
    <message>
        <source>Receipts and &amp;responses</source>
        <translation>&amp;Quittungen und Antworten</translation>
    </message>
    <message>
        <source>Every message sent to and received from customs</source>
        <translation>Alle an den Zoll gesendeten und vom Zoll empfangenen Nachrichten</translation>
    </message>
    <message>
        <source>Summary &amp;declarations (ATLAS)…</source>
        <translation>Summarische &amp;Anmeldungen (ATLAS)…</translation>
    </message>
    <message>
        <source>German summary declarations for temporary storage (ATLAS CUSPRL): header and positions, checked against the rules and sent to customs</source>
        <translation>Deutsche summarische Anmeldungen für die vorübergehende Verwahrung (ATLAS CUSPRL): Kopf und Positionen, anhand der Regeln geprüft und an den Zoll gesendet</translation>
    </message>
    <message>
        <source>&amp;Continuity: outages and paper movements…</source>
        <translation>&amp;Notfallverfahren: Ausfälle und Papiervorgänge…</translation>
    </message>
    <message>
        <source>The incident log of outages, the movements handled on paper under the business continuity plan with their deadlines, and the share on paper per month</source>
        <translation>Das Störungsprotokoll der Ausfälle, die im Notfallverfahren auf Papier abgewickelten Vorgänge mit ihren Fristen und der monatliche Papieranteil</translation>
    </message>
    <message>
        <source>Customs simulator (&amp;training)</source>
        <translation>Zollsimulator (Sch&amp;ulung)</translation>
    </message>
    <message>
        <source>Run the customs side of the training environment on this computer</source>
        <translation>Die Zollseite der Schulungsumgebung auf diesem Computer ausführen</translation>
    </message>
    <message>
        <source>&amp;Send and receive now</source>
        <translation>Jetzt &amp;senden und empfangen</translation>
    </message>
    <message>
        <source>Send the messages waiting in the outbox and fetch the answers</source>
        <translation>Die im Postausgang wartenden Nachrichten senden und die Antworten abholen</translation>
    </message>
    <message>
        <source>&amp;Import reference data…</source>
        <translation>Referenzdaten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import EU code lists and the customs office list (CS/RD2 JSON)</source>
        <translation>EU-Codelisten und die Zollstellenliste importieren (CS/RD2 JSON)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demodaten laden</translation>
    </message>
    <message>
        <source>Add demo organisations, guarantees and parameter sets</source>
        <translation>Demo-Organisationen, -Sicherheiten und -Parametersätze hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Communication parameters…</source>
        <translation>&amp;Kommunikationsparameter…</translation>
    </message>
    <message>
        <source>Communication parameter sets and reference data</source>
        <translation>Kommunikationsparametersätze und Referenzdaten</translation>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation>&amp;Zertifikate…</translation>
    </message>
    <message>
        <source>Participant and customs certificates: checks, expiry, import and onboarding</source>
        <translation>Teilnehmer- und Zollzertifikate: Prüfungen, Ablauf, Import und Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close CustomsDesk</source>
        <translation>CustomsDesk beenden</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Choose a new password; your access codes stay readable</source>
        <translation>Ein neues Passwort wählen; Ihre Zugangscodes bleiben lesbar</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the window until you sign in again</source>
        <translation>Das Fenster sperren, bis Sie sich erneut anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>Sign out and let another user sign in</source>
        <translation>Abmelden und einen anderen Benutzer anmelden lassen</translation>
    </message>
    <message>
        <source>&amp;Users and representations…</source>
        <translation>&amp;Benutzer und Vertretungen…</translation>
    </message>
    <message>
        <source>Accounts, roles, access levels and who represents which organisation</source>
        <translation>Konten, Rollen, Zugriffsstufen und wer welche Organisation vertritt</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Who used which access code, signed in or changed rights, and when</source>
        <translation>Wer wann welchen Zugangscode verwendet, sich angemeldet oder Rechte geändert hat</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>How to work with CustomsDesk, in a window of its own</source>
        <translation>Arbeiten mit CustomsDesk, in einem eigenen Fenster</translation>
    </message>
    <message>
        <source>&amp;About CustomsDesk</source>
        <translation>Ü&amp;ber CustomsDesk</translation>
    </message>
    <message>
        <source>The version, and the folder and files support asks for</source>
        <translation>Die Version sowie der Ordner und die Dateien, nach denen der Support fragt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close this window (Ctrl+W or Esc)</source>
        <translation>Dieses Fenster schließen (Ctrl+W oder Esc)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
</context>
<context>
    <name>AdminModel</name>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <comment>identity confirmed: not confirmed</comment>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>never</source>
        <comment>password changed: never</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>set</source>
        <comment>state of a password</comment>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>none yet</source>
        <comment>state of a password</comment>
        <translation>noch keines</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Zugriffsstufe</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identität bestätigt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>{login} is deactivated and cannot sign in.</source>
        <translation>{login} ist deaktiviert und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>{representative} (agency)</source>
        <translation>{representative} (Dienstleister)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Heute gültig</translation>
    </message>
    <message>
        <source>Whoever represents {representative} acts for {organisation} too, with the lesser rights of the two links.</source>
        <translation>Wer {representative} vertritt, handelt auch für {organisation}, mit den geringeren Rechten der beiden Verbindungen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>{time} (UTC)</source>
        <translation>{time} (UTC)</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Select a row in the list first.</source>
        <translation>Wählen Sie zuerst eine Zeile in der Liste aus.</translation>
    </message>
    <message>
        <source>directly ({kind}, {rights})</source>
        <translation>direkt ({kind}, {rights})</translation>
    </message>
    <message>
        <source>through the agency {agency} ({rights})</source>
        <translation>über den Dienstleister {agency} ({rights})</translation>
    </message>
    <message>
        <source>Users and representations — CustomsDesk</source>
        <translation>Benutzer und Vertretungen — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Representations</source>
        <translation>&amp;Vertretungen</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>How</source>
        <comment>column: how the user comes to represent the organisation</comment>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Show &amp;ended</source>
        <translation>Beendete an&amp;zeigen</translation>
    </message>
    <message>
        <source>Also list representations whose last day has passed</source>
        <translation>Auch Vertretungen auflisten, deren letzter Tag vorüber ist</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <comment>end a representation</comment>
        <translation>B&amp;eenden…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Read-only: {login} is a {role}. You see your own account and the organisations you represent; only an administrator may change users and representations.</source>
        <translation>Schreibgeschützt: {login} ist {role}. Sie sehen Ihr eigenes Konto und die Organisationen, die Sie vertreten; nur ein Administrator darf Benutzer und Vertretungen ändern.</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Select a user to see the organisations they represent today.</source>
        <translation>Wählen Sie einen Benutzer aus, um die Organisationen zu sehen, die er heute vertritt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {login} sees today ({date}):&lt;/b&gt; the organisations {login} represents, with the rights that count</source>
        <translation>&lt;b&gt;Was {login} heute ({date}) sieht:&lt;/b&gt; die Organisationen, die {login} vertritt, mit den jeweils geltenden Rechten</translation>
    </message>
    <message>
        <source>organisation {number}</source>
        <translation>Organisation {number}</translation>
    </message>
    <message>
        <source>through an agency</source>
        <translation>über einen Dienstleister</translation>
    </message>
    <message>
        <source>{login} is an administrator and sees every organisation with extended rights.</source>
        <translation>{login} ist Administrator und sieht jede Organisation mit erweiterten Rechten.</translation>
    </message>
    <message>
        <source>{login} has basic access (identity not confirmed): the rights are basic everywhere.</source>
        <translation>{login} hat einfachen Zugriff (Identität nicht bestätigt): Die Rechte sind überall einfach.</translation>
    </message>
    <message>
        <source>The account is deactivated: {login} cannot sign in.</source>
        <translation>Das Konto ist deaktiviert: {login} kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>add users</source>
        <comment>Only an administrator may …</comment>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>Ein Benutzerkonto hinzufügen</translation>
    </message>
    <message>
        <source>change users</source>
        <comment>Only an administrator may …</comment>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>Change the name, role, access level or identity of the selected user</source>
        <translation>Name, Rolle, Zugriffsstufe oder Identität des ausgewählten Benutzers ändern</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <comment>Only an administrator may …</comment>
        <translation>Passwörter zurücksetzen</translation>
    </message>
    <message>
        <source>Your own password: use Account ▸ Change password…, which keeps your access codes.</source>
        <translation>Ihr eigenes Passwort: Verwenden Sie Konto ▸ Passwort ändern…, dabei bleiben Ihre Zugangscodes erhalten.</translation>
    </message>
    <message>
        <source>Give the selected user a new password; their stored access codes become unreadable</source>
        <translation>Dem ausgewählten Benutzer ein neues Passwort geben; seine gespeicherten Zugangscodes werden unlesbar</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>deactivate or activate users</source>
        <comment>Only an administrator may …</comment>
        <translation>Benutzer deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren, während Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Let the user sign in again</source>
        <translation>Dem Benutzer die Anmeldung wieder erlauben</translation>
    </message>
    <message>
        <source>Stop the user from signing in; nothing is deleted</source>
        <translation>Die Anmeldung des Benutzers sperren; es wird nichts gelöscht</translation>
    </message>
    <message>
        <source>add representations</source>
        <comment>Only an administrator may …</comment>
        <translation>Vertretungen hinzufügen</translation>
    </message>
    <message>
        <source>Let a person or an agency act for an organisation</source>
        <translation>Eine Person oder einen Dienstleister für eine Organisation handeln lassen</translation>
    </message>
    <message>
        <source>change representations</source>
        <comment>Only an administrator may …</comment>
        <translation>Vertretungen ändern</translation>
    </message>
    <message>
        <source>Change the rights, kind, basis or dates of the selected representation</source>
        <translation>Rechte, Art, Grundlage oder Gültigkeitsdaten der ausgewählten Vertretung ändern</translation>
    </message>
    <message>
        <source>end representations</source>
        <comment>Only an administrator may …</comment>
        <translation>Vertretungen beenden</translation>
    </message>
    <message>
        <source>It ended on {date}; use Edit… to change its dates.</source>
        <translation>Sie endete am {date}; verwenden Sie Bearbeiten…, um ihre Gültigkeitsdaten zu ändern.</translation>
    </message>
    <message>
        <source>Set the last day the selected representation is in force</source>
        <translation>Den letzten Gültigkeitstag der ausgewählten Vertretung festlegen</translation>
    </message>
    <message>
        <source>User {login} added.</source>
        <translation>Benutzer {login} hinzugefügt.</translation>
    </message>
    <message>
        <source>User {login} saved.</source>
        <translation>Benutzer {login} gespeichert.</translation>
    </message>
    <message>
        <source>The password of {login} is reset.</source>
        <translation>Das Passwort von {login} wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Their stored access codes were removed.</source>
        <translation>Die gespeicherten Zugangscodes wurden entfernt.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the password of {login}?</source>
        <translation>Passwort von {login} zurücksetzen?</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate {login}? They can no longer sign in. Their representations and stored codes stay; activate the account again to let them back.</source>
        <translation>{login} deaktivieren? Eine Anmeldung ist dann nicht mehr möglich. Vertretungen und gespeicherte Codes bleiben erhalten; aktivieren Sie das Konto wieder, um den Zugang erneut zu erlauben.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>{login} is active.</source>
        <translation>{login} ist aktiv.</translation>
    </message>
    <message>
        <source>{login} is deactivated.</source>
        <translation>{login} ist deaktiviert.</translation>
    </message>
    <message>
        <source>Representation added</source>
        <translation>Vertretung hinzugefügt</translation>
    </message>
    <message>
        <source>Representation saved</source>
        <translation>Vertretung gespeichert</translation>
    </message>
    <message>
        <source>Representation ends after {date}</source>
        <translation>Vertretung endet nach dem {date}</translation>
    </message>
    <message>
        <source>{what}: {organisation} ← {representative}.</source>
        <translation>{what}: {organisation} ← {representative}.</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Confirmation for {grn} that answers no message sent from here</source>
        <translation>Bestätigung für {grn}, die auf keine von hier gesendete Nachricht antwortet</translation>
    </message>
    <message>
        <source>Confirmation for {grn}, which the registration did not name (not applied)</source>
        <translation>Bestätigung für {grn}: diese Sicherheit war in der Registrierung nicht genannt (nicht übernommen)</translation>
    </message>
    <message>
        <source>Registration refused: {errors}</source>
        <translation>Registrierung abgelehnt: {errors}</translation>
    </message>
    <message>
        <source>{registered}; the primary access code was changed</source>
        <translation>{registered}; der Haupt-Zugangscode wurde geändert</translation>
    </message>
    <message>
        <source>{grn}: unmatched, not asked about in this query (not applied)</source>
        <translation>{grn}: nicht zugeordnet, in dieser Abfrage nicht angefragt (nicht übernommen)</translation>
    </message>
    <message>
        <source>{grn}: {answer}</source>
        <translation>{grn}: {answer}</translation>
    </message>
    <message>
        <source>Answer to a query not sent from here: {answers}</source>
        <translation>Antwort auf eine nicht von hier gesendete Abfrage: {answers}</translation>
    </message>
    <message>
        <source>Answer about guarantees this query did not ask about: {answers}</source>
        <translation>Antwort zu Sicherheiten, nach denen diese Abfrage nicht gefragt hat: {answers}</translation>
    </message>
    <message>
        <source>secondary codes registered: {count}</source>
        <translation>registrierte weitere Zugangscodes: {count}</translation>
    </message>
    <message>
        <source>operations: {count}</source>
        <translation>Vorgänge: {count}</translation>
    </message>
    <message>
        <source>in use {amount} {currency}, balance {balance}</source>
        <translation>in Anspruch genommen {amount} {currency}, Saldo {balance}</translation>
    </message>
    <message>
        <source>in use {amount} {currency}</source>
        <translation>in Anspruch genommen {amount} {currency}</translation>
    </message>
    <message>
        <source>amount {amount} {currency}</source>
        <translation>Betrag {amount} {currency}</translation>
    </message>
    <message>
        <source>not valid: {code}</source>
        <translation>nicht gültig: {code}</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>{where}: {meaning}</source>
        <translation>{where}: {meaning}</translation>
    </message>
    <message>
        <source>Refused: {errors}</source>
        <translation>Abgelehnt: {errors}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {error}</source>
        <translation>Zeile {line}, Spalte {column}: {error}</translation>
    </message>
    <message>
        <source>XML refused: {errors}</source>
        <translation>XML abgelehnt: {errors}</translation>
    </message>
    <message>
        <source>Guarantee not valid for {mrn}: {guarantees}</source>
        <translation>Sicherheit nicht gültig für {mrn}: {guarantees}</translation>
    </message>
    <message>
        <source>customs sent this message before; ignored</source>
        <translation>der Zoll hat diese Nachricht bereits früher gesendet; ignoriert</translation>
    </message>
    <message>
        <source>Duplicate of an earlier message</source>
        <translation>Duplikat einer früheren Nachricht</translation>
    </message>
    <message>
        <source>it could not be applied to the records ({error})</source>
        <translation>sie konnte nicht in die Datensätze übernommen werden ({error})</translation>
    </message>
    <message>
        <source>cannot decrypt: the communication parameter set it came through was deleted</source>
        <translation>kann nicht entschlüsselt werden: der Kommunikationsparametersatz, über den sie eingegangen ist, wurde gelöscht</translation>
    </message>
    <message>
        <source>cannot decrypt: {error}</source>
        <translation>kann nicht entschlüsselt werden: {error}</translation>
    </message>
    <message>
        <source>the message does not match its schema (line {line}, column {column}: {problem})</source>
        <translation>die Nachricht entspricht nicht ihrem Schema (Zeile {line}, Spalte {column}: {problem})</translation>
    </message>
    <message>
        <source>answer: {result}</source>
        <translation>Antwort: {result}</translation>
    </message>
    <message>
        <source>{type}: a message type this version does not apply</source>
        <translation>{type}: ein Nachrichtentyp, den diese Version nicht verarbeitet</translation>
    </message>
    <message>
        <source>delivery receipt: received by customs at {at}</source>
        <translation>Zustellbestätigung: beim Zoll eingegangen am {at}</translation>
    </message>
    <message>
        <source>Answer about a summary declaration not sent from here</source>
        <translation>Antwort zu einer summarischen Anmeldung, die nicht von hier gesendet wurde</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Accepted: MRN {mrn}, status {status}, positions: {count}</source>
        <translation>Angenommen: MRN {mrn}, Status {status}, Positionen: {count}</translation>
    </message>
    <message>
        <source>{accepted}; refused {count}: {errors}</source>
        <translation>{accepted}; abgelehnt {count}: {errors}</translation>
    </message>
    <message>
        <source>{field}{code}: {text}</source>
        <translation>{field}{code}: {text}</translation>
    </message>
    <message>
        <source>position {position} {field}{code}: {text}</source>
        <translation>Position {position} {field}{code}: {text}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>done on {date}</source>
        <translation>erledigt am {date}</translation>
    </message>
    <message>
        <source>in progress since {date}</source>
        <translation>in Bearbeitung seit {date}</translation>
    </message>
    <message>
        <source>not needed ({note})</source>
        <translation>nicht erforderlich ({note})</translation>
    </message>
    <message>
        <source>{eori} {administration}, step {number} “{title}”: {state}</source>
        <translation>{eori} {administration}, Schritt {number} “{title}”: {state}</translation>
    </message>
    <message>
        <source>{change}, {label} {reference}</source>
        <translation>{change}, {label} {reference}</translation>
    </message>
    <message>
        <source>{change} (was {state})</source>
        <translation>{change} (vorher {state})</translation>
    </message>
    <message>
        <source>own secondary codes: {before} → {after}</source>
        <translation>eigene weitere Codes: {before} → {after}</translation>
    </message>
    <message>
        <source>{change} of {user}, set up by the administrator</source>
        <translation>{change} von {user}, vom Administrator eingerichtet</translation>
    </message>
    <message>
        <source>of {user}, set up by the administrator</source>
        <translation>von {user}, vom Administrator eingerichtet</translation>
    </message>
    <message>
        <source>removed in the editor</source>
        <translation>im Editor entfernt</translation>
    </message>
    <message>
        <source>new primary access code entered</source>
        <translation>neuer Haupt-Zugangscode eingegeben</translation>
    </message>
    <message>
        <source>new primary access code</source>
        <translation>neuer Haupt-Zugangscode</translation>
    </message>
    <message>
        <source>applied during the sync of {user}</source>
        <translation>bei der Synchronisierung von {user} übernommen</translation>
    </message>
    <message>
        <source>PAC change</source>
        <translation>PAC-Änderung</translation>
    </message>
    <message>
        <source>access code registration</source>
        <translation>Registrierung von Zugangscodes</translation>
    </message>
    <message>
        <source>{kind}: codes registered: {count}</source>
        <translation>{kind}: registrierte Codes: {count}</translation>
    </message>
    <message>
        <source>sent to customs</source>
        <translation>an den Zoll gesendet</translation>
    </message>
    <message>
        <source>{kind} query</source>
        <translation>Abfrage: {kind}</translation>
    </message>
    <message>
        <source>message {id}</source>
        <translation>Nachricht {id}</translation>
    </message>
    <message>
        <source>{organisation} ← {login}: employee, extended rights, created the record</source>
        <translation>{organisation} ← {login}: Mitarbeiter, erweiterte Rechte, hat den Eintrag angelegt</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>identity check</source>
        <translation>Identitätsprüfung</translation>
    </message>
    <message>
        <source>unknown login name ({count} characters)</source>
        <translation>unbekannter Anmeldename ({count} Zeichen)</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>single-user installation, no password set</source>
        <translation>Einzelplatzinstallation, kein Passwort festgelegt</translation>
    </message>
    <message>
        <source>first password of the administrator</source>
        <translation>erstes Passwort des Administrators</translation>
    </message>
    <message>
        <source>password of {login} reset</source>
        <translation>Passwort von {login} zurückgesetzt</translation>
    </message>
    <message>
        <source>{login}: {role}, {level} access</source>
        <translation>{login}: {role}, Zugriffsstufe: {level}</translation>
    </message>
    <message>
        <source>{field} {before} → {after}</source>
        <translation>{field} {before} → {after}</translation>
    </message>
    <message>
        <source>{login}: {changes}</source>
        <translation>{login}: {changes}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>locked after inactivity</source>
        <translation>nach Inaktivität gesperrt</translation>
    </message>
    <message>
        <source>changed own password</source>
        <translation>eigenes Passwort geändert</translation>
    </message>
    <message>
        <source>password reset by an administrator</source>
        <translation>Passwort von einem Administrator zurückgesetzt</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>user changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>secondary access code used in a message</source>
        <translation>weiterer Zugangscode in einer Nachricht verwendet</translation>
    </message>
    <message>
        <source>secondary access codes changed</source>
        <translation>weitere Zugangscodes geändert</translation>
    </message>
    <message>
        <source>primary access code stored</source>
        <translation>Haupt-Zugangscode gespeichert</translation>
    </message>
    <message>
        <source>primary access code revealed</source>
        <translation>Haupt-Zugangscode angezeigt</translation>
    </message>
    <message>
        <source>primary access code change requested</source>
        <translation>Änderung des Haupt-Zugangscodes beantragt</translation>
    </message>
    <message>
        <source>primary access code deleted</source>
        <translation>Haupt-Zugangscode gelöscht</translation>
    </message>
    <message>
        <source>primary access code replaced after customs confirmed the change</source>
        <translation>Haupt-Zugangscode ersetzt, nachdem der Zoll die Änderung bestätigt hat</translation>
    </message>
    <message>
        <source>access codes made unreadable by a password reset</source>
        <translation>Zugangscodes durch Zurücksetzen des Passworts unlesbar geworden</translation>
    </message>
    <message>
        <source>representation added</source>
        <translation>Vertretung hinzugefügt</translation>
    </message>
    <message>
        <source>representation changed</source>
        <translation>Vertretung geändert</translation>
    </message>
    <message>
        <source>onboarding checklist step changed</source>
        <translation>Schritt der Einrichtungs-Checkliste geändert</translation>
    </message>
    <message>
        <source>quarantined answer applied again</source>
        <translation>Antwort aus der Quarantäne erneut übernommen</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>guarantee</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>{organisation} ← {representative}: {kind}, {rights} rights, {start} – {end}</source>
        <translation>{organisation} ← {representative}: {kind}, Rechte: {rights}, {start} – {end}</translation>
    </message>
    <message>
        <source>{representation}, basis {basis}</source>
        <translation>{representation}, Grundlage: {basis}</translation>
    </message>
    <message>
        <source>{representation} (changed: {fields})</source>
        <translation>{representation} (geändert: {fields})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>gültig ab</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>gültig bis</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <source>The first date, shown as &apos;any date&apos;, means no limit</source>
        <translation>Das erste Datum, angezeigt als „beliebiges Datum“, bedeutet keine Einschränkung</translation>
    </message>
    <message>
        <source>Audit log — CustomsDesk</source>
        <translation>Prüfprotokoll — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown (all that match the filters) as a CSV file</source>
        <translation>Die angezeigten Einträge (alle, die den Filtern entsprechen) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Protokoll erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Wieder alle Einträge anzeigen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <source>whole GRN</source>
        <translation>vollständige GRN</translation>
    </message>
    <message>
        <source>Search: detail, GRN, message id, user…</source>
        <translation>Suche: Detail, GRN, Nachrichten-ID, Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>Ak&amp;tion</translation>
    </message>
    <message>
        <source>&amp;GRN</source>
        <translation>&amp;GRN</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>first date</comment>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>last date</comment>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>You see only your own entries: {login} is a {role}. An administrator sees everyone&apos;s.</source>
        <translation>Sie sehen nur Ihre eigenen Einträge: {login} hat die Rolle „{role}“. Ein Administrator sieht die Einträge aller Benutzer.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of {entries}</source>
        <translation>{entries}, davon {shown} angezeigt</translation>
    </message>
    <message>
        <source>{entries} (yours only)</source>
        <translation>{entries} (nur Ihre)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV-Dateien</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n Eintrag nach {path} exportiert.</numerusform>
            <numerusform>%n Einträge nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BcpDialogs</name>
    <message>
        <source>The deadline appears here once the country of destination and the taking over are given.</source>
        <translation>Die Frist wird hier angezeigt, sobald das Bestimmungsland und die Übernahme angegeben sind.</translation>
    </message>
    <message>
        <source>e.g. DE004600</source>
        <translation>z. B. DE004600</translation>
    </message>
    <message>
        <source>New movement handled on paper</source>
        <translation>Neuer auf Papier abgewickelter Vorgang</translation>
    </message>
    <message>
        <source>Next number of the &amp;range kept for the office of destination</source>
        <translation>Nächste Nummer aus dem für die Bestimmungszollstelle geführten &amp;Nummernkreis</translation>
    </message>
    <message>
        <source>T&amp;yped, as printed on the form:</source>
        <translation>&amp;Manuell eingegeben, wie auf dem Vordruck gedruckt:</translation>
    </message>
    <message>
        <source>paper declaration number</source>
        <translation>Nummer der Papieranmeldung</translation>
    </message>
    <message>
        <source>No. {number}: {kind}, since {start}</source>
        <translation>Nr. {number}: {kind}, seit {start}</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Office of d&amp;estination:</source>
        <translation>&amp;Bestimmungszollstelle:</translation>
    </message>
    <message>
        <source>&amp;Country of destination:</source>
        <translation>Bestimmungs&amp;land:</translation>
    </message>
    <message>
        <source>Its public holidays count (and the region&apos;s, where the office&apos;s region is set)</source>
        <translation>Seine gesetzlichen Feiertage zählen (und die der Region, sofern die Region der Zollstelle festgelegt ist)</translation>
    </message>
    <message>
        <source>Office of de&amp;parture:</source>
        <translation>&amp;Abgangszollstelle:</translation>
    </message>
    <message>
        <source>&amp;Goods taken over at:</source>
        <translation>&amp;Waren übernommen am:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Störung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>verb: record the movement</comment>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>The number is taken when the movement is recorded.</source>
        <translation>Die Nummer wird beim Erfassen des Vorgangs vergeben.</translation>
    </message>
    <message numerus="yes">
        <source>Next: {number} (range {range}; %n left)</source>
        <translation>
            <numerusform>Nächste: {number} (Nummernkreis {range}; noch %n)</numerusform>
            <numerusform>Nächste: {number} (Nummernkreis {range}; noch %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The ranges of {office} are used up: type the number, or add the next range (Paper movements ▸ Number ranges).</source>
        <translation>Die Nummernkreise von {office} sind aufgebraucht: Geben Sie die Nummer ein oder fügen Sie den nächsten Nummernkreis hinzu (Papiervorgänge ▸ Nummernkreise).</translation>
    </message>
    <message>
        <source>No range is kept for {office}: type the number, or add the range the office allocated (Paper movements ▸ Number ranges).</source>
        <translation>Für {office} wird kein Nummernkreis geführt: Geben Sie die Nummer ein oder fügen Sie den von der Zollstelle zugeteilten Nummernkreis hinzu (Papiervorgänge ▸ Nummernkreise).</translation>
    </message>
    <message>
        <source>Type the number printed on the paper declaration, or take the next one of the office&apos;s range.</source>
        <translation>Geben Sie die auf der Papieranmeldung gedruckte Nummer ein oder verwenden Sie die nächste aus dem Nummernkreis der Zollstelle.</translation>
    </message>
    <message>
        <source>Paper declaration number ranges</source>
        <translation>Nummernkreise für Papieranmeldungen</translation>
    </message>
    <message>
        <source>optional, e.g. HH-</source>
        <translation>optional, z. B. HH-</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Zollstelle:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>Written before the number, e.g. HH-0001</source>
        <translation>Wird vor die Nummer gesetzt, z. B. HH-0001</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>&amp;Erste Nummer:</translation>
    </message>
    <message>
        <source>&amp;Last number:</source>
        <translation>&amp;Letzte Nummer:</translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <translation>Nummernkreis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Each number is used once; a number typed in by hand is skipped when the range comes to it.</source>
        <translation>Jede Nummer wird einmal verwendet; eine von Hand eingegebene Nummer wird übersprungen, wenn der Nummernkreis sie erreicht.</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>die Nummernkreise für Papieranmeldungen verwalten</translation>
    </message>
    <message>
        <source>Regions of the offices of destination</source>
        <translation>Regionen der Bestimmungszollstellen</translation>
    </message>
    <message>
        <source>e.g. DE004600=HH DE002601=NW</source>
        <translation>z. B. DE004600=HH DE002601=NW</translation>
    </message>
    <message>
        <source>&amp;Offices and regions:</source>
        <translation>&amp;Zollstellen und Regionen:</translation>
    </message>
    <message>
        <source>OFFICE=REGION pairs, the region as the holiday calendar writes it (DE: NW, HH, BY, …): Corpus Christi counts in North Rhine-Westphalia, Reformation Day in Hamburg</source>
        <translation>Paare ZOLLSTELLE=REGION, die Region so, wie der Feiertagskalender sie schreibt (DE: NW, HH, BY, …): Fronleichnam gilt in Nordrhein-Westfalen, der Reformationstag in Hamburg</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>set the regions of the offices</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>die Regionen der Zollstellen festlegen</translation>
    </message>
</context>
<context>
    <name>CertificateChecks</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>CertificateImportDialog</name>
    <message>
        <source>Test certificate — accepted for the training environment only</source>
        <translation>Testzertifikat — nur für die Schulungsumgebung zulässig</translation>
    </message>
    <message>
        <source>Opens the file once; it is never stored. The private key is kept encrypted.</source>
        <translation>Öffnet die Datei einmalig; sie wird nie gespeichert. Der private Schlüssel wird verschlüsselt aufbewahrt.</translation>
    </message>
    <message>
        <source>Choose the certificate file first (Choose…).</source>
        <translation>Wählen Sie zuerst die Zertifikatsdatei aus (Auswählen…).</translation>
    </message>
    <message>
        <source>Certificate files</source>
        <translation>Zertifikatsdateien</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>PKCS#12/PFX, PEM or DER file</source>
        <translation>PKCS#12/PFX-, PEM- oder DER-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the file</comment>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the file with this password</source>
        <translation>Die Datei mit diesem Passwort öffnen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type the password of {file}, then Open.</source>
        <translation>Geben Sie das Passwort von {file} ein, dann Öffnen.</translation>
    </message>
    <message>
        <source>opened — the password was not kept</source>
        <translation>geöffnet — das Passwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The checks appear once the file is open.</source>
        <translation>Die Prüfungen erscheinen, sobald die Datei geöffnet ist.</translation>
    </message>
    <message>
        <source>{file} is protected by a password: type it and press Open.</source>
        <translation>{file} ist durch ein Passwort geschützt: Geben Sie es ein und klicken Sie auf Öffnen.</translation>
    </message>
    <message>
        <source>with its private key</source>
        <translation>mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>without a private key</source>
        <translation>ohne privaten Schlüssel</translation>
    </message>
    <message>
        <source>Import participant certificate</source>
        <translation>Teilnehmerzertifikat importieren</translation>
    </message>
    <message>
        <source>&amp;EORI:</source>
        <translation>&amp;EORI:</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Ersetzt:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the file to see whether the certificate can sign customs messages.</source>
        <translation>Wählen Sie die Datei aus, um zu sehen, ob das Zertifikat Zollnachrichten signieren kann.</translation>
    </message>
    <message>
        <source>nothing: it will be the first certificate of this EORI</source>
        <translation>nichts: Es wird das erste Zertifikat dieser EORI sein</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} (kept in the history)</source>
        <translation>{certificate}, gültig bis {date} (bleibt im Verlauf erhalten)</translation>
    </message>
    <message>
        <source>{note}, and {eori} sends in production with &apos;{parameters}&apos;: this certificate will be refused.</source>
        <translation>{note}, und {eori} sendet in der Produktion mit „{parameters}“: Dieses Zertifikat wird abgelehnt.</translation>
    </message>
    <message>
        <source>Check a certificate file</source>
        <translation>Zertifikatsdatei prüfen</translation>
    </message>
    <message>
        <source>Nothing is imported: this shows whether the certificate in a file could sign customs messages.</source>
        <translation>Es wird nichts importiert: Hier sehen Sie, ob das Zertifikat in einer Datei Zollnachrichten signieren könnte.</translation>
    </message>
    <message>
        <source>Choose a file (Choose…) to see its checks.</source>
        <translation>Wählen Sie eine Datei aus (Auswählen…), um ihre Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>Import customs certificate</source>
        <translation>Zollzertifikat importieren</translation>
    </message>
    <message>
        <source>PEM or DER file published by the administration</source>
        <translation>Von der Zollverwaltung veröffentlichte PEM- oder DER-Datei</translation>
    </message>
    <message>
        <source>at once</source>
        <comment>takes effect: no date</comment>
        <translation>sofort</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Zollverwaltung:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Takes effect on:</source>
        <translation>&amp;Wirksam ab:</translation>
    </message>
    <message>
        <source>The day the administration switches to it; until then messages use the current one.</source>
        <translation>Der Tag, an dem die Zollverwaltung darauf umstellt; bis dahin verwenden Nachrichten das aktuelle.</translation>
    </message>
    <message>
        <source>{file} is not a PEM or DER certificate: a customs certificate is public, so choose the certificate file the administration published.</source>
        <translation>{file} ist kein PEM- oder DER-Zertifikat: Ein Zollzertifikat ist öffentlich, wählen Sie daher die Zertifikatsdatei, die die Zollverwaltung veröffentlicht hat.</translation>
    </message>
    <message>
        <source>{subject}, valid {start} – {end}</source>
        <translation>{subject}, gültig {start} – {end}</translation>
    </message>
    <message>
        <source>Choose the customs certificate file first (Choose…).</source>
        <translation>Wählen Sie zuerst die Zollzertifikatsdatei aus (Auswählen…).</translation>
    </message>
</context>
<context>
    <name>CertificateWindow</name>
    <message>
        <source>manage certificates</source>
        <translation>Zertifikate verwalten</translation>
    </message>
    <message>
        <source>Messages are encrypted for the customs certificate in effect when they are sent. Store the next one as soon as the administration publishes it, with the day it takes effect.</source>
        <translation>Nachrichten werden für das Zollzertifikat verschlüsselt, das beim Senden gültig ist. Hinterlegen Sie das nächste, sobald die Verwaltung es veröffentlicht, zusammen mit dem Tag, ab dem es gilt.</translation>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation>PEM-Zertifikat</translation>
    </message>
    <message>
        <source>DER certificate</source>
        <translation>DER-Zertifikat</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported as a test certificate for training, replacing {replaced}.</source>
        <translation>Zertifikat von {eori} als Testzertifikat für die Schulung importiert; es ersetzt {replaced}.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported as a test certificate for training.</source>
        <translation>Zertifikat von {eori} als Testzertifikat für die Schulung importiert.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported, replacing {replaced}.</source>
        <translation>Zertifikat von {eori} importiert; es ersetzt {replaced}.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported.</source>
        <translation>Zertifikat von {eori} importiert.</translation>
    </message>
    <message>
        <source>Certificates — CustomsDesk</source>
        <translation>Zertifikate — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Participant certificates</source>
        <translation>&amp;Teilnehmerzertifikate</translation>
    </message>
    <message>
        <source>C&amp;ustoms certificates</source>
        <translation>&amp;Zollzertifikate</translation>
    </message>
    <message>
        <source>&amp;Onboarding</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the certificates again</source>
        <translation>Zertifikate erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export public certificate…</source>
        <translation>Öffentliches Zertifikat e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Check a file…</source>
        <translation>&amp;Datei prüfen…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Import customs certificate…</source>
        <translation>Zollzertifikat im&amp;portieren…</translation>
    </message>
    <message>
        <source>You see the certificates read-only. {reason}</source>
        <translation>Sie sehen die Zertifikate schreibgeschützt. {reason}</translation>
    </message>
    <message>
        <source>No EORI has a participant certificate or a parameter set yet.</source>
        <translation>Noch keine EORI hat ein Teilnehmerzertifikat oder einen Parametersatz.</translation>
    </message>
    <message>
        <source>EORI {eori} has no participant certificate, so its messages cannot be signed: import the qualified seal certificate issued for it (Import…).</source>
        <translation>EORI {eori} hat kein Teilnehmerzertifikat, daher können ihre Nachrichten nicht signiert werden: Importieren Sie das für sie ausgestellte qualifizierte Siegelzertifikat (Importieren…).</translation>
    </message>
    <message>
        <source>Checks of the certificate of {eori}</source>
        <translation>Prüfungen des Zertifikats von {eori}</translation>
    </message>
    <message>
        <source>History of {eori}</source>
        <translation>Verlauf von {eori}</translation>
    </message>
    <message>
        <source>Import the participant certificate of an EORI (PKCS#12/PFX, PEM or DER)</source>
        <translation>Das Teilnehmerzertifikat einer EORI importieren (PKCS#12/PFX, PEM oder DER)</translation>
    </message>
    <message>
        <source>Store an administration&apos;s encryption certificate, with the day it takes effect</source>
        <translation>Das Verschlüsselungszertifikat einer Verwaltung mit dem Tag hinterlegen, ab dem es gilt</translation>
    </message>
    <message>
        <source>Select an EORI with a certificate first</source>
        <translation>Wählen Sie zuerst eine EORI mit Zertifikat aus</translation>
    </message>
    <message>
        <source>{eori} has no certificate yet</source>
        <translation>{eori} hat noch kein Zertifikat</translation>
    </message>
    <message>
        <source>Write the public certificate only (for customs or the gateway operator): never the private key</source>
        <translation>Nur das öffentliche Zertifikat schreiben (für den Zoll oder den Gateway-Betreiber): niemals den privaten Schlüssel</translation>
    </message>
    <message>
        <source>Show what the certificate in a file is fit for, without importing it</source>
        <translation>Anzeigen, wofür das Zertifikat in einer Datei geeignet ist, ohne es zu importieren</translation>
    </message>
    <message>
        <source>Export public certificate</source>
        <translation>Öffentliches Zertifikat exportieren</translation>
    </message>
    <message>
        <source>Public certificate of {eori} written to {path} (no private key).</source>
        <translation>Öffentliches Zertifikat von {eori} nach {path} geschrieben (ohne privaten Schlüssel).</translation>
    </message>
    <message>
        <source>Customs certificate {subject} stored for {administration} {environment}, in effect from {date}.</source>
        <translation>Zollzertifikat {subject} für {administration} {environment} hinterlegt, gültig ab {date}.</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>Suitable for customs</source>
        <translation>Für den Zoll geeignet</translation>
    </message>
    <message>
        <source>Test certificate — training only</source>
        <translation>Testzertifikat — nur für die Schulung</translation>
    </message>
    <message>
        <source>Expired — sending blocked</source>
        <translation>Abgelaufen — Senden gesperrt</translation>
    </message>
    <message>
        <source>No certificate — import one</source>
        <translation>Kein Zertifikat — bitte importieren</translation>
    </message>
    <message>
        <source>Expires within a day</source>
        <translation>Läuft innerhalb eines Tages ab</translation>
    </message>
    <message>
        <source>Expires in 1 day</source>
        <translation>Läuft in 1 Tag ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Takes effect on {date}</source>
        <translation>Gilt ab {date}</translation>
    </message>
    <message>
        <source>{expiry} · test certificate</source>
        <translation>{expiry} · Testzertifikat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>added {time} by {user}</source>
        <translation>hinzugefügt am {time} von {user}</translation>
    </message>
    <message>
        <source>in use</source>
        <comment>not replaced yet</comment>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>test certificate</source>
        <translation>Testzertifikat</translation>
    </message>
    <message>
        <source>qualified seal</source>
        <translation>qualifiziertes Siegel</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Ersetzt am</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Superseded since {date}</source>
        <translation>Abgelöst seit {date}</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Gilt ab</translation>
    </message>
    <message>
        <source>none: fill in the participant EORI</source>
        <translation>keines: Tragen Sie die EORI des Teilnehmers ein</translation>
    </message>
    <message>
        <source>none: import it in {place}</source>
        <translation>keines: Importieren Sie es unter {place}</translation>
    </message>
    <message>
        <source>{certificate} expired on {date} — sending blocked: import the renewed certificate in {place}</source>
        <translation>{certificate} ist am {date} abgelaufen — Senden gesperrt: Importieren Sie das erneuerte Zertifikat unter {place}</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — suitable</source>
        <translation>{certificate} gültig bis {date} — geeignet</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — test certificate: a production set cannot send with a test certificate</source>
        <translation>{certificate} gültig bis {date} — Testzertifikat: Ein Produktionssatz kann mit einem Testzertifikat nicht senden</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — test certificate — training only</source>
        <translation>{certificate} gültig bis {date} — Testzertifikat — nur für die Schulung</translation>
    </message>
    <message>
        <source>next: {certificate} from {date}</source>
        <translation>nächstes: {certificate} ab {date}</translation>
    </message>
    <message>
        <source>{certificate} in effect since {date}</source>
        <translation>{certificate} gültig seit {date}</translation>
    </message>
    <message>
        <source>{current}, {next}</source>
        <translation>{current}, {next}</translation>
    </message>
    <message>
        <source>none in effect now; {next}</source>
        <translation>derzeit keines gültig; {next}</translation>
    </message>
    <message>
        <source>{certificate} expired on {date}: import the current one in {place}</source>
        <translation>{certificate} ist am {date} abgelaufen: Importieren Sie das aktuelle unter {place}</translation>
    </message>
    <message>
        <source>none: import the administration&apos;s encryption certificate in {place}</source>
        <translation>keines: Importieren Sie das Verschlüsselungszertifikat der Verwaltung unter {place}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your access codes stay readable: they are sealed with your own key, and the new password takes over protecting that key. A forgotten password cannot be recovered — an administrator can only set a new one, and then your stored access codes are lost.</source>
        <translation>Ihre Zugangscodes bleiben lesbar: Sie sind mit Ihrem eigenen Schlüssel versiegelt, und das neue Passwort übernimmt den Schutz dieses Schlüssels. Ein vergessenes Passwort kann nicht wiederhergestellt werden — ein Administrator kann nur ein neues festlegen, und dann gehen Ihre gespeicherten Zugangscodes verloren.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the new password again in both fields.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein: Geben Sie das neue Passwort in beiden Feldern erneut ein.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Change the password of {user}</source>
        <translation>Passwort von {user} ändern</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>folder holding the database (default: the user&apos;s data folder)</source>
        <translation>Ordner mit der Datenbank (Standard: der Datenordner des Benutzers)</translation>
    </message>
    <message>
        <source>the office database on a PostgreSQL server, e.g. postgresql://clerk@server/customsdesk?sslmode=require (default: $CUSTOMSDESK_DATABASE_URL, else the data folder&apos;s own database); the password comes from PGPASSWORD, the system keyring (db-password) or a password file (~/.pgpass, PGPASSFILE), never from this option</source>
        <translation>die Bürodatenbank auf einem PostgreSQL-Server, z. B. postgresql://clerk@server/customsdesk?sslmode=require (Vorgabe: $CUSTOMSDESK_DATABASE_URL, sonst die eigene Datenbank des Datenordners); das Passwort kommt aus PGPASSWORD, dem Schlüsselbund des Systems (db-password) oder einer Passwortdatei (~/.pgpass, PGPASSFILE), nie aus dieser Option</translation>
    </message>
    <message>
        <source>act as this user</source>
        <translation>als dieser Benutzer handeln</translation>
    </message>
    <message>
        <source>file whose first line is the user&apos;s password</source>
        <translation>Datei, deren erste Zeile das Passwort des Benutzers ist</translation>
    </message>
    <message>
        <source>language of the messages people read (JSON keys and codes never change); the window: as chosen in its settings, else the desktop&apos;s; the commands: English</source>
        <translation>Sprache der Texte, die Menschen lesen (JSON-Schlüssel und Codes ändern sich nie); das Fenster: wie in seinen Einstellungen gewählt, sonst die Sprache des Desktops; die Befehle: Englisch</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>check a certificate file (PEM, DER, PKCS#12) for signing customs messages</source>
        <translation>eine Zertifikatsdatei (PEM, DER, PKCS#12) zum Signieren von Zollnachrichten prüfen</translation>
    </message>
    <message>
        <source>read the PKCS#12 or key password from stdin</source>
        <translation>das Passwort der PKCS#12-Datei oder des Schlüssels von stdin lesen</translation>
    </message>
    <message>
        <source>import the participant certificate of an EORI (PKCS#12 with its key), or with --customs an administration&apos;s encryption certificate</source>
        <translation>das Teilnehmerzertifikat einer EORI importieren (PKCS#12 mit Schlüssel), oder mit --customs das Verschlüsselungszertifikat einer Zollverwaltung</translation>
    </message>
    <message>
        <source>the EORI whose participant certificate it is (it replaces the current one)</source>
        <translation>die EORI, zu der das Teilnehmerzertifikat gehört (es ersetzt das aktuelle)</translation>
    </message>
    <message>
        <source>CZ, DE or PL: a customs encryption certificate</source>
        <translation>CZ, DE oder PL: ein Verschlüsselungszertifikat des Zolls</translation>
    </message>
    <message>
        <source>with --customs: production, test or training</source>
        <translation>mit --customs: production, test oder training</translation>
    </message>
    <message>
        <source>with --customs: the day customs switch to it (YYYY-MM-DD)</source>
        <translation>mit --customs: der Tag, an dem der Zoll darauf umstellt (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>list the certificates with their checks and expiry warnings</source>
        <translation>die Zertifikate mit ihren Prüfungen und Ablaufwarnungen auflisten</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>also the replaced ones (history)</source>
        <translation>auch die ersetzten (Verlauf)</translation>
    </message>
    <message>
        <source>write the public certificate only (never the key) to a file</source>
        <translation>nur das öffentliche Zertifikat (nie den Schlüssel) in eine Datei schreiben</translation>
    </message>
    <message>
        <source>the certificate&apos;s id (see certs)</source>
        <translation>die ID des Zertifikats (siehe certs)</translation>
    </message>
    <message>
        <source>FILE.pem, or FILE.cer/.der for DER</source>
        <translation>FILE.pem oder FILE.cer/.der für DER</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>FILE ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>the onboarding checklists of the participant certificate, per EORI and administration</source>
        <translation>die Einrichtungs-Checklisten des Teilnehmerzertifikats je EORI und Zollverwaltung</translation>
    </message>
    <message>
        <source>only this EORI</source>
        <translation>nur diese EORI</translation>
    </message>
    <message>
        <source>only this administration: CZ, DE or PL</source>
        <translation>nur diese Zollverwaltung: CZ, DE oder PL</translation>
    </message>
    <message>
        <source>record the state of one onboarding step; prints the checklist</source>
        <translation>den Stand eines Einrichtungsschritts erfassen; gibt die Checkliste aus</translation>
    </message>
    <message>
        <source>CZ, DE or PL</source>
        <translation>CZ, DE oder PL</translation>
    </message>
    <message>
        <source>apply, register, send_to_gateway or send_password</source>
        <translation>apply, register, send_to_gateway oder send_password</translation>
    </message>
    <message>
        <source>open, in_progress, done or not_needed</source>
        <translation>open, in_progress, done oder not_needed</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default for a done step: today)</source>
        <translation>YYYY-MM-DD (Standard bei einem erledigten Schritt: heute)</translation>
    </message>
    <message>
        <source>the ticket number (step send_to_gateway) or order number (step apply)</source>
        <translation>die Ticketnummer (Schritt send_to_gateway) oder Auftragsnummer (Schritt apply)</translation>
    </message>
    <message>
        <source>why a step is not needed, or any remark</source>
        <translation>warum ein Schritt nicht nötig ist, oder eine beliebige Anmerkung</translation>
    </message>
    <message>
        <source>CustomsDesk: NCTS guarantees and customs messages.</source>
        <translation>CustomsDesk: NCTS-Sicherheiten und Zollnachrichten.</translation>
    </message>
    <message>
        <source>when it started: YYYY-MM-DDTHH:MM, local time or with the time zone (default: now)</source>
        <translation>Zeitpunkt des Beginns: YYYY-MM-DDTHH:MM, Ortszeit oder mit Zeitzone (Standard: jetzt)</translation>
    </message>
    <message>
        <source>a planned outage: when customs expect it to end</source>
        <translation>geplanter Ausfall: wann der Zoll sein Ende erwartet</translation>
    </message>
    <message>
        <source>when it ended</source>
        <translation>Zeitpunkt des Endes</translation>
    </message>
    <message>
        <source>own-system: the authorised consignee&apos;s EORI</source>
        <translation>own-system: die EORI des zugelassenen Empfängers</translation>
    </message>
    <message>
        <source>the cause, if known</source>
        <translation>die Ursache, falls bekannt</translation>
    </message>
    <message>
        <source>the service desk&apos;s ticket number</source>
        <translation>die Ticketnummer des Service Desk</translation>
    </message>
    <message>
        <source>the gateway concerned</source>
        <translation>das betroffene Gateway</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>freie Notizen</translation>
    </message>
    <message>
        <source>the incident log: outages of customs, of our own system and of the link</source>
        <translation>das Störungsprotokoll: Ausfälle des Zolls, des eigenen Systems und der Verbindung</translation>
    </message>
    <message>
        <source>record an incident (with --end: one that is over); prints it</source>
        <translation>eine Störung erfassen (mit --end: eine beendete); gibt sie aus</translation>
    </message>
    <message>
        <source>own-system: the service desk&apos;s answer</source>
        <translation>own-system: die Antwort des Service Desk</translation>
    </message>
    <message>
        <source>correct or complete an incident (a detected draft becomes yours)</source>
        <translation>eine Störung korrigieren oder ergänzen (ein erkannter Entwurf wird zu Ihrem)</translation>
    </message>
    <message>
        <source>Correct or complete an incident; &apos;&apos; clears a text.</source>
        <translation>Eine Störung korrigieren oder ergänzen; &apos;&apos; leert einen Text.</translation>
    </message>
    <message>
        <source>the outage is over; prints the incident</source>
        <translation>der Ausfall ist vorüber; gibt die Störung aus</translation>
    </message>
    <message>
        <source>when it ended (default: now)</source>
        <translation>Zeitpunkt des Endes (Standard: jetzt)</translation>
    </message>
    <message>
        <source>write the report of an incident for the customs service desk</source>
        <translation>den Bericht zu einer Störung für den Service Desk des Zolls schreiben</translation>
    </message>
    <message>
        <source>default: as FILE ends (.csv), else pdf</source>
        <translation>Standard: nach der Endung von FILE (.csv), sonst pdf</translation>
    </message>
    <message>
        <source>outbound messages queued or sent without an answer during an incident: declarations to withdraw</source>
        <translation>ausgehende Nachrichten, die während einer Störung in der Warteschlange standen oder ohne Antwort gesendet wurden: zurückzuziehende Anmeldungen</translation>
    </message>
    <message>
        <source>a range of paper declaration numbers the office allocated</source>
        <translation>ein von der Zollstelle zugeteilter Nummernkreis für Papieranmeldungen</translation>
    </message>
    <message>
        <source>the customs office the range belongs to, e.g. DE004600</source>
        <translation>die Zollstelle, zu der der Nummernkreis gehört, z. B. DE004600</translation>
    </message>
    <message>
        <source>written before the number, e.g. BCP-</source>
        <translation>wird vor die Nummer geschrieben, z. B. BCP-</translation>
    </message>
    <message>
        <source>the paper number ranges</source>
        <translation>die Nummernkreise für Papieranmeldungen</translation>
    </message>
    <message>
        <source>record a movement handled on paper (BCP); prints it with its deadline</source>
        <translation>einen auf Papier abgewickelten Vorgang erfassen (BCP); gibt ihn mit seiner Frist aus</translation>
    </message>
    <message>
        <source>the country of destination, e.g. DE</source>
        <translation>das Bestimmungsland, z. B. DE</translation>
    </message>
    <message>
        <source>when the goods were taken over</source>
        <translation>wann die Waren übernommen wurden</translation>
    </message>
    <message>
        <source>the paper declaration&apos;s number (default: the next of a range of the office of destination)</source>
        <translation>die Nummer der Papieranmeldung (Standard: die nächste aus einem Nummernkreis der Bestimmungszollstelle)</translation>
    </message>
    <message>
        <source>the paper document</source>
        <translation>das Papierdokument</translation>
    </message>
    <message>
        <source>the incident that made it go on paper</source>
        <translation>die Störung, wegen der auf Papier gewechselt wurde</translation>
    </message>
    <message>
        <source>the movements handled on paper, with deadlines and reminders</source>
        <translation>die auf Papier abgewickelten Vorgänge mit Fristen und Erinnerungen</translation>
    </message>
    <message>
        <source>only those due today, tomorrow or overdue</source>
        <translation>nur die heute oder morgen fälligen und die überfälligen</translation>
    </message>
    <message>
        <source>the endorsed paper document was presented at the office of destination</source>
        <translation>das bestätigte Papierdokument wurde bei der Bestimmungszollstelle vorgelegt</translation>
    </message>
    <message>
        <source>when (default: now)</source>
        <translation>wann (Standard: jetzt)</translation>
    </message>
    <message>
        <source>refused: a movement handled on paper is never sent electronically</source>
        <translation>abgelehnt: ein auf Papier abgewickelter Vorgang wird nie elektronisch gesendet</translation>
    </message>
    <message>
        <source>per month: movements on paper, messages declared electronically, the share</source>
        <translation>je Monat: Vorgänge auf Papier, elektronisch angemeldete Nachrichten, der Anteil</translation>
    </message>
    <message>
        <source>show or set the offices&apos; regions and the share that draws a warning</source>
        <translation>die Regionen der Zollstellen und den Anteil, ab dem gewarnt wird, anzeigen oder festlegen</translation>
    </message>
    <message>
        <source>e.g. &apos;DE004600=HH DE002601=NW&apos; (&apos;&apos; for none)</source>
        <translation>z. B. &apos;DE004600=HH DE002601=NW&apos; (&apos;&apos; für keine)</translation>
    </message>
    <message>
        <source>warn above this share (default 5)</source>
        <translation>oberhalb dieses Anteils warnen (Standard 5)</translation>
    </message>
    <message>
        <source>store your access codes for a guarantee: JSON {&quot;pac&quot;, &quot;new_pac&quot;, &quot;spk&quot;: [...]} on stdin</source>
        <translation>Ihre Zugangscodes für eine Sicherheit speichern: JSON {&quot;pac&quot;, &quot;new_pac&quot;, &quot;spk&quot;: [...]} über stdin</translation>
    </message>
    <message>
        <source>show your own access codes for a guarantee</source>
        <translation>Ihre eigenen Zugangscodes für eine Sicherheit anzeigen</translation>
    </message>
    <message>
        <source>queue the access code registration (E_ACC_COD) with your codes</source>
        <translation>die Zugangscode-Registrierung (E_ACC_COD) mit Ihren Codes in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>send it before the others (first when the gateway is back after an outage)</source>
        <translation>vor den anderen senden (als Erstes, wenn das Gateway nach einem Ausfall wieder erreichbar ist)</translation>
    </message>
    <message>
        <source>send it now and fetch answers (like sync)</source>
        <translation>sofort senden und Antworten abholen (wie sync)</translation>
    </message>
    <message>
        <source>queue a guarantee query (CC034C) for one or more GRNs</source>
        <translation>eine Sicherheitenabfrage (CC034C) für eine oder mehrere GRN in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>usage period start, YYYY-MM-DD (default: 30 days ago)</source>
        <translation>Beginn des Zeitraums der Inanspruchnahme, YYYY-MM-DD (Standard: vor 30 Tagen)</translation>
    </message>
    <message>
        <source>usage period end, YYYY-MM-DD (default: today)</source>
        <translation>Ende des Zeitraums der Inanspruchnahme, YYYY-MM-DD (Standard: heute)</translation>
    </message>
    <message>
        <source>usage without a period: only the operations not yet released</source>
        <translation>Inanspruchnahme ohne Zeitraum: nur die noch nicht freigegebenen Vorgänge</translation>
    </message>
    <message>
        <source>send the outbox, fetch and apply the inbox; prints a JSON summary</source>
        <translation>Postausgang senden, Posteingang abholen und übernehmen; gibt eine Zusammenfassung als JSON aus</translation>
    </message>
    <message>
        <source>list messages in and out</source>
        <translation>ein- und ausgehende Nachrichten auflisten</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <source>print a message as XML or as its preview HTML</source>
        <translation>eine Nachricht als XML oder als ihre HTML-Vorschau ausgeben</translation>
    </message>
    <message>
        <source>the message&apos;s number or its message identification</source>
        <translation>die Nummer der Nachricht oder ihre Nachrichtenkennung</translation>
    </message>
    <message>
        <source>its fields and its history</source>
        <translation>ihre Felder und ihr Verlauf</translation>
    </message>
    <message>
        <source>apply a quarantined answer again at the next send and receive</source>
        <translation>eine Antwort in Quarantäne beim nächsten Senden und Empfangen erneut übernehmen</translation>
    </message>
    <message>
        <source>the message&apos;s number</source>
        <translation>die Nummer der Nachricht</translation>
    </message>
    <message>
        <source>list the communication parameter sets</source>
        <translation>die Kommunikationsparametersätze auflisten</translation>
    </message>
    <message>
        <source>change a communication parameter set; prints it</source>
        <translation>einen Kommunikationsparametersatz ändern; gibt ihn aus</translation>
    </message>
    <message>
        <source>the parameter set&apos;s id (see params)</source>
        <translation>die ID des Parametersatzes (siehe params)</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>sein Name</translation>
    </message>
    <message>
        <source>the gateway: an http(s) URL or a mailbox folder</source>
        <translation>das Gateway: eine http(s)-URL oder ein Postfachordner</translation>
    </message>
    <message>
        <source>the participant&apos;s EORI</source>
        <translation>die EORI des Teilnehmers</translation>
    </message>
    <message>
        <source>the participant code</source>
        <translation>der Teilnehmercode</translation>
    </message>
    <message>
        <source>the NCTS permit number</source>
        <translation>die NCTS-Bewilligungsnummer</translation>
    </message>
    <message>
        <source>check a message file against the schemas</source>
        <translation>eine Nachrichtendatei gegen die Schemas prüfen</translation>
    </message>
    <message>
        <source>run the customs simulator (training environment) on loopback</source>
        <translation>den Zollsimulator (Schulungsumgebung) auf Loopback starten</translation>
    </message>
    <message>
        <source>JSON file of register entries to add or replace</source>
        <translation>JSON-Datei mit Registereinträgen, die hinzugefügt oder ersetzt werden</translation>
    </message>
    <message>
        <source>minimum time between queries on one GRN</source>
        <translation>Mindestabstand zwischen Abfragen zu einer GRN</translation>
    </message>
    <message>
        <source>folder of official XSDs to validate against as well</source>
        <translation>Ordner mit offiziellen XSDs, gegen die zusätzlich validiert wird</translation>
    </message>
    <message>
        <source>also serve a mailbox folder (out/ and in/)</source>
        <translation>zusätzlich einen Postfachordner bedienen (out/ und in/)</translation>
    </message>
    <message>
        <source>start in a simulated outage</source>
        <translation>in einem simulierten Ausfall starten</translation>
    </message>
    <message>
        <source>seconds before answers become available</source>
        <translation>Sekunden, bis Antworten verfügbar werden</translation>
    </message>
    <message>
        <source>create or migrate the database</source>
        <translation>die Datenbank anlegen oder migrieren</translation>
    </message>
    <message>
        <source>load the demo organisations, guarantees and parameter sets</source>
        <translation>die Demo-Organisationen, -Sicherheiten und -Parametersätze laden</translation>
    </message>
    <message>
        <source>import EU CS/RD2 code lists and the customs office list</source>
        <translation>EU-Codelisten (CS/RD2) und die Zollstellenliste importieren</translation>
    </message>
    <message>
        <source>check a GRN and its check digit</source>
        <translation>eine GRN und ihre Prüfziffer prüfen</translation>
    </message>
    <message>
        <source>add an organisation</source>
        <translation>eine Organisation hinzufügen</translation>
    </message>
    <message>
        <source>add a guarantee to an organisation</source>
        <translation>einer Organisation eine Sicherheit hinzufügen</translation>
    </message>
    <message>
        <source>keep a GRN whose only fault is its check digit (training data)</source>
        <translation>eine GRN behalten, deren einziger Fehler die Prüfziffer ist (Schulungsdaten)</translation>
    </message>
    <message>
        <source>list organisations</source>
        <translation>Organisationen auflisten</translation>
    </message>
    <message>
        <source>list guarantees</source>
        <translation>Sicherheiten auflisten</translation>
    </message>
    <message>
        <source>a summary declaration (ATLAS CUSPRL) from a JSON file: new, or with --id replacing the working copy of one</source>
        <translation>eine summarische Anmeldung (ATLAS CUSPRL) aus einer JSON-Datei: neu, oder mit --id als Ersatz der Arbeitskopie einer vorhandenen</translation>
    </message>
    <message>
        <source>the JSON declaration (&apos;-&apos; for stdin)</source>
        <translation>die Anmeldung als JSON (&apos;-&apos; für stdin)</translation>
    </message>
    <message>
        <source>the declaration whose working copy it replaces</source>
        <translation>die Anmeldung, deren Arbeitskopie sie ersetzt</translation>
    </message>
    <message>
        <source>check a summary declaration against what customs hold and queue it</source>
        <translation>eine summarische Anmeldung mit dem Stand beim Zoll abgleichen und in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>the confirmation flag (ESA: 1 or 2; ESV: 3)</source>
        <translation>das Bestätigungskennzeichen (ESA: 1 oder 2; ESV: 3)</translation>
    </message>
    <message>
        <source>the positions to send or confirm, e.g. 1,2,5</source>
        <translation>die zu sendenden oder zu bestätigenden Positionen, z. B. 1,2,5</translation>
    </message>
    <message>
        <source>list the summary declarations</source>
        <translation>die summarischen Anmeldungen auflisten</translation>
    </message>
    <message>
        <source>a summary declaration with its positions</source>
        <translation>eine summarische Anmeldung mit ihren Positionen</translation>
    </message>
    <message>
        <source>add a user (administrators)</source>
        <translation>einen Benutzer hinzufügen (Administratoren)</translation>
    </message>
    <message>
        <source>advanced acts for organisations and needs the identity confirmed (default: basic)</source>
        <translation>advanced handelt für Organisationen und erfordert eine bestätigte Identität (Standard: basic)</translation>
    </message>
    <message>
        <source>file whose first line is the new password</source>
        <translation>Datei, deren erste Zeile das neue Passwort ist</translation>
    </message>
    <message>
        <source>how the identity was confirmed (advanced level; default: confirmed by the administrator)</source>
        <translation>wie die Identität bestätigt wurde (Stufe advanced; Standard: vom Administrator bestätigt)</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>die Benutzer auflisten</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>Ihr Passwort ändern</translation>
    </message>
    <message>
        <source>set a new password for a user (administrators; their codes are lost)</source>
        <translation>ein neues Passwort für einen Benutzer festlegen (Administratoren; seine Codes gehen verloren)</translation>
    </message>
    <message>
        <source>let a user (or an agency organisation) act for an organisation</source>
        <translation>einen Benutzer (oder eine Dienstleister-Organisation) für eine Organisation handeln lassen</translation>
    </message>
    <message>
        <source>the person who represents</source>
        <translation>die Person, die vertritt</translation>
    </message>
    <message>
        <source>the agency organisation that represents</source>
        <translation>die Dienstleister-Organisation, die vertritt</translation>
    </message>
    <message>
        <source>the organisation represented</source>
        <translation>die vertretene Organisation</translation>
    </message>
    <message>
        <source>power of attorney reference</source>
        <translation>Referenz der Vollmacht</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD (Standard: heute)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: open-ended)</source>
        <translation>letzter Tag, YYYY-MM-DD (Standard: unbefristet)</translation>
    </message>
    <message>
        <source>list representations</source>
        <translation>Vertretungen auflisten</translation>
    </message>
    <message>
        <source>the audit log, newest first</source>
        <translation>das Prüfprotokoll, neueste zuerst</translation>
    </message>
    <message>
        <source>only this user&apos;s entries</source>
        <translation>nur die Einträge dieses Benutzers</translation>
    </message>
    <message>
        <source>only this action (e.g. spk_used, login_failed)</source>
        <translation>nur diese Aktion (z. B. spk_used, login_failed)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or a time (UTC) YYYY-MM-DDTHH:MM:SS</source>
        <translation>YYYY-MM-DD oder ein Zeitpunkt (UTC) YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (the whole day), or a time (UTC)</source>
        <translation>YYYY-MM-DD (der ganze Tag) oder ein Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>at most this many entries (default: all)</source>
        <translation>höchstens so viele Einträge (Standard: alle)</translation>
    </message>
    <message>
        <source>copy this data folder&apos;s database into an empty office database (--to), or an office database into a new data folder (--from); verified by counts and checksums; prints JSON</source>
        <translation>die Datenbank dieses Datenordners in eine leere Bürodatenbank kopieren (--to) oder eine Bürodatenbank in einen neuen Datenordner (--from); geprüft anhand von Anzahlen und Prüfsummen; gibt JSON aus</translation>
    </message>
    <message>
        <source>the empty office database to fill</source>
        <translation>die leere Bürodatenbank, die befüllt werden soll</translation>
    </message>
    <message>
        <source>the office database to copy into the data folder</source>
        <translation>die Bürodatenbank, die in den Datenordner kopiert werden soll</translation>
    </message>
    <message>
        <source>write this workstation&apos;s key, which every workstation of the office needs, to FILE locked with a passphrase (administrators)</source>
        <translation>den Schlüssel dieses Arbeitsplatzes, den jeder Arbeitsplatz des Büros braucht, mit einer Passphrase gesperrt in FILE schreiben (Administratoren)</translation>
    </message>
    <message>
        <source>file whose first line is the passphrase (at least 12 characters)</source>
        <translation>Datei, deren erste Zeile die Passphrase ist (mindestens 12 Zeichen)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>FILE ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>make the office key exported on another workstation this one&apos;s; a different key it had is kept beside it</source>
        <translation>den auf einem anderen Arbeitsplatz exportierten Büroschlüssel zum Schlüssel dieses Arbeitsplatzes machen; ein bisheriger anderer Schlüssel wird daneben aufbewahrt</translation>
    </message>
    <message>
        <source>file whose first line is the passphrase</source>
        <translation>Datei, deren erste Zeile die Passphrase ist</translation>
    </message>
    <message>
        <source>let the server role ROLE use the office database given with --database-url, without the right to change or delete the audit log; run as the role owning its tables; prints JSON</source>
        <translation>der Serverrolle ROLE die Nutzung der mit --database-url angegebenen Bürodatenbank erlauben, ohne das Recht, das Prüfprotokoll zu ändern oder zu löschen; als Eigentümerrolle ihrer Tabellen ausführen; gibt JSON aus</translation>
    </message>
    <message>
        <source>keep the password of the office database&apos;s server account in the system keyring once the server has taken it, or remove it with --forget; prints JSON</source>
        <translation>das Passwort des Serverkontos der Bürodatenbank im Schlüsselbund des Systems ablegen, sobald der Server es angenommen hat, oder es mit --forget entfernen; gibt JSON aus</translation>
    </message>
    <message>
        <source>file whose first line is the password; without it, the password is asked for (or read from standard input)</source>
        <translation>Datei, deren erste Zeile das Passwort ist; ohne sie wird nach dem Passwort gefragt (oder es wird von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <source>remove the password the system keyring keeps for this account</source>
        <translation>das Passwort entfernen, das der Schlüsselbund des Systems für dieses Konto aufbewahrt</translation>
    </message>
    <message>
        <source>which database this workstation uses; for an office database, whether it answers, the server&apos;s version and the schema&apos;s; prints JSON</source>
        <translation>welche Datenbank dieser Arbeitsplatz verwendet; bei einer Bürodatenbank, ob sie antwortet, die Version des Servers und die des Schemas; gibt JSON aus</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>--password-file needs --user NAME: say whose password it is.</source>
        <translation>--password-file benötigt --user NAME: Geben Sie an, wessen Passwort es ist.</translation>
    </message>
    <message>
        <source>A command line is shown to everyone on the computer and kept in logs: leave the password out of {option} and keep it in the system keyring with db-password, or give it in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Eine Befehlszeile sieht jeder auf dem Computer, und sie wird in Protokollen aufbewahrt: Lassen Sie das Passwort aus {option} weg und legen Sie es mit db-password im Schlüsselbund des Systems ab, oder geben Sie es in PGPASSWORD oder einer Passwortdatei (~/.pgpass) an.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>Die Passwortdatei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The password file {path} is empty: put the password on its first line.</source>
        <translation>Die Passwortdatei {path} ist leer: Schreiben Sie das Passwort in die erste Zeile.</translation>
    </message>
    <message>
        <source>The administration must be one of {administrations}.</source>
        <translation>Die Zollverwaltung muss eine der folgenden sein: {administrations}.</translation>
    </message>
    <message>
        <source>The database cannot be used right now ({reason}); nothing was changed. Try again, or close the other program that holds it.</source>
        <translation>Die Datenbank kann gerade nicht verwendet werden ({reason}); es wurde nichts geändert. Versuchen Sie es erneut, oder schließen Sie das andere Programm, das sie belegt.</translation>
    </message>
    <message>
        <source>Give what to change, e.g. --ticket T or --confirmed yes.</source>
        <translation>Geben Sie an, was geändert werden soll, z. B. --ticket T oder --confirmed yes.</translation>
    </message>
    <message>
        <source>Not JSON ({reason}): give an object with &quot;pac&quot;, &quot;new_pac&quot; and &quot;spk&quot;.</source>
        <translation>Kein JSON ({reason}): Geben Sie ein Objekt mit &quot;pac&quot;, &quot;new_pac&quot; und &quot;spk&quot; an.</translation>
    </message>
    <message>
        <source>Give a JSON object like {&quot;pac&quot;: &quot;AB12&quot;, &quot;spk&quot;: [&quot;CD34&quot;]}; &quot;spk&quot; is a list.</source>
        <translation>Geben Sie ein JSON-Objekt wie {&quot;pac&quot;: &quot;AB12&quot;, &quot;spk&quot;: [&quot;CD34&quot;]} an; &quot;spk&quot; ist eine Liste.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a code in quotes, e.g. &quot;AB12&quot;, or null to clear it.</source>
        <translation>&quot;{field}&quot; muss ein Code in Anführungszeichen sein, z. B. &quot;AB12&quot;, oder null zum Leeren.</translation>
    </message>
    <message>
        <source>&quot;spk&quot; must be a list of codes in quotes, e.g. [&quot;CD34&quot;, &quot;EF56&quot;].</source>
        <translation>&quot;spk&quot; muss eine Liste von Codes in Anführungszeichen sein, z. B. [&quot;CD34&quot;, &quot;EF56&quot;].</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a message number: give a whole number from 1 to {largest}, or the message identification.</source>
        <translation>„{given}“ ist keine Nachrichtennummer: Geben Sie eine ganze Zahl von 1 bis {largest} oder die Nachrichtenkennung an.</translation>
    </message>
    <message>
        <source>Message {id} has no readable content (state: {state}); see its history with &apos;messages --json&apos;.</source>
        <translation>Nachricht {id} hat keinen lesbaren Inhalt (Status: {state}); ihren Verlauf zeigt &apos;messages --json&apos;.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>GRN {grn} is recorded {count} times (ids {ids}): remove the duplicates first.</source>
        <translation>GRN {grn} ist {count}-mal erfasst (IDs {ids}): Entfernen Sie zuerst die Duplikate.</translation>
    </message>
    <message>
        <source>The file is not JSON ({reason}).</source>
        <translation>Die Datei ist kein JSON ({reason}).</translation>
    </message>
    <message>
        <source>Changing a password needs the current one: give --user NAME --password-file FILE before the command.</source>
        <translation>Zum Ändern eines Passworts wird das aktuelle benötigt: Geben Sie vor dem Befehl --user NAME --password-file FILE an.</translation>
    </message>
    <message>
        <source>Note: PGPASSWORD is set, and comes first: the password kept in the system keyring is used where PGPASSWORD is not.</source>
        <translation>Hinweis: PGPASSWORD ist gesetzt und hat Vorrang: Das im Schlüsselbund des Systems abgelegte Passwort wird dort verwendet, wo PGPASSWORD nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>Name the office database with --database-url or CUSTOMSDESK_DATABASE_URL.</source>
        <translation>Geben Sie die Bürodatenbank mit --database-url oder CUSTOMSDESK_DATABASE_URL an.</translation>
    </message>
    <message>
        <source>Password of the server account: </source>
        <translation>Passwort des Serverkontos: </translation>
    </message>
    <message>
        <source>No password was given: type it, or give a file whose first line it is with --password-file.</source>
        <translation>Es wurde kein Passwort angegeben: Geben Sie es ein, oder nennen Sie mit --password-file eine Datei, deren erste Zeile es ist.</translation>
    </message>
</context>
<context>
    <name>Communication</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Settings ▸ Communication parameters ▸ Participant code</source>
        <translation>Einstellungen ▸ Kommunikationsparameter ▸ Teilnehmercode</translation>
    </message>
    <message>
        <source>change the onboarding checklist</source>
        <translation>die Einrichtungs-Checkliste ändern</translation>
    </message>
    <message>
        <source>Only port orders for sea-freight export are created here: the certificate is needed only for exit summary declarations and re-export notifications.</source>
        <translation>Hier werden nur Hafenaufträge für den Seefrachtexport erstellt: Das Zertifikat wird nur für summarische Ausgangsanmeldungen und Wiederausfuhrmitteilungen benötigt.</translation>
    </message>
    <message>
        <source>Register the certificate with German customs. Open a business account in the customs business portal (Zoll-Portal) with the company&apos;s ELSTER certificate and wait for the confirmation, which can take a few days. Then sign in to the portal, open Services ▸ “Certificate administration for B2A” (Zertifikatsverwaltung für B2A) ▸ Add certificate and choose the purpose “ATLAS digital signature for web-service communication” (ATLAS Digitale Signatur zur Webservice Kommunikation). Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Registrieren Sie das Zertifikat beim deutschen Zoll. Eröffnen Sie mit dem ELSTER-Zertifikat des Unternehmens ein Geschäftskundenkonto im Zoll-Portal und warten Sie auf die Bestätigung, die einige Tage dauern kann. Melden Sie sich dann im Portal an, öffnen Sie Dienste ▸ „Zertifikatsverwaltung für B2A“ ▸ Zertifikat hinzufügen und wählen Sie den Verwendungszweck „ATLAS Digitale Signatur zur Webservice Kommunikation“. Laden Sie nur das Zertifikat hoch — niemals den privaten Schlüssel oder die PKCS#12/PFX-Datei.</translation>
    </message>
    <message>
        <source>Register the certificate with the {administration} customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <extracomment>{administration}: the code of an administration that has no text of its own</extracomment>
        <translation>Registrieren Sie das Zertifikat bei der Zollverwaltung {administration} als das Zertifikat, mit dem Ihre elektronischen Nachrichten (System-zu-System) signiert werden; folgen Sie dazu dem Registrierungsverfahren auf deren Zollportal. Laden Sie nur das Zertifikat hoch — niemals den privaten Schlüssel oder die PKCS#12/PFX-Datei.</translation>
    </message>
    <message>
        <source>Register the certificate with the Czech customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Registrieren Sie das Zertifikat bei der tschechischen Zollverwaltung als das Zertifikat, mit dem Ihre elektronischen Nachrichten (System-zu-System) signiert werden; folgen Sie dazu dem Registrierungsverfahren auf deren Zollportal. Laden Sie nur das Zertifikat hoch — niemals den privaten Schlüssel oder die PKCS#12/PFX-Datei.</translation>
    </message>
    <message>
        <source>Register the certificate with the Polish customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Registrieren Sie das Zertifikat bei der polnischen Zollverwaltung als das Zertifikat, mit dem Ihre elektronischen Nachrichten (System-zu-System) signiert werden; folgen Sie dazu dem Registrierungsverfahren auf deren Zollportal. Laden Sie nur das Zertifikat hoch — niemals den privaten Schlüssel oder die PKCS#12/PFX-Datei.</translation>
    </message>
    <message>
        <source>Apply for the participant certificate</source>
        <translation>Teilnehmerzertifikat beantragen</translation>
    </message>
    <message>
        <source>Order a certificate for this EORI from a qualified trust service provider: an eIDAS qualified or advanced seal certificate (sold for example as “Qualified Seal ID”) with an RSA or ECC key and the key usages digital signature and non-repudiation — ask the provider if unsure. It costs money and takes 8–10 weeks to arrive. It is valid for one year and has to be renewed every year. One certificate serves every administration and module of the EORI.</source>
        <translation>Bestellen Sie für diese EORI ein Zertifikat bei einem qualifizierten Vertrauensdiensteanbieter: ein qualifiziertes oder fortgeschrittenes Siegelzertifikat nach eIDAS (angeboten zum Beispiel als „Qualified Seal ID“) mit RSA- oder ECC-Schlüssel und den Schlüsselverwendungen digitale Signatur und Nichtabstreitbarkeit — fragen Sie im Zweifel den Anbieter. Es ist kostenpflichtig, und die Lieferung dauert 8–10 Wochen. Es ist ein Jahr gültig und muss jedes Jahr erneuert werden. Ein Zertifikat gilt für alle Verwaltungen und Module der EORI.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Register the certificate with customs</source>
        <translation>Zertifikat beim Zoll registrieren</translation>
    </message>
    <message>
        <source>Send the certificate to the gateway operator</source>
        <translation>Zertifikat an den Gateway-Betreiber senden</translation>
    </message>
    <message>
        <source>Mail the certificate file you received from the trust service provider to the service provider or gateway operator that runs your connection, without its password, with the subject line “Einrichtung WKS, &lt;participant code&gt;” so that it is set up for the right participant. An automatic receipt comes first and later a mail with a ticket number: enter the ticket number here.</source>
        <translation>Senden Sie die Zertifikatsdatei, die Sie vom Vertrauensdiensteanbieter erhalten haben, per E-Mail ohne ihr Passwort an den Dienstleister oder Gateway-Betreiber, der Ihre Anbindung betreibt, mit dem Betreff „Einrichtung WKS, &lt;participant code&gt;“, damit sie für den richtigen Teilnehmer eingerichtet wird. Zuerst kommt eine automatische Eingangsbestätigung, später eine E-Mail mit einer Ticketnummer: Geben Sie die Ticketnummer hier ein.</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>Send the password in a separate reply</source>
        <translation>Passwort in einer separaten Antwort senden</translation>
    </message>
    <message>
        <source>Once the mail with the ticket number has arrived, reply to it with the certificate&apos;s password and nothing else, so that the operator matches the password to the right certificate. Never send the certificate and its password in the same mail. CustomsDesk never exports a certificate together with its password.</source>
        <translation>Sobald die E-Mail mit der Ticketnummer eingegangen ist, antworten Sie darauf nur mit dem Passwort des Zertifikats, damit der Betreiber das Passwort dem richtigen Zertifikat zuordnet. Senden Sie Zertifikat und Passwort niemals in derselben E-Mail. CustomsDesk exportiert ein Zertifikat niemals zusammen mit seinem Passwort.</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>the whole checklist</comment>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>{done} of {total} done ({not_needed} not needed)</source>
        <translation>{done} von {total} erledigt ({not_needed} nicht erforderlich)</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <source>The step must be one of {steps}.</source>
        <translation>Der Schritt muss einer der folgenden sein: {steps}.</translation>
    </message>
    <message>
        <source>The state must be one of {states}.</source>
        <translation>Der Status muss einer der folgenden sein: {states}.</translation>
    </message>
    <message>
        <source>An open step has not started: set the state to in progress or done, or leave the start date empty.</source>
        <translation>Ein offener Schritt ist noch nicht begonnen: Setzen Sie den Status auf „In Bearbeitung“ oder „Erledigt“, oder lassen Sie das Beginndatum leer.</translation>
    </message>
    <message>
        <source>Only a step that is done has a done date: set the state to done, or leave the done date empty.</source>
        <translation>Nur ein erledigter Schritt hat ein Erledigungsdatum: Setzen Sie den Status auf „Erledigt“, oder lassen Sie das Erledigungsdatum leer.</translation>
    </message>
    <message>
        <source>Step {number} has no reference to record: leave it empty (the ticket number belongs to step 3).</source>
        <translation>Schritt {number} hat keine Referenz zu erfassen: Lassen Sie das Feld leer (die Ticketnummer gehört zu Schritt 3).</translation>
    </message>
    <message>
        <source>A step that is not needed says why: write the reason in the note, e.g. “{reason}”.</source>
        <translation>Bei einem nicht erforderlichen Schritt ist der Grund anzugeben: Schreiben Sie ihn in die Notiz, z. B. „{reason}“.</translation>
    </message>
    <message>
        <source>A step that is not needed says why: write the reason in the note.</source>
        <translation>Bei einem nicht erforderlichen Schritt ist der Grund anzugeben: Schreiben Sie ihn in die Notiz.</translation>
    </message>
    <message>
        <source>Step {number} can be done only with the participant certificate of EORI {eori} at hand, and none is imported: import it in {place} first, then mark this step done.</source>
        <translation>Schritt {number} kann nur mit dem Teilnehmerzertifikat der EORI {eori} erledigt werden, und es ist keines importiert: Importieren Sie es zuerst unter {place} und markieren Sie dann diesen Schritt als erledigt.</translation>
    </message>
    <message>
        <source>The password is sent only in a separate reply after the gateway operator has answered with a ticket number — never together with the certificate. Mark step 3 done with its ticket number first.</source>
        <translation>Das Passwort wird erst in einer separaten Antwort gesendet, nachdem der Gateway-Betreiber mit einer Ticketnummer geantwortet hat — niemals zusammen mit dem Zertifikat. Markieren Sie zuerst Schritt 3 mit seiner Ticketnummer als erledigt.</translation>
    </message>
    <message>
        <source>Step 4 records the password as done for ticket {ticket}, so step 3 has to stay done with that ticket number: set step 4 back to open first.</source>
        <translation>Schritt 4 verzeichnet das Passwort als erledigt für Ticket {ticket}, daher muss Schritt 3 mit dieser Ticketnummer erledigt bleiben: Setzen Sie zuerst Schritt 4 auf „Offen“ zurück.</translation>
    </message>
    <message>
        <source>Step 4 records the password as in progress for ticket {ticket}, so step 3 has to stay done with that ticket number: set step 4 back to open first.</source>
        <translation>Schritt 4 verzeichnet das Passwort als in Bearbeitung für Ticket {ticket}, daher muss Schritt 3 mit dieser Ticketnummer erledigt bleiben: Setzen Sie zuerst Schritt 4 auf „Offen“ zurück.</translation>
    </message>
    <message>
        <source>Applied on {date}: the certificate is expected between {early} and {late}.</source>
        <translation>Beantragt am {date}: Das Zertifikat wird zwischen {early} und {late} erwartet.</translation>
    </message>
    <message>
        <source>That is past: ask the trust service provider where it is.</source>
        <translation>Dieser Zeitraum ist vorbei: Fragen Sie beim Vertrauensdiensteanbieter nach, wo es bleibt.</translation>
    </message>
    <message>
        <source>Import it in {place} when it arrives.</source>
        <translation>Importieren Sie es bei Eingang unter {place}.</translation>
    </message>
    <message>
        <source>No participant certificate is imported for this EORI yet: import it in {place} (the PKCS#12/PFX file and its password) so that steps 2 and 3 can use it.</source>
        <translation>Für diese EORI ist noch kein Teilnehmerzertifikat importiert: Importieren Sie es unter {place} (die PKCS#12/PFX-Datei und ihr Passwort), damit die Schritte 2 und 3 es verwenden können.</translation>
    </message>
    <message>
        <source>A new certificate costs money and takes 8–10 weeks: applied today, it would arrive between {early} and {late}.</source>
        <translation>Ein neues Zertifikat ist kostenpflichtig und dauert 8–10 Wochen: Heute beantragt, käme es zwischen {early} und {late}.</translation>
    </message>
    <message>
        <source>The participant certificate was imported on {date}, valid until {end}.</source>
        <translation>Das Teilnehmerzertifikat wurde am {date} importiert und ist gültig bis {end}.</translation>
    </message>
    <message>
        <source>It is a test certificate, usable in training only.</source>
        <translation>Es ist ein Testzertifikat und nur in der Schulung verwendbar.</translation>
    </message>
    <message>
        <source>It has expired: apply for a new one now.</source>
        <translation>Es ist abgelaufen: Beantragen Sie jetzt ein neues.</translation>
    </message>
    <message>
        <source>Order the yearly renewal by {date}: a new one takes 8–10 weeks.</source>
        <translation>Bestellen Sie die jährliche Erneuerung bis {date}: Ein neues Zertifikat dauert 8–10 Wochen.</translation>
    </message>
    <message>
        <source>Mark this step done.</source>
        <translation>Markieren Sie diesen Schritt als erledigt.</translation>
    </message>
    <message>
        <source>Import the participant certificate in {place} first: this step can be marked done only then.</source>
        <translation>Importieren Sie zuerst das Teilnehmerzertifikat unter {place}: Erst dann kann dieser Schritt als erledigt markiert werden.</translation>
    </message>
    <message>
        <source>Registered. Step 3 sends the certificate to the gateway operator.</source>
        <translation>Registriert. In Schritt 3 wird das Zertifikat an den Gateway-Betreiber gesendet.</translation>
    </message>
    <message>
        <source>Use “Export public certificate…” and upload that file: it holds the public certificate only. Never upload the PKCS#12/PFX file or the private key.</source>
        <translation>Verwenden Sie „Öffentliches Zertifikat exportieren…“ und laden Sie diese Datei hoch: Sie enthält nur das öffentliche Zertifikat. Laden Sie niemals die PKCS#12/PFX-Datei oder den privaten Schlüssel hoch.</translation>
    </message>
    <message>
        <source>No participant code is set for EORI {eori} in {administration}, and the mail subject names it: fill it in {setting}.</source>
        <translation>Für die EORI {eori} ist in {administration} kein Teilnehmercode eingetragen, und der E-Mail-Betreff enthält ihn: Tragen Sie ihn unter {setting} ein.</translation>
    </message>
    <message>
        <source>Mail subject: “{subject}”.</source>
        <translation>E-Mail-Betreff: „{subject}“.</translation>
    </message>
    <message>
        <source>One mail per participant code, with the subjects {subjects}.</source>
        <translation>Eine E-Mail je Teilnehmercode, mit den Betreffzeilen {subjects}.</translation>
    </message>
    <message>
        <source>Ticket number {ticket}: reply to that mail with the password (step 4).</source>
        <translation>Ticketnummer {ticket}: Antworten Sie auf diese E-Mail mit dem Passwort (Schritt 4).</translation>
    </message>
    <message>
        <source>Waiting for the ticket number: enter it here when the operator&apos;s mail arrives.</source>
        <translation>Warten auf die Ticketnummer: Geben Sie sie hier ein, wenn die E-Mail des Betreibers eingeht.</translation>
    </message>
    <message>
        <source>Send it once it is registered with customs (step 2), without its password.</source>
        <translation>Senden Sie es, sobald es beim Zoll registriert ist (Schritt 2), ohne sein Passwort.</translation>
    </message>
    <message>
        <source>Send the certificate without its password.</source>
        <translation>Senden Sie das Zertifikat ohne sein Passwort.</translation>
    </message>
    <message>
        <source>Wait for the ticket number of step 3 before sending the password. Never send the certificate and its password together.</source>
        <translation>Warten Sie auf die Ticketnummer aus Schritt 3, bevor Sie das Passwort senden. Senden Sie Zertifikat und Passwort niemals zusammen.</translation>
    </message>
    <message>
        <source>The password was sent in reply to ticket {ticket}.</source>
        <translation>Das Passwort wurde als Antwort auf Ticket {ticket} gesendet.</translation>
    </message>
    <message>
        <source>Reply to the operator&apos;s mail with ticket number {ticket}, with the certificate&apos;s password only — no attachment.</source>
        <translation>Antworten Sie auf die E-Mail des Betreibers mit der Ticketnummer {ticket} nur mit dem Passwort des Zertifikats — ohne Anhang.</translation>
    </message>
    <message>
        <source>The administration must be one of {codes}.</source>
        <translation>Die Verwaltung muss eine der folgenden sein: {codes}.</translation>
    </message>
    <message>
        <source>The start date {date} is in the future: give the day the step was started, today at the latest.</source>
        <translation>Das Beginndatum {date} liegt in der Zukunft: Geben Sie den Tag an, an dem der Schritt begonnen wurde, spätestens heute.</translation>
    </message>
    <message>
        <source>The done date {date} is in the future: mark the step done on the day it was done, today at the latest.</source>
        <translation>Das Erledigungsdatum {date} liegt in der Zukunft: Markieren Sie den Schritt an dem Tag als erledigt, an dem er erledigt wurde, spätestens heute.</translation>
    </message>
    <message>
        <source>The done date {date} is before the start date {start}: correct one of the two dates.</source>
        <translation>Das Erledigungsdatum {date} liegt vor dem Beginndatum {start}: Korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>Settings ▸ Communication parameters ▸ NCTS permit number for electronic communication</source>
        <translation>Einstellungen ▸ Kommunikationsparameter ▸ NCTS-Bewilligungsnummer für die elektronische Kommunikation</translation>
    </message>
    <message>
        <source>Give the parameter set a name, e.g. &apos;CZ NCTS production&apos;.</source>
        <translation>Geben Sie dem Parametersatz einen Namen, z. B. „CZ NCTS Produktion“.</translation>
    </message>
    <message>
        <source>Administration must be one of {codes}.</source>
        <translation>Die Verwaltung muss eine der folgenden sein: {codes}.</translation>
    </message>
    <message>
        <source>Environment must be one of {codes}.</source>
        <translation>Die Umgebung muss eine der folgenden sein: {codes}.</translation>
    </message>
    <message>
        <source>The branch number has exactly 4 digits (0000 for the head office).</source>
        <translation>Die Niederlassungsnummer hat genau 4 Ziffern (0000 für den Hauptsitz).</translation>
    </message>
    <message>
        <source>The gateway is an http(s):// address or a mailbox folder path.</source>
        <translation>Das Gateway ist eine http(s)://-Adresse oder der Pfad eines Postfachordners.</translation>
    </message>
    <message>
        <source>{what} has no communication parameters: choose a parameter set in the guarantee editor.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot; or &quot;The balance query for 25CZ…&quot;</extracomment>
        <translation>{what} hat keine Kommunikationsparameter: Wählen Sie im Bearbeitungsfenster der Sicherheit einen Parametersatz.</translation>
    </message>
    <message>
        <source>{what} cannot be sent: the communication parameters &apos;{name}&apos; have no NCTS permit number for electronic communication. Fill it in {setting}.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot;; {setting}: where to fill the number in</extracomment>
        <translation>{what} kann nicht gesendet werden: Die Kommunikationsparameter „{name}“ haben keine NCTS-Bewilligungsnummer für die elektronische Kommunikation. Tragen Sie sie unter {setting} ein.</translation>
    </message>
    <message>
        <source>{what} cannot be sent: the communication parameters &apos;{name}&apos; have no gateway. Fill it in Settings ▸ Communication parameters.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot;</extracomment>
        <translation>{what} kann nicht gesendet werden: Die Kommunikationsparameter „{name}“ haben kein Gateway. Tragen Sie es unter Einstellungen ▸ Kommunikationsparameter ein.</translation>
    </message>
    <message>
        <source>Communication parameter set {id} does not exist.</source>
        <translation>Der Kommunikationsparametersatz {id} existiert nicht.</translation>
    </message>
    <message>
        <source>change communication parameter sets</source>
        <translation>Kommunikationsparametersätze ändern</translation>
    </message>
    <message>
        <source>The parameter set “{name}” was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Der Parametersatz „{name}“ wurde inzwischen von jemand anderem geändert (vielleicht an einem anderen Arbeitsplatz). Ihre Änderungen wurden nicht gespeichert: Laden Sie ihn neu, um die anderen Änderungen zu sehen, und nehmen Sie Ihre dann erneut vor.</translation>
    </message>
    <message>
        <source>delete communication parameter sets</source>
        <translation>Kommunikationsparametersätze löschen</translation>
    </message>
</context>
<context>
    <name>Continuity</name>
    <message>
        <source>BCP transit accompanying document (BCP-TAD)</source>
        <translation>BCP-Versandbegleitdokument (BCP-TAD)</translation>
    </message>
    <message>
        <source>transit accompanying document (TAD)</source>
        <translation>Versandbegleitdokument (TAD)</translation>
    </message>
    <message>
        <source>Present the endorsed document by {deadline}: the working day after taking over the goods on {taken_over} ({where}).</source>
        <translation>Legen Sie das bestätigte Dokument bis {deadline} vor: am Arbeitstag nach der Übernahme der Waren am {taken_over} ({where}).</translation>
    </message>
    <message>
        <source>Present the endorsed document by {deadline}: the working day after taking over the goods on {taken_over} ({where}); not a working day: {skipped}.</source>
        <translation>Legen Sie das bestätigte Dokument bis {deadline} vor: am Arbeitstag nach der Übernahme der Waren am {taken_over} ({where}); kein Arbeitstag: {skipped}.</translation>
    </message>
    <message>
        <source>office of destination</source>
        <translation>Bestimmungszollstelle</translation>
    </message>
    <message>
        <source>office of departure</source>
        <translation>Abgangszollstelle</translation>
    </message>
    <message>
        <source>The office of destination {office} is in {office_country}, not {country}: the deadline follows the public holidays of the destination country, so give {office_country}.</source>
        <translation>Die Bestimmungszollstelle {office} liegt in {office_country}, nicht in {country}: Die Frist richtet sich nach den gesetzlichen Feiertagen des Bestimmungslands, geben Sie daher {office_country} an.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a paper document: {kinds}.</source>
        <translation>„{kind}“ ist kein Papierdokument: {kinds}.</translation>
    </message>
    <message>
        <source>Incident {id} does not exist: see the incident log.</source>
        <translation>Störung {id} existiert nicht: Sehen Sie im Störungsprotokoll nach.</translation>
    </message>
    <message>
        <source>The notes have {count} characters; at most {most}.</source>
        <translation>Die Hinweise haben {count} Zeichen; zulässig sind höchstens {most}.</translation>
    </message>
    <message>
        <source>the taking over of the goods</source>
        <translation>die Übernahme der Waren</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>Wochenende</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>gesetzlicher Feiertag</translation>
    </message>
    <message>
        <source>{holiday}, a public holiday</source>
        <translation>{holiday}, gesetzlicher Feiertag</translation>
    </message>
    <message>
        <source>Paper movement {id} does not exist: see the list of movements handled on paper for the numbers.</source>
        <translation>Versandvorgang auf Papier {id} existiert nicht: Die Nummern finden Sie in der Liste der auf Papier abgewickelten Versandvorgänge.</translation>
    </message>
    <message>
        <source>the presentation</source>
        <translation>die Vorlage</translation>
    </message>
    <message>
        <source>{movement} was presented already, on {presented}.</source>
        <translation>{movement} wurde bereits am {presented} vorgelegt.</translation>
    </message>
    <message>
        <source>The presentation ({presented}) cannot come before the goods were taken over ({taken_over}).</source>
        <translation>Die Vorlage ({presented}) kann nicht vor der Übernahme der Waren ({taken_over}) liegen.</translation>
    </message>
    <message>
        <source>{movement} was placed under transit on paper under the business continuity plan: it ends on paper at the office of destination {office} and is never entered into NCTS afterwards ({rule}). Present the endorsed {document} there by {deadline}. Nothing was sent.</source>
        <translation>{movement} wurde im Notfallverfahren auf Papier in das Versandverfahren übergeführt: Der Vorgang endet auf Papier bei der Bestimmungszollstelle {office} und wird nachträglich nie in NCTS erfasst ({rule}). Legen Sie das bestätigte {document} dort bis {deadline} vor. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <translation>die Nummernkreise für Papieranmeldungen verwalten</translation>
    </message>
    <message>
        <source>office</source>
        <translation>Zollstelle</translation>
    </message>
    <message>
        <source>The prefix holds up to 20 letters, digits, &apos;/&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Das Präfix besteht aus bis zu 20 Buchstaben, Ziffern, „/“, „.“ oder „-“.</translation>
    </message>
    <message>
        <source>The first number is a whole number from 0 to {most}.</source>
        <translation>Die erste Nummer ist eine ganze Zahl von 0 bis {most}.</translation>
    </message>
    <message>
        <source>The last number is a whole number from 0 to {most}.</source>
        <translation>Die letzte Nummer ist eine ganze Zahl von 0 bis {most}.</translation>
    </message>
    <message>
        <source>The last number ({last}) comes before the first ({first}).</source>
        <translation>Die letzte Nummer ({last}) liegt vor der ersten ({first}).</translation>
    </message>
    <message>
        <source>The range overlaps range {id} ({range}) of office {office}: give numbers the office has not allocated before.</source>
        <translation>Der Nummernkreis überschneidet sich mit Nummernkreis {id} ({range}) der Zollstelle {office}: Geben Sie Nummern an, die die Zollstelle noch nicht zugeteilt hat.</translation>
    </message>
    <message>
        <source>The paper number ranges of office {office} are used up ({used}): add the range the office allocated (bcp-range-add --office {office} --first N --last N), or give the number printed on the paper declaration.</source>
        <translation>Die Nummernkreise für Papieranmeldungen der Zollstelle {office} sind aufgebraucht ({used}): Fügen Sie den von der Zollstelle zugeteilten Nummernkreis hinzu (bcp-range-add --office {office} --first N --last N) oder geben Sie die auf der Papieranmeldung gedruckte Nummer an.</translation>
    </message>
    <message>
        <source>No paper number range is kept for office {office}: add the range the office allocated (bcp-range-add --office {office} --first N --last N), or give the number printed on the paper declaration.</source>
        <translation>Für die Zollstelle {office} wird kein Nummernkreis für Papieranmeldungen geführt: Fügen Sie den von der Zollstelle zugeteilten Nummernkreis hinzu (bcp-range-add --office {office} --first N --last N) oder geben Sie die auf der Papieranmeldung gedruckte Nummer an.</translation>
    </message>
    <message>
        <source>&apos;{office}&apos; is not the reference number of the {what}: the country&apos;s two letters and six letters or digits, e.g. DE004600.</source>
        <translation>„{office}“ ist keine gültige Referenznummer der {what}: zwei Buchstaben für das Land und sechs Buchstaben oder Ziffern, z. B. DE004600.</translation>
    </message>
    <message>
        <source>Give the reference number of the {what}: the country&apos;s two letters and six letters or digits, e.g. DE004600.</source>
        <translation>Geben Sie die Referenznummer der {what} an: zwei Buchstaben für das Land und sechs Buchstaben oder Ziffern, z. B. DE004600.</translation>
    </message>
    <message>
        <source>{office} is not in the customs office list (imported, with the offices of {country}): check the reference number of the {what}, or import the current list.</source>
        <translation>{office} ist nicht in der Zollstellenliste (importiert, mit den Zollstellen von {country}): Prüfen Sie die Referenznummer der {what} oder importieren Sie die aktuelle Liste.</translation>
    </message>
    <message>
        <source>set the regions of the offices</source>
        <translation>die Regionen der Zollstellen festlegen</translation>
    </message>
    <message>
        <source>&apos;{pair}&apos; is not OFFICE=REGION, e.g. DE004600=HH.</source>
        <translation>„{pair}“ hat nicht die Form ZOLLSTELLE=REGION, z. B. DE004600=HH.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&apos;{region}&apos; is not a region of {country} the holiday calendar knows (known: {known}).</source>
        <translation>„{region}“ ist keine Region von {country}, die der Feiertagskalender kennt (bekannt: {known}).</translation>
    </message>
    <message>
        <source>set when the share of paper movements is warned about</source>
        <translation>festlegen, ab welchem Anteil an Versandvorgängen auf Papier gewarnt wird</translation>
    </message>
    <message>
        <source>&apos;{percent}&apos; is not a percentage from 0 to 100.</source>
        <translation>„{percent}“ ist kein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>Incident {id} does not exist: see the incident log for the numbers.</source>
        <translation>Störung {id} existiert nicht: Die Nummern finden Sie im Störungsprotokoll.</translation>
    </message>
    <message>
        <source>Give a number of months from 1 to {most}.</source>
        <translation>Geben Sie eine Anzahl von Monaten von 1 bis {most} an.</translation>
    </message>
    <message>
        <source>In {month} {share} % of movements were handled on paper under the business continuity plan ({paper} of {all}), up from {before} % the month before and above {threshold} %: customs watch this share. Check why NCTS could not be used and record the incidents.</source>
        <translation>Im Monat {month} wurden {share} % der Versandvorgänge im Notfallverfahren auf Papier abgewickelt ({paper} von {all}), gegenüber {before} % im Vormonat und über {threshold} %: Der Zoll beobachtet diesen Anteil. Prüfen Sie, warum NCTS nicht genutzt werden konnte, und erfassen Sie die Störungen.</translation>
    </message>
    <message>
        <source>{number} is an MRN: a movement with an MRN was placed under transit in NCTS and ends in NCTS. A paper declaration under the business continuity plan has a number from the office&apos;s range instead.</source>
        <translation>{number} ist eine MRN: Ein Versandvorgang mit MRN wurde in NCTS in das Versandverfahren übergeführt und endet in NCTS. Eine Papieranmeldung im Notfallverfahren hat stattdessen eine Nummer aus dem Nummernkreis der Zollstelle.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a paper declaration number: up to 35 letters, digits, spaces, &apos;/&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>„{number}“ ist keine Nummer einer Papieranmeldung: bis zu 35 Buchstaben, Ziffern, Leerzeichen, „/“, „.“ oder „-“.</translation>
    </message>
    <message>
        <source>The paper declaration number {number} is recorded already (movement {id}): each number is used once. Check the number on the form.</source>
        <translation>Die Nummer der Papieranmeldung {number} ist bereits erfasst (Versandvorgang {id}): Jede Nummer wird nur einmal verwendet. Prüfen Sie die Nummer auf dem Vordruck.</translation>
    </message>
    <message>
        <source>The paper declaration number {number} is recorded already: each number is used once. Check the number on the form.</source>
        <translation>Die Nummer der Papieranmeldung {number} ist bereits erfasst: Jede Nummer wird nur einmal verwendet. Prüfen Sie die Nummer auf dem Vordruck.</translation>
    </message>
    <message>
        <source>{movement} was due at the office of destination {office} on {deadline}: present the endorsed document without delay.</source>
        <translation>{movement} war am {deadline} bei der Bestimmungszollstelle {office} fällig: Legen Sie das bestätigte Dokument unverzüglich vor.</translation>
    </message>
    <message>
        <source>{movement} must be presented at the office of destination {office} today ({deadline}) at the latest.</source>
        <translation>{movement} muss spätestens heute ({deadline}) bei der Bestimmungszollstelle {office} vorgelegt werden.</translation>
    </message>
    <message>
        <source>{movement} must be presented at the office of destination {office} by tomorrow, {deadline}.</source>
        <translation>{movement} muss bis morgen, {deadline}, bei der Bestimmungszollstelle {office} vorgelegt werden.</translation>
    </message>
    <message>
        <source>Planned customs outage</source>
        <translation>Geplanter Ausfall des Zolls</translation>
    </message>
    <message>
        <source>Unplanned customs outage</source>
        <translation>Ungeplanter Ausfall des Zolls</translation>
    </message>
    <message>
        <source>Failure of our own system (authorised consignee)</source>
        <translation>Störung des eigenen Systems (zugelassener Empfänger)</translation>
    </message>
    <message>
        <source>Failure of the link to customs</source>
        <translation>Unterbrochene Verbindung zum Zoll</translation>
    </message>
    <message>
        <source>Draft (detected automatically)</source>
        <translation>Entwurf (automatisch erkannt)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Confirmed by the service desk</source>
        <translation>Vom Service Desk bestätigt</translation>
    </message>
    <message>
        <source>Not confirmed (yet)</source>
        <translation>(Noch) nicht bestätigt</translation>
    </message>
    <message>
        <source>Confirmation refused by customs</source>
        <translation>Bestätigung vom Zoll verweigert</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be changed; an incident has {fields}.</source>
        <translation>„{name}“ kann nicht geändert werden; eine Störung hat die Felder {fields}.</translation>
    </message>
    <message>
        <source>Incident {id} was closed already (end {end}): give the end to correct it.</source>
        <translation>Störung {id} wurde bereits geschlossen (Ende {end}): Geben Sie das Ende an, um es zu korrigieren.</translation>
    </message>
    <message>
        <source>the start of the outage</source>
        <translation>der Beginn des Ausfalls</translation>
    </message>
    <message>
        <source>the end of the outage</source>
        <translation>das Ende des Ausfalls</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>No. {id}: {kind}</source>
        <translation>Nr. {id}: {kind}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start (date and time)</source>
        <translation>Beginn (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Voraussichtliches Ende</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>still going on</source>
        <translation>dauert noch an</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Service desk ticket</source>
        <translation>Ticket des Service Desk</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Zollverwaltung</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>CustomsDesk (automatic detection)</source>
        <translation>CustomsDesk (automatische Erkennung)</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Incident report for the customs service desk: {kind}</source>
        <translation>Störungsbericht für den Service Desk des Zolls: {kind}</translation>
    </message>
    <message>
        <source>Written by CustomsDesk for {user} on {moment}. Times are UTC.</source>
        <translation>Erstellt von CustomsDesk für {user} am {moment}. Zeiten in UTC.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a report format: pdf or csv.</source>
        <translation>„{format}“ ist kein Berichtsformat: pdf oder csv.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of incident: {kinds}.</source>
        <translation>„{kind}“ ist keine Störungsart: {kinds}.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>der Beginn</translation>
    </message>
    <message>
        <source>the expected end</source>
        <translation>das voraussichtliche Ende</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>The start (date and time) is required: the service desk asks for it.</source>
        <translation>Der Beginn (Datum und Uhrzeit) ist erforderlich: Der Service Desk fragt danach.</translation>
    </message>
    <message>
        <source>The expected end ({end}) must come after the start ({start}).</source>
        <translation>Das voraussichtliche Ende ({end}) muss nach dem Beginn ({start}) liegen.</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>Das Ende ({end}) muss nach dem Beginn ({start}) liegen.</translation>
    </message>
    <message>
        <source>A failure of our own system is reported to the service desk with the authorised consignee&apos;s EORI, e.g. DE1234567890123: give it.</source>
        <translation>Eine Störung des eigenen Systems wird dem Service Desk mit der EORI des zugelassenen Empfängers gemeldet, z. B. DE1234567890123: Geben Sie sie an.</translation>
    </message>
    <message>
        <source>The {name} has {count} characters; at most {most} are kept.</source>
        <translation>Das Feld „{name}“ hat {count} Zeichen; höchstens {most} werden gespeichert.</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not an answer of the service desk: yes, no or refused.</source>
        <translation>„{answer}“ ist keine Antwort des Service Desk: yes, no oder refused.</translation>
    </message>
    <message>
        <source>Only a failure of our own system is confirmed by the service desk; leave it empty for a {kind}.</source>
        <translation>Nur eine Störung des eigenen Systems wird vom Service Desk bestätigt; lassen Sie das Feld bei dieser Art ({kind}) leer.</translation>
    </message>
    <message>
        <source>The service desk confirms with a ticket number: give it.</source>
        <translation>Der Service Desk bestätigt mit einer Ticketnummer: Geben Sie sie an.</translation>
    </message>
    <message>
        <source>&apos;{administration}&apos; is not an administration: {known}.</source>
        <translation>„{administration}“ ist keine Zollverwaltung: {known}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time for {what}: write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-02T08:30 (local time) or with the time zone, e.g. 2026-11-02T08:30+01:00 or 2026-11-02T07:30Z.</source>
        <translation>„{value}“ ist kein Datum mit Uhrzeit für {what}: Schreiben Sie es als JJJJ-MM-TTThh:mm, z. B. 2026-11-02T08:30 (Ortszeit), oder mit Zeitzone, z. B. 2026-11-02T08:30+01:00 oder 2026-11-02T07:30Z.</translation>
    </message>
    <message>
        <source>{what}: {value} is not a plausible date: give a year from {first} to {last}.</source>
        <translation>{what}: {value} ist kein plausibles Datum: Geben Sie ein Jahr von {first} bis {last} an.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code: give the ISO 3166 two-letter code of the country of destination, e.g. CZ, DE or PL.</source>
        <translation>„{country}“ ist kein Ländercode: Geben Sie den zweistelligen ISO-3166-Code des Bestimmungslands an, z. B. CZ, DE oder PL.</translation>
    </message>
    <message>
        <source>No public holiday calendar is known for the country {country}, so the working day after taking over the goods cannot be computed: check the country code of the office of destination (e.g. CZ, DE, PL).</source>
        <translation>Für das Land {country} ist kein Feiertagskalender bekannt, daher kann der Arbeitstag nach der Übernahme der Waren nicht berechnet werden: Prüfen Sie den Ländercode der Bestimmungszollstelle (z. B. CZ, DE, PL).</translation>
    </message>
</context>
<context>
    <name>ContinuityBanner</name>
    <message>
        <source>Paper movements due</source>
        <translation>Fällige Versandvorgänge auf Papier</translation>
    </message>
    <message>
        <source>Planned customs outage</source>
        <translation>Geplanter Ausfall des Zolls</translation>
    </message>
    <message>
        <source>Customs outage</source>
        <translation>Ausfall des Zolls</translation>
    </message>
    <message>
        <source>Failure of our own system</source>
        <translation>Störung des eigenen Systems</translation>
    </message>
    <message>
        <source>The link to customs is down</source>
        <translation>Die Verbindung zum Zoll ist unterbrochen</translation>
    </message>
    <message>
        <source>no message waiting</source>
        <translation>keine wartende Nachricht</translation>
    </message>
    <message>
        <source>1 message waiting; it goes out when it is back</source>
        <translation>1 Nachricht wartet; sie wird gesendet, sobald die Störung behoben ist</translation>
    </message>
    <message numerus="yes">
        <source>%n messages waiting; they go out when it is back</source>
        <translation>
            <numerusform>%n Nachricht wartet; sie wird gesendet, sobald die Störung behoben ist</numerusform>
            <numerusform>%n Nachrichten warten; sie werden gesendet, sobald die Störung behoben ist</numerusform>
        </translation>
    </message>
    <message>
        <source>Customs gateway {gateway} unreachable since {since} — {waiting}</source>
        <translation>Zoll-Gateway {gateway} seit {since} nicht erreichbar — {waiting}</translation>
    </message>
    <message>
        <source>, expected to end {end}</source>
        <translation>, voraussichtliches Ende {end}</translation>
    </message>
    <message>
        <source>, ticket {ticket}</source>
        <translation>, Ticket {ticket}</translation>
    </message>
    <message>
        <source>{outage} since {since}{details} — {waiting}</source>
        <translation>{outage} seit {since}{details} — {waiting}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more incidents</source>
        <translation>
            <numerusform>… und %n weitere Störung</numerusform>
            <numerusform>… und %n weitere Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more paper movements</source>
        <translation>
            <numerusform>… und %n weiterer Versandvorgang auf Papier</numerusform>
            <numerusform>… und %n weitere Versandvorgänge auf Papier</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue, or going on</source>
        <translation>Überfällig oder andauernd</translation>
    </message>
    <message>
        <source>Due today or tomorrow</source>
        <translation>Heute oder morgen fällig</translation>
    </message>
    <message>
        <source>Open &amp;incident…</source>
        <translation>Störung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show the incident in the incident log: confirm it, close it, or see the declarations pending from it</source>
        <translation>Die Störung im Störungsprotokoll anzeigen: sie bestätigen, schließen oder die daraus ausstehenden Anmeldungen ansehen</translation>
    </message>
    <message>
        <source>&amp;Paper movements…</source>
        <translation>Versandvorgänge auf &amp;Papier…</translation>
    </message>
    <message>
        <source>Show the movements handled on paper and mark a document presented</source>
        <translation>Die auf Papier abgewickelten Versandvorgänge anzeigen und ein Dokument als vorgelegt markieren</translation>
    </message>
    <message>
        <source>1 endorsed paper document is due at the office of destination</source>
        <translation>1 bestätigtes Papierdokument ist bei der Bestimmungszollstelle fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n endorsed paper documents are due at the office of destination</source>
        <translation>
            <numerusform>%n bestätigtes Papierdokument ist bei der Bestimmungszollstelle fällig</numerusform>
            <numerusform>%n bestätigte Papierdokumente sind bei der Bestimmungszollstelle fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue:</source>
        <translation>
            <numerusform>, %n davon überfällig:</numerusform>
            <numerusform>, %n davon überfällig:</numerusform>
        </translation>
    </message>
    <message>
        <source>You are told once a day; the banner above the register stays until each document is marked presented.</source>
        <translation>Sie werden einmal täglich benachrichtigt; das Banner über dem Register bleibt, bis jedes Dokument als vorgelegt markiert ist.</translation>
    </message>
</context>
<context>
    <name>ContinuityModel</name>
    <message>
        <source>Opened automatically when the gateway stopped answering: confirm or correct it (Edit / confirm), or close it when the outage is over.</source>
        <translation>Automatisch geöffnet, als das Gateway nicht mehr antwortete: Bestätigen oder korrigieren Sie die Störung (Bearbeiten / bestätigen) oder schließen Sie sie, wenn der Ausfall vorbei ist.</translation>
    </message>
    <message>
        <source>Paper movement {number}: overdue since {since} — present the endorsed {document} to {office} without delay (it was due by {deadline})</source>
        <translation>Versandvorgang auf Papier {number}: überfällig seit {since} — legen Sie das bestätigte {document} unverzüglich bei {office} vor (es war fällig bis {deadline})</translation>
    </message>
    <message>
        <source>Paper movement {number}: present the endorsed {document} to {office} by {deadline} (today)</source>
        <translation>Versandvorgang auf Papier {number}: Legen Sie das bestätigte {document} bis {deadline} (heute) bei {office} vor</translation>
    </message>
    <message>
        <source>Paper movement {number}: present the endorsed {document} to {office} by {deadline} (tomorrow)</source>
        <translation>Versandvorgang auf Papier {number}: Legen Sie das bestätigte {document} bis {deadline} (morgen) bei {office} vor</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column header: the number of the record</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: the state of an incident or of a message (draft, open, closed; queued, sent...)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>going on</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Zollverwaltung</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Departure</source>
        <extracomment>column header: the office of departure</extracomment>
        <translation>Abgang</translation>
    </message>
    <message>
        <source>Destination</source>
        <extracomment>column header: the office of destination</extracomment>
        <translation>Bestimmung</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>Land / Region</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Vorgelegt</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Zollstelle</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>column header: how many numbers of the range remain (not a direction)</extracomment>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Auf Papier</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elektronisch</translation>
    </message>
    <message>
        <source>Share on paper</source>
        <translation>Anteil auf Papier</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>above the threshold and growing</source>
        <translation>über dem Schwellenwert und steigend</translation>
    </message>
</context>
<context>
    <name>ContinuityWindow</name>
    <message>
        <source>A movement started on paper under the business continuity plan ends on paper: it is never entered into NCTS afterwards ({rule}). Present the endorsed document at the office of destination.</source>
        <translation>Ein nach dem Notfallverfahren auf Papier begonnener Versandvorgang endet auf Papier: Er wird nachträglich nie in NCTS erfasst ({rule}). Legen Sie das bestätigte Dokument bei der Bestimmungszollstelle vor.</translation>
    </message>
    <message>
        <source>Declarations entered electronically during the outage and not processed must be withdrawn when the movement goes on paper: a movement is handled either in NCTS or on paper, never both.</source>
        <translation>Während des Ausfalls elektronisch erfasste und nicht bearbeitete Anmeldungen müssen zurückgezogen werden, wenn der Versandvorgang auf Papier weitergeführt wird: Ein Versandvorgang wird entweder in NCTS oder auf Papier abgewickelt, nie in beiden.</translation>
    </message>
    <message>
        <source>The paper declaration number ranges the offices allocated</source>
        <translation>Die von den Zollstellen zugeteilten Nummernkreise für Papieranmeldungen</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Outages and business continuity — CustomsDesk</source>
        <translation>Ausfälle und Notfallverfahren — CustomsDesk</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Paper movements (BCP)</source>
        <translation>Versandvorgänge auf Papier (BCP)</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Neue Störung…</translation>
    </message>
    <message>
        <source>Record an outage of customs, a failure of our own system or of the link</source>
        <translation>Einen Ausfall des Zolls, eine Störung des eigenen Systems oder der Verbindung erfassen</translation>
    </message>
    <message>
        <source>&amp;Edit / confirm…</source>
        <translation>&amp;Bearbeiten / bestätigen…</translation>
    </message>
    <message>
        <source>Correct the selected incident; a draft detected automatically is confirmed</source>
        <translation>Die ausgewählte Störung korrigieren; ein automatisch erkannter Entwurf wird bestätigt</translation>
    </message>
    <message>
        <source>&amp;Close incident…</source>
        <translation>Störung &amp;schließen…</translation>
    </message>
    <message>
        <source>The outage is over: record its end (now, or the time given)</source>
        <translation>Der Ausfall ist vorbei: sein Ende erfassen (jetzt oder zum angegebenen Zeitpunkt)</translation>
    </message>
    <message>
        <source>&amp;Report for the service desk…</source>
        <translation>Be&amp;richt für den Service Desk…</translation>
    </message>
    <message>
        <source>Save the selected incident&apos;s report for the customs service desk as PDF or CSV</source>
        <translation>Den Bericht zur ausgewählten Störung für den Service Desk des Zolls als PDF oder CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Pending declarations…</source>
        <translation>&amp;Ausstehende Anmeldungen…</translation>
    </message>
    <message>
        <source>The messages queued or sent without an answer during the selected outage: to withdraw</source>
        <translation>Die während des ausgewählten Ausfalls in die Warteschlange gestellten oder ohne Antwort gesendeten Nachrichten: zum Zurückziehen</translation>
    </message>
    <message>
        <source>&amp;New movement on paper…</source>
        <translation>&amp;Neuer Versandvorgang auf Papier…</translation>
    </message>
    <message>
        <source>Record a movement handled on paper (BCP-TAD or TAD) with its deadline</source>
        <translation>Einen auf Papier abgewickelten Versandvorgang (BCP-TAD oder TAD) mit seiner Frist erfassen</translation>
    </message>
    <message>
        <source>&amp;Mark presented…</source>
        <translation>Als vorgelegt &amp;markieren…</translation>
    </message>
    <message>
        <source>The endorsed document was presented at the office of destination</source>
        <translation>Das bestätigte Dokument wurde bei der Bestimmungszollstelle vorgelegt</translation>
    </message>
    <message>
        <source>Send &amp;electronically</source>
        <translation>&amp;Elektronisch senden</translation>
    </message>
    <message>
        <source>Number &amp;ranges…</source>
        <translation>Nummern&amp;kreise…</translation>
    </message>
    <message>
        <source>Office re&amp;gions…</source>
        <translation>Zollstellen-&amp;Regionen…</translation>
    </message>
    <message>
        <source>Which region&apos;s public holidays count for an office of destination</source>
        <translation>Welche regionalen Feiertage für eine Bestimmungszollstelle gelten</translation>
    </message>
    <message>
        <source>Warning &amp;threshold…</source>
        <translation>&amp;Warnschwelle…</translation>
    </message>
    <message>
        <source>Warn when the share of movements on paper grows above this percentage</source>
        <translation>Warnen, wenn der Anteil der Versandvorgänge auf Papier diesen Prozentsatz übersteigt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read everything again</source>
        <translation>Alles neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fenster schließen</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Störungen</translation>
    </message>
    <message>
        <source>Show the incident log</source>
        <translation>Das Störungsprotokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;Paper movements (BCP)</source>
        <translation>&amp;Versandvorgänge auf Papier (BCP)</translation>
    </message>
    <message>
        <source>Show the movements handled on paper</source>
        <translation>Die auf Papier abgewickelten Versandvorgänge anzeigen</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>Über&amp;wachung</translation>
    </message>
    <message>
        <source>Show the share of movements on paper per month</source>
        <translation>Den Anteil der Versandvorgänge auf Papier je Monat anzeigen</translation>
    </message>
    <message>
        <source>&amp;Paper movements</source>
        <translation>&amp;Versandvorgänge auf Papier</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Alle Störungen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <comment>filter: which incidents are listed</comment>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Only those not &amp;presented yet</source>
        <translation>Nur noch nicht v&amp;orgelegte</translation>
    </message>
    <message>
        <source>The endorsed document is presented at the office of destination at the latest on the working day after taking over the goods. A movement started on paper ends on paper.</source>
        <translation>Das bestätigte Dokument wird spätestens am Arbeitstag nach der Übernahme der Waren bei der Bestimmungszollstelle vorgelegt. Ein auf Papier begonnener Versandvorgang endet auf Papier.</translation>
    </message>
    <message>
        <source>months</source>
        <comment>after a number of months from 6 to 12</comment>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>button: set the warning threshold</comment>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <comment>the last 6 to 12 months</comment>
        <translation>&amp;Letzte:</translation>
    </message>
    <message>
        <source>Warn when the share grows above:</source>
        <translation>Warnen, wenn der Anteil übersteigt:</translation>
    </message>
    <message>
        <source>Movements on paper by the month the goods were taken over; electronic: the messages declared to customs (NCTS and ATLAS). Customs watch a growing share.</source>
        <translation>Versandvorgänge auf Papier nach dem Monat der Übernahme der Waren; elektronisch: die beim Zoll angemeldeten Nachrichten (NCTS und ATLAS). Der Zoll beobachtet einen steigenden Anteil.</translation>
    </message>
    <message>
        <source>set when the share of paper movements is warned about</source>
        <comment>completes: Only a guarantee officer or an administrator may …</comment>
        <translation>festlegen, ab welchem Anteil an Versandvorgängen auf Papier gewarnt wird</translation>
    </message>
    <message>
        <source>Warn when the share on paper grows from one month to the next above this</source>
        <translation>Warnen, wenn der Anteil auf Papier von einem Monat zum nächsten um mehr als diesen Wert steigt</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n Störung</numerusform>
            <numerusform>%n Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement on paper, {waiting} not presented yet</source>
        <translation>
            <numerusform>%n Versandvorgang auf Papier, {waiting} noch nicht vorgelegt</numerusform>
            <numerusform>%n Versandvorgänge auf Papier, {waiting} noch nicht vorgelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movements on paper, {waiting} not presented yet</source>
        <translation>
            <numerusform>%n Versandvorgang auf Papier, {waiting} noch nicht vorgelegt</numerusform>
            <numerusform>%n Versandvorgänge auf Papier, {waiting} noch nicht vorgelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>{movements}, {due} due or overdue</source>
        <translation>{movements}, {due} fällig oder überfällig</translation>
    </message>
    <message numerus="yes">
        <source>the last %n months</source>
        <translation>
            <numerusform>der letzte %n Monat</numerusform>
            <numerusform>die letzten %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident recorded. &lt;b&gt;New incident&lt;/b&gt; (Ctrl+N) records an outage of customs, a failure of our own system or of the link.</source>
        <translation>Keine Störung erfasst. &lt;b&gt;Neue Störung&lt;/b&gt; (Ctrl+N) erfasst einen Ausfall des Zolls, eine Störung des eigenen Systems oder der Verbindung.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer during this outage: &lt;b&gt;Pending declarations&lt;/b&gt; (Ctrl+Shift+P) lists them, to withdraw.</source>
        <translation>
            <numerusform>%n Nachricht wurde während dieses Ausfalls in die Warteschlange gestellt oder ohne Antwort gesendet: &lt;b&gt;Ausstehende Anmeldungen&lt;/b&gt; (Ctrl+Shift+P) listet sie zum Zurückziehen auf.</numerusform>
            <numerusform>%n Nachrichten wurden während dieses Ausfalls in die Warteschlange gestellt oder ohne Antwort gesendet: &lt;b&gt;Ausstehende Anmeldungen&lt;/b&gt; (Ctrl+Shift+P) listet sie zum Zurückziehen auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message is pending from this outage.</source>
        <translation>Aus diesem Ausfall ist keine Nachricht ausstehend.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected automatically:&lt;/b&gt; check it and confirm it (Edit / confirm, Ctrl+E).</source>
        <translation>&lt;b&gt;Automatisch erkannt:&lt;/b&gt; Prüfen und bestätigen Sie die Störung (Bearbeiten / bestätigen, Ctrl+E).</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>Wählen Sie zuerst eine Störung aus</translation>
    </message>
    <message>
        <source>Incident {number} is closed (end {end}); Edit corrects its end</source>
        <translation>Störung {number} ist geschlossen (Ende {end}); mit Bearbeiten korrigieren Sie ihr Ende</translation>
    </message>
    <message>
        <source>{movement} was presented on {when}</source>
        <translation>{movement} wurde am {when} vorgelegt</translation>
    </message>
    <message>
        <source>Select a movement first</source>
        <translation>Wählen Sie zuerst einen Versandvorgang aus</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <comment>completes: Only a guarantee officer or an administrator may …</comment>
        <translation>die Nummernkreise für Papieranmeldungen pflegen</translation>
    </message>
    <message>
        <source>The paper declaration number ranges the offices allocated (read-only: {reason})</source>
        <translation>Die von den Zollstellen zugeteilten Nummernkreise für Papieranmeldungen (schreibgeschützt: {reason})</translation>
    </message>
    <message>
        <source>Incident {number} recorded.</source>
        <translation>Störung {number} erfasst.</translation>
    </message>
    <message>
        <source>Incident {number} confirmed.</source>
        <translation>Störung {number} bestätigt.</translation>
    </message>
    <message>
        <source>Incident {number} saved.</source>
        <translation>Störung {number} gespeichert.</translation>
    </message>
    <message>
        <source>Empty: the end the transport saw ({end}). Local time, e.g. {example}; or with the time zone</source>
        <translation>Leer: das von der Übertragung erkannte Ende ({end}). Ortszeit, z. B. {example}; oder mit Zeitzone</translation>
    </message>
    <message>
        <source>Empty: now. Local time, e.g. {example}; or with the time zone</source>
        <translation>Leer: jetzt. Ortszeit, z. B. {example}; oder mit Zeitzone</translation>
    </message>
    <message>
        <source>Close incident {number}</source>
        <translation>Störung {number} schließen</translation>
    </message>
    <message>
        <source>{kind} since {start}: when did it end?</source>
        <translation>{kind} seit {start}: Wann war das Ende?</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>the end of an incident</comment>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Störung schließen</translation>
    </message>
    <message>
        <source>Incident {number} closed.</source>
        <translation>Störung {number} geschlossen.</translation>
    </message>
    <message>
        <source>Report for the service desk</source>
        <translation>Bericht für den Service Desk</translation>
    </message>
    <message>
        <source>Report of incident {number} saved: {path}</source>
        <translation>Bericht zur Störung {number} gespeichert: {path}</translation>
    </message>
    <message>
        <source>now</source>
        <comment>in place of the end of an outage going on</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Declarations pending from incident {number}</source>
        <translation>Ausstehende Anmeldungen aus Störung {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer between {start} and {end}.</source>
        <translation>
            <numerusform>%n Nachricht wurde zwischen {start} und {end} in die Warteschlange gestellt oder ohne Antwort gesendet.</numerusform>
            <numerusform>%n Nachrichten wurden zwischen {start} und {end} in die Warteschlange gestellt oder ohne Antwort gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message was queued or left without an answer between {start} and {end}.</source>
        <translation>Zwischen {start} und {end} wurde keine Nachricht in die Warteschlange gestellt oder blieb ohne Antwort.</translation>
    </message>
    <message>
        <source>{movement} recorded: present the endorsed document at {office} by {deadline}.</source>
        <translation>{movement} erfasst: Legen Sie das bestätigte Dokument bis {deadline} bei {office} vor.</translation>
    </message>
    <message>
        <source>{movement} presented</source>
        <translation>{movement} vorgelegt</translation>
    </message>
    <message>
        <source>When was the endorsed {document} presented at the office of destination {office}? (Due by {deadline}.)</source>
        <translation>Wann wurde das bestätigte {document} bei der Bestimmungszollstelle {office} vorgelegt? (Fällig bis {deadline}.)</translation>
    </message>
    <message>
        <source>&amp;Presented at:</source>
        <translation>&amp;Vorgelegt am:</translation>
    </message>
    <message>
        <source>Mark presented</source>
        <translation>Als vorgelegt markieren</translation>
    </message>
    <message>
        <source>{movement} marked presented.</source>
        <translation>{movement} als vorgelegt markiert.</translation>
    </message>
    <message>
        <source>Office regions saved: they count for the movements recorded from now on.</source>
        <translation>Zollstellen-Regionen gespeichert: Sie gelten für die ab jetzt erfassten Versandvorgänge.</translation>
    </message>
    <message>
        <source>Type the percentage, then Set (Tab, Space).</source>
        <translation>Geben Sie den Prozentsatz ein, dann Festlegen (Tab, Space).</translation>
    </message>
    <message>
        <source>Warning when the share on paper grows above {percent} %.</source>
        <translation>Warnung, wenn der Anteil auf Papier {percent} % übersteigt.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>CustomsDesk — unexpected error</source>
        <translation>CustomsDesk — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: nothing unfinished was written.</source>
        <translation>Etwas ist schiefgelaufen. Ihre Daten sind sicher: Es wurde nichts Unfertiges geschrieben.</translation>
    </message>
    <message>
        <source>Copy this report and send it to support; they may also ask for the log file it names.</source>
        <translation>Kopieren Sie diesen Bericht und senden Sie ihn an den Support; dieser fragt eventuell auch nach der darin genannten Protokolldatei.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>This is the first start of CustomsDesk on this computer. Create the administrator: the account that adds the other users, decides who represents which organisation and can reset passwords.</source>
        <translation>CustomsDesk wird zum ersten Mal auf diesem Computer gestartet. Legen Sie den Administrator an: das Konto, das die weiteren Benutzer anlegt, festlegt, wer welche Organisation vertritt, und Passwörter zurücksetzen kann.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the password again in both fields.</source>
        <translation>Die beiden Passwörter stimmen nicht überein: Geben Sie das Passwort in beiden Feldern erneut ein.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember. It also seals the access codes you store: nobody can read them without it, and a forgotten password cannot be recovered.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen; ein kurzer Satz ist leicht zu merken. Das Passwort versiegelt auch die Zugangscodes, die Sie speichern: Ohne es kann niemand sie lesen, und ein vergessenes Passwort kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>Mindestens %n Zeichen; ein kurzer Satz ist leicht zu merken. Das Passwort versiegelt auch die Zugangscodes, die Sie speichern: Ohne es kann niemand sie lesen, und ein vergessenes Passwort kann nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>e.g. Jana Dvořáková</source>
        <translation>z. B. Jana Dvořáková</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes or underscores</source>
        <translation>Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Administrator &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>CustomsDesk&apos;s database</source>
        <translation>die Datenbank von CustomsDesk</translation>
    </message>
    <message>
        <source>a working file of CustomsDesk&apos;s database ({suffix})</source>
        <translation>eine Arbeitsdatei der Datenbank von CustomsDesk ({suffix})</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s key file (it unlocks every stored secret)</source>
        <translation>die Schlüsseldatei von CustomsDesk (sie entsperrt alle gespeicherten Geheimnisse)</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s key file being written</source>
        <translation>die gerade geschriebene Schlüsseldatei von CustomsDesk</translation>
    </message>
    <message>
        <source>a backup of CustomsDesk&apos;s database</source>
        <translation>eine Sicherung der Datenbank von CustomsDesk</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s log folder</source>
        <translation>der Protokollordner von CustomsDesk</translation>
    </message>
    <message>
        <source>the training simulator&apos;s folder</source>
        <translation>der Ordner des Schulungssimulators</translation>
    </message>
    <message>
        <source>the choice of the office database</source>
        <translation>die Auswahl der Bürodatenbank</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Certificates expire soon</source>
        <translation>Zertifikate laufen bald ab</translation>
    </message>
    <message numerus="yes">
        <source>{warning} — and %n more</source>
        <translation>
            <numerusform>{warning} — und %n weitere</numerusform>
            <numerusform>{warning} — und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Zertifikate…</translation>
    </message>
    <message>
        <source>Open Settings ▸ Certificates</source>
        <translation>Einstellungen ▸ Zertifikate öffnen</translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation>Bis zum nächsten Start ausblenden</translation>
    </message>
    <message>
        <source>1 certificate needs attention:</source>
        <translation>1 Zertifikat erfordert Ihre Aufmerksamkeit:</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates need attention:</source>
        <translation>
            <numerusform>%n Zertifikat erfordert Ihre Aufmerksamkeit:</numerusform>
            <numerusform>%n Zertifikate erfordern Ihre Aufmerksamkeit:</numerusform>
        </translation>
    </message>
    <message>
        <source>You are told once per threshold; the banner above the register stays until the certificate is renewed.</source>
        <translation>Sie werden je Schwelle einmal benachrichtigt; der Hinweis über dem Verzeichnis bleibt, bis das Zertifikat erneuert ist.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is {what}: CustomsDesk never writes an export over it, not even with --force. Choose another name or folder; nothing was written.</source>
        <extracomment>{what}: which of CustomsDesk&apos;s own files it is, e.g. &quot;CustomsDesk&apos;s key file&quot;</extracomment>
        <translation>{path} ist {what}: CustomsDesk schreibt niemals einen Export darüber, auch nicht mit --force. Wählen Sie einen anderen Namen oder Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} ist ein Ordner: Geben Sie den Namen einer Datei an, in die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>{path} already exists and was left as it was: choose another name, or use --force to replace it.</source>
        <translation>{path} existiert bereits und wurde nicht verändert: Wählen Sie einen anderen Namen oder verwenden Sie --force, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk holding {folder} is full. Free some space and try again; nothing was written.</source>
        <translation>{path} kann nicht geschrieben werden: Der Datenträger mit {folder} ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder; nothing was written.</source>
        <extracomment>{reason}: the system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>{path} kann nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ordner; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>GuaranteeEditor</name>
    <message>
        <source>(empty: type the code)</source>
        <translation>(leer: Code eingeben)</translation>
    </message>
    <message>
        <source>{number}.  {code}   — used in declarations and queries</source>
        <translation>{number}.  {code}   — wird in Anmeldungen und Abfragen verwendet</translation>
    </message>
    <message>
        <source>Guarantee {reference}</source>
        <translation>Sicherheit {reference}</translation>
    </message>
    <message>
        <source>New guarantee</source>
        <translation>Neue Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Guarantee</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Access codes</source>
        <translation>&amp;Zugangscodes</translation>
    </message>
    <message>
        <source>From &amp;customs</source>
        <translation>&amp;Vom Zoll</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>Show the guarantee as it is saved now</source>
        <translation>Die Sicherheit so anzeigen, wie sie jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>change this guarantee</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>diese Sicherheit ändern</translation>
    </message>
    <message>
        <source>{reason} You can still keep your own access codes here.</source>
        <translation>{reason} Ihre eigenen Zugangscodes können Sie hier trotzdem verwalten.</translation>
    </message>
    <message>
        <source>e.g. 25CZ5201010000111</source>
        <translation>z. B. 25CZ5201010000111</translation>
    </message>
    <message>
        <source>Save despite the check digit (training GRN only)</source>
        <translation>Trotz Prüfziffer speichern (nur Schulungs-GRN)</translation>
    </message>
    <message>
        <source>e.g. CZ520101</source>
        <translation>z. B. CZ520101</translation>
    </message>
    <message>
        <source>Choose the customs office of guarantee from the list</source>
        <translation>Wählen Sie die Bürgschaftsstelle aus der Liste</translation>
    </message>
    <message>
        <source>optional, e.g. {amount}</source>
        <translation>optional, z. B. {amount}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no communication parameters</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Guarantee &amp;user:</source>
        <translation>&amp;Nutzer der Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Sicherheits&amp;art:</translation>
    </message>
    <message>
        <source>G&amp;RN:</source>
        <translation>G&amp;RN:</translation>
    </message>
    <message>
        <source>&amp;Other reference:</source>
        <translation>&amp;Weitere Referenz:</translation>
    </message>
    <message>
        <source>Customs o&amp;ffice:</source>
        <translation>Zollste&amp;lle:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Communication &amp;parameters:</source>
        <translation>Kommunikations&amp;parameter:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Codes anzeigen</translation>
    </message>
    <message>
        <source>Delete PAC</source>
        <translation>PAC löschen</translation>
    </message>
    <message>
        <source>Remove the primary access code from this record (recommended after registration)</source>
        <translation>Haupt-Zugangscode aus diesem Datensatz entfernen (nach der Registrierung empfohlen)</translation>
    </message>
    <message>
        <source>new:</source>
        <comment>the new primary access code</comment>
        <translation>neu:</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>add a secondary access code</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove a secondary access code</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>The first code is the one used in declarations and queries</source>
        <translation>Der erste Code wird in Anmeldungen und Abfragen verwendet</translation>
    </message>
    <message>
        <source>&amp;Primary access code:</source>
        <translation>&amp;Haupt-Zugangscode:</translation>
    </message>
    <message>
        <source>&amp;Secondary codes:</source>
        <translation>&amp;Weitere Zugangscodes:</translation>
    </message>
    <message>
        <source>Access codes registered:</source>
        <translation>Zugangscodes registriert:</translation>
    </message>
    <message>
        <source>Reference amount:</source>
        <translation>Referenzbetrag:</translation>
    </message>
    <message>
        <source>Amount in use:</source>
        <translation>In Anspruch genommener Betrag:</translation>
    </message>
    <message>
        <source>Remaining balance:</source>
        <translation>Verfügbarer Betrag:</translation>
    </message>
    <message>
        <source>Number of uses:</source>
        <translation>Anzahl der Inanspruchnahmen:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Beschränkungen:</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>Letzte Antwort:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>These fields are filled from customs answers to registrations and guarantee queries.</source>
        <translation>Diese Felder werden aus den Antworten des Zolls auf Registrierungen und Sicherheitsabfragen gefüllt.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no last error</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>cannot be asked: {reason}</source>
        <translation>kann nicht abgefragt werden: {reason}</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no GRN</source>
        <translation>Sicherheitsart {type} hat keine GRN</translation>
    </message>
    <message>
        <source>Required for this type (EU condition C0130)</source>
        <translation>Für diese Art erforderlich (EU-Bedingung C0130)</translation>
    </message>
    <message>
        <source>Optional for this type</source>
        <translation>Für diese Art optional</translation>
    </message>
    <message>
        <source>Not used for this type</source>
        <translation>Für diese Art nicht verwendet</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no access codes</source>
        <translation>Sicherheitsart {type} hat keine Zugangscodes</translation>
    </message>
    <message>
        <source>✓ {grn}: format and check digit correct</source>
        <translation>✓ {grn}: Format und Prüfziffer korrekt</translation>
    </message>
    <message>
        <source>hold or change the primary access code</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>den Haupt-Zugangscode besitzen oder ändern</translation>
    </message>
    <message>
        <source>Type {type} has no primary access code.</source>
        <translation>Art {type} hat keinen Haupt-Zugangscode.</translation>
    </message>
    <message>
        <source>A primary access code is stored, held by {holder}; it is not shown to you.</source>
        <translation>Ein Haupt-Zugangscode ist gespeichert, im Besitz von {holder}; er wird Ihnen nicht angezeigt.</translation>
    </message>
    <message>
        <source>No primary access code is stored. {reason}</source>
        <translation>Es ist kein Haupt-Zugangscode gespeichert. {reason}</translation>
    </message>
    <message>
        <source>A primary access code is stored (you hold it). It is needed only to register secondary codes or to change it: delete it after a successful registration.</source>
        <translation>Ein Haupt-Zugangscode ist gespeichert (Sie besitzen ihn). Er wird nur benötigt, um weitere Zugangscodes zu registrieren oder ihn zu ändern: Löschen Sie ihn nach einer erfolgreichen Registrierung.</translation>
    </message>
    <message>
        <source>No primary access code is stored. It is needed only to register secondary codes or to change it; delete it after a successful registration.</source>
        <translation>Es ist kein Haupt-Zugangscode gespeichert. Er wird nur benötigt, um weitere Zugangscodes zu registrieren oder ihn zu ändern; löschen Sie ihn nach einer erfolgreichen Registrierung.</translation>
    </message>
    <message>
        <source>Your secondary access code ({user}). Type {type}: the guarantor gives you one code; enter it in the first row. It is never registered electronically.</source>
        <translation>Ihr weiterer Zugangscode ({user}). Art {type}: Der Bürge gibt Ihnen einen Code; geben Sie ihn in der ersten Zeile ein. Er wird nie elektronisch registriert.</translation>
    </message>
    <message>
        <source>One code only.</source>
        <translation>Nur ein Code.</translation>
    </message>
    <message>
        <source>Your own secondary access codes ({user}). Other users&apos; codes are never shown. If you keep several, the first one is used in declarations and queries.</source>
        <translation>Ihre eigenen weiteren Zugangscodes ({user}). Codes anderer Benutzer werden nie angezeigt. Wenn Sie mehrere haben, wird der erste in Anmeldungen und Abfragen verwendet.</translation>
    </message>
    <message>
        <source>Registering replaces all codes registered before for this guarantee.</source>
        <translation>Die Registrierung ersetzt alle zuvor für diese Sicherheit registrierten Codes.</translation>
    </message>
    <message>
        <source>Delete primary access code</source>
        <translation>Haupt-Zugangscode löschen</translation>
    </message>
    <message>
        <source>Delete the primary access code from this record now?</source>
        <translation>Den Haupt-Zugangscode jetzt aus diesem Datensatz löschen?</translation>
    </message>
</context>
<context>
    <name>Guarantees</name>
    <message>
        <source>The primary access code must be exactly 4 letters (A–Z) or digits.</source>
        <translation>Der Haupt-Zugangscode muss aus genau 4 Buchstaben (A–Z) oder Ziffern bestehen.</translation>
    </message>
    <message>
        <source>The new primary access code must be exactly 4 letters (A–Z) or digits.</source>
        <translation>Der neue Haupt-Zugangscode muss aus genau 4 Buchstaben (A–Z) oder Ziffern bestehen.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no primary access code (only types 0 and 1): clear the field.</source>
        <translation>Sicherheitsart {type} hat keinen Haupt-Zugangscode (nur die Arten 0 und 1): Leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>To change the primary access code, enter the current one too.</source>
        <translation>Um den Haupt-Zugangscode zu ändern, geben Sie auch den aktuellen ein.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no access codes.</source>
        <translation>Sicherheitsart {type} hat keine Zugangscodes.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has one secondary access code, given by the guarantor: keep only the first row.</source>
        <translation>Sicherheitsart {type} hat einen weiteren Zugangscode, den der Bürge vergibt: Behalten Sie nur die erste Zeile.</translation>
    </message>
    <message>
        <source>At most {most} secondary access codes can be registered.</source>
        <translation>Es können höchstens {most} weitere Zugangscodes registriert werden.</translation>
    </message>
    <message>
        <source>Secondary code in row {row} is not 4 letters (A–Z) or digits.</source>
        <translation>Der weitere Zugangscode in Zeile {row} besteht nicht aus 4 Buchstaben (A–Z) oder Ziffern.</translation>
    </message>
    <message>
        <source>Secondary code in row {row} repeats an earlier row: each code once.</source>
        <translation>Der weitere Zugangscode in Zeile {row} wiederholt eine frühere Zeile: Jeden Code nur einmal.</translation>
    </message>
    <message>
        <source>see its access codes</source>
        <translation>ihre Zugangscodes einsehen</translation>
    </message>
    <message>
        <source>hold or change the primary access code</source>
        <translation>den Haupt-Zugangscode verwahren oder ändern</translation>
    </message>
    <message>
        <source>store access codes</source>
        <translation>Zugangscodes speichern</translation>
    </message>
    <message>
        <source>delete the primary access code</source>
        <translation>den Haupt-Zugangscode löschen</translation>
    </message>
    <message>
        <source>delete the primary access code another user holds</source>
        <translation>den Haupt-Zugangscode löschen, den ein anderer Benutzer verwahrt</translation>
    </message>
    <message>
        <source>Guarantee {id} does not exist or {login} does not represent its organisation (needed to {what}).</source>
        <extracomment>{what} is what the user wanted, e.g. &quot;see its access codes&quot;</extracomment>
        <translation>Sicherheit {id} existiert nicht, oder {login} vertritt ihre Organisation nicht (erforderlich für: {what}).</translation>
    </message>
    <message>
        <source>a digit (year)</source>
        <translation>eine Ziffer (Jahr)</translation>
    </message>
    <message>
        <source>a letter (country code)</source>
        <translation>ein Buchstabe (Ländercode)</translation>
    </message>
    <message>
        <source>a capital letter or digit (serial number)</source>
        <translation>ein Großbuchstabe oder eine Ziffer (laufende Nummer)</translation>
    </message>
    <message>
        <source>a digit (check digit)</source>
        <translation>eine Ziffer (Prüfziffer)</translation>
    </message>
    <message>
        <source>a letter (voucher suffix)</source>
        <translation>ein Buchstabe (Zusatz des Sicherheitstitels)</translation>
    </message>
    <message>
        <source>a digit (voucher number)</source>
        <translation>eine Ziffer (Nummer des Sicherheitstitels)</translation>
    </message>
    <message>
        <source>The GRN is empty: enter the 17-character guarantee reference number.</source>
        <translation>Die GRN ist leer: Geben Sie die 17-stellige Sicherheitsreferenznummer (GRN) ein.</translation>
    </message>
    <message>
        <source>Character {position} (&apos;{character}&apos;) must be {meaning}.</source>
        <extracomment>{meaning} says what the position holds, e.g. &quot;a letter (country code)&quot;</extracomment>
        <translation>Zeichen {position} („{character}“) muss {meaning} sein.</translation>
    </message>
    <message>
        <source>The check digit (character 17) is &apos;{given}&apos; but {expected} was expected for {body}: one of the first 16 characters or the check digit is mistyped.</source>
        <translation>Die Prüfziffer (Zeichen 17) ist „{given}“, für {body} wurde jedoch {expected} erwartet: Eines der ersten 16 Zeichen oder die Prüfziffer ist falsch eingegeben.</translation>
    </message>
    <message>
        <source>A voucher GRN (type 4) has {length} characters: the 17-character GRN plus a letter and six digits; this one has {found}.</source>
        <translation>Eine GRN für Sicherheitstitel (Art 4) hat {length} Zeichen: die 17-stellige GRN plus ein Buchstabe und sechs Ziffern; diese hat {found}.</translation>
    </message>
    <message>
        <source>A GRN has {length} characters; this one has {found}.</source>
        <translation>Eine GRN hat {length} Zeichen; diese hat {found}.</translation>
    </message>
    <message>
        <source>A GRN has {length} characters ({voucher_length} for vouchers, type 4); this one has {found}.</source>
        <translation>Eine GRN hat {length} Zeichen ({voucher_length} bei Sicherheitstiteln, Art 4); diese hat {found}.</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(keine Referenz)</translation>
    </message>
    <message>
        <source>{reference} · type {type} · check digit overridden</source>
        <translation>{reference} · Art {type} · Prüfziffer übersteuert</translation>
    </message>
    <message>
        <source>{reference} · type {type}</source>
        <translation>{reference} · Art {type}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: use digits with up to 2 decimals, e.g. 150000.00.</source>
        <translation>„{text}“ ist kein Betrag: Verwenden Sie Ziffern mit bis zu 2 Dezimalstellen, z. B. 150000.00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: write it out in digits, e.g. 150000.00.</source>
        <translation>„{text}“ ist kein Betrag: Schreiben Sie ihn in Ziffern aus, z. B. 150000.00.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no GRN (only types 0, 1, 2, 4 and 9 do): clear the GRN field.</source>
        <translation>Sicherheitsart {type} hat keine GRN (nur die Arten 0, 1, 2, 4 und 9): Leeren Sie das Feld GRN.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs a GRN: enter the 24-character voucher guarantee reference number.</source>
        <translation>Sicherheitsart {type} benötigt eine GRN: Geben Sie die 24-stellige Sicherheitsreferenznummer des Sicherheitstitels ein.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs a GRN: enter the 17-character guarantee reference number.</source>
        <translation>Sicherheitsart {type} benötigt eine GRN: Geben Sie die 17-stellige Sicherheitsreferenznummer ein.</translation>
    </message>
    <message>
        <source>{problem} To keep it anyway (training data only), use the explicit check-digit override.</source>
        <translation>{problem} Um sie trotzdem zu behalten (nur Schulungsdaten), verwenden Sie die ausdrückliche Übersteuerung der Prüfziffer.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs the other guarantee reference (EU condition C0130).</source>
        <translation>Sicherheitsart {type} benötigt die andere Referenz der Sicherheit (EU-Bedingung C0130).</translation>
    </message>
    <message>
        <source>Guarantee type {type} takes no other guarantee reference (only types 3 and 8 do): clear the field.</source>
        <translation>Sicherheitsart {type} hat keine andere Referenz der Sicherheit (nur die Arten 3 und 8): Leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>The other guarantee reference has {length} characters; at most {most} are allowed.</source>
        <translation>Die andere Referenz der Sicherheit hat {length} Zeichen; zulässig sind höchstens {most}.</translation>
    </message>
    <message>
        <source>&apos;{office}&apos; is not a customs office reference number: 2 country letters and 6 letters or digits, e.g. CZ520101.</source>
        <translation>„{office}“ ist keine Referenznummer einer Zollstelle: 2 Länderbuchstaben und 6 Buchstaben oder Ziffern, z. B. CZ520101.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero (or left empty).</source>
        <translation>Der Betrag muss größer als null sein (oder leer bleiben).</translation>
    </message>
    <message>
        <source>The amount has at most {digits} digits before the decimal point.</source>
        <translation>Der Betrag hat höchstens {digits} Stellen vor dem Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>The amount has at most 2 decimals.</source>
        <translation>Der Betrag hat höchstens 2 Dezimalstellen.</translation>
    </message>
    <message>
        <source>An amount needs its currency (ISO 4217, e.g. CZK, EUR, PLN).</source>
        <translation>Ein Betrag benötigt seine Währung (ISO 4217, z. B. CZK, EUR, PLN).</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code (three letters, e.g. EUR).</source>
        <translation>„{currency}“ ist kein Währungscode nach ISO 4217 (drei Buchstaben, z. B. EUR).</translation>
    </message>
    <message>
        <source>Guarantee {id} does not exist or {login} does not represent its organisation.</source>
        <translation>Sicherheit {id} existiert nicht, oder {login} vertritt ihre Organisation nicht.</translation>
    </message>
    <message>
        <source>add guarantees to the organisation</source>
        <translation>der Organisation Sicherheiten hinzufügen</translation>
    </message>
    <message>
        <source>change the guarantee</source>
        <translation>die Sicherheit ändern</translation>
    </message>
    <message>
        <source>move the guarantee to that organisation</source>
        <translation>die Sicherheit zu dieser Organisation verschieben</translation>
    </message>
    <message>
        <source>The guarantee {reference} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Die Sicherheit {reference} wurde von jemand anderem geändert, nachdem Sie sie geöffnet hatten (vielleicht an einem anderen Arbeitsplatz). Ihre Änderungen wurden nicht gespeichert: Laden Sie die Sicherheit neu, um die Änderungen der anderen Person zu sehen, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
    </message>
    <message>
        <source>delete the guarantee</source>
        <translation>die Sicherheit löschen</translation>
    </message>
    <message>
        <source>record customs answers</source>
        <translation>Antworten des Zolls erfassen</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose the guarantee user from the organisation register.</source>
        <translation>Organisation {id} existiert nicht: Wählen Sie den Nutzer der Sicherheit aus dem Organisationsregister.</translation>
    </message>
    <message>
        <source>&apos;{type}&apos; is not a guarantee type (code list CL251: {codes}).</source>
        <translation>„{type}“ ist keine Sicherheitsart (Codeliste CL251: {codes}).</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not in the currency code list: choose one from the list.</source>
        <translation>„{currency}“ ist nicht in der Liste der Währungscodes: Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Communication parameter set {id} does not exist: choose one in Settings ▸ Communication parameters.</source>
        <translation>Kommunikationsparametersatz {id} existiert nicht: Wählen Sie einen unter Einstellungen ▸ Kommunikationsparameter.</translation>
    </message>
    <message>
        <source>Customs office {office} is not an office of guarantee (role GUA) valid today: pick the office of guarantee from the list (import the EU customs office list for all offices).</source>
        <translation>Zollstelle {office} ist keine heute gültige Zollstelle der Sicherheitsleistung (Rolle GUA): Wählen Sie die Zollstelle der Sicherheitsleistung aus der Liste (für alle Zollstellen importieren Sie die EU-Zollstellenliste).</translation>
    </message>
    <message>
        <source>Customs office {office} is not in the customs office list: pick the office of guarantee from the list (import the EU customs office list for all offices).</source>
        <translation>Zollstelle {office} ist nicht in der Zollstellenliste: Wählen Sie die Zollstelle der Sicherheitsleistung aus der Liste (für alle Zollstellen importieren Sie die EU-Zollstellenliste).</translation>
    </message>
    <message>
        <source>customs do not give the balance of a type {type} guarantee (EU rule R261)</source>
        <translation>der Zoll gibt den Saldo einer Sicherheit der Art {type} nicht bekannt (EU-Regel R261)</translation>
    </message>
    <message>
        <source>a type {type} guarantee has no GRN to ask customs about</source>
        <translation>für eine Sicherheit der Art {type} gibt es keine GRN, nach der beim Zoll gefragt werden kann</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Local time, e.g. 2026-11-02 08:30; or with the time zone, e.g. 2026-11-02T08:30+01:00</source>
        <translation>Ortszeit, z. B. 2026-11-02 08:30; oder mit Zeitzone, z. B. 2026-11-02T08:30+01:00</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <source>Announced &amp;start:</source>
        <translation>Angekündigter &amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Start of the failure:</source>
        <translation>&amp;Beginn des Ausfalls:</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neue Störung</translation>
    </message>
    <message>
        <source>Confirm incident {number} (detected automatically)</source>
        <translation>Störung {number} bestätigen (automatisch erkannt)</translation>
    </message>
    <message>
        <source>Incident {number}</source>
        <translation>Störung {number}</translation>
    </message>
    <message>
        <source>the gateway&apos;s address, when one gateway is concerned</source>
        <translation>die Adresse des Gateways, wenn ein einzelnes Gateway betroffen ist</translation>
    </message>
    <message>
        <source>the authorised consignee&apos;s EORI, e.g. DE1234567890123</source>
        <translation>die EORI des zugelassenen Empfängers, z. B. DE1234567890123</translation>
    </message>
    <message>
        <source>the service desk&apos;s ticket number</source>
        <translation>die Ticketnummer des Service Desk</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Zollverwaltung:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>&amp;EORI:</source>
        <translation>&amp;EORI:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>E&amp;xpected end:</source>
        <translation>&amp;Voraussichtliches Ende:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <source>Empty while it is going on</source>
        <translation>Leer, solange sie andauert</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>Falls bekannt</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Con&amp;firmed:</source>
        <translation>Bestät&amp;igt:</translation>
    </message>
    <message>
        <source>The service desk&apos;s answer: customs may refuse to confirm a consignee who reports failures systematically</source>
        <translation>Die Antwort des Service Desk: Der Zoll kann die Bestätigung verweigern, wenn ein Empfänger systematisch Ausfälle meldet</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>CustomsDesk opened this incident when the gateway stopped answering. Check it, complete it and confirm it: it becomes your record.</source>
        <translation>CustomsDesk hat diese Störung geöffnet, als das Gateway nicht mehr antwortete. Prüfen, ergänzen und bestätigen Sie sie: Dann wird sie zu Ihrem Eintrag.</translation>
    </message>
    <message>
        <source>now</source>
        <comment>an empty moment means now</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>CustomsDesk made these files and folders readable by their owner only (others could read them): {paths}</source>
        <translation>CustomsDesk hat diese Dateien und Ordner nur für ihren Eigentümer lesbar gemacht (andere konnten sie lesen): {paths}</translation>
    </message>
    <message>
        <source>the personal key (and so the access codes) of {login}, who has no password yet</source>
        <translation>der persönliche Schlüssel (und damit die Zugangscodes) von {login}, der noch kein Passwort hat</translation>
    </message>
    <message>
        <source>the personal key (and so the access codes) of {logins}, who have no password yet</source>
        <translation>die persönlichen Schlüssel (und damit die Zugangscodes) von {logins}, die noch kein Passwort haben</translation>
    </message>
    <message numerus="yes">
        <source>%n access code(s) stored before user accounts</source>
        <translation>
            <numerusform>%n vor den Benutzerkonten gespeicherter Zugangscode</numerusform>
            <numerusform>%n vor den Benutzerkonten gespeicherte Zugangscodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the private key of %n participant certificate(s)</source>
        <translation>
            <numerusform>der private Schlüssel von %n Teilnehmerzertifikat</numerusform>
            <numerusform>die privaten Schlüssel von %n Teilnehmerzertifikaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing message(s)</source>
        <translation>
            <numerusform>%n ausgehende Nachricht</numerusform>
            <numerusform>%n ausgehende Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Unlock CustomsDesk</source>
        <translation>CustomsDesk entsperren</translation>
    </message>
    <message>
        <source>Sign in to CustomsDesk</source>
        <translation>Bei CustomsDesk anmelden</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user</source>
        <translation>Als anderer &amp;Benutzer anmelden</translation>
    </message>
    <message>
        <source>The window was locked. {user} can continue by typing the password; messages keep being sent and received meanwhile.</source>
        <translation>Das Fenster wurde gesperrt. {user} kann durch Eingabe des Passworts fortfahren; Nachrichten werden in der Zwischenzeit weiter gesendet und empfangen.</translation>
    </message>
    <message>
        <source>Type your login name and password. Your access codes are sealed with your password.</source>
        <translation>Geben Sie Ihren Anmeldenamen und Ihr Passwort ein. Ihre Zugangscodes sind mit Ihrem Passwort versiegelt.</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CustomsDesk — nobody signed in</source>
        <translation>CustomsDesk — niemand angemeldet</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to open the register.</source>
        <translation>Niemand ist angemeldet: Melden Sie sich an, um das Verzeichnis zu öffnen.</translation>
    </message>
    <message>
        <source>No communication parameter set has a gateway: fill one in Settings ▸ Communication parameters to exchange messages with customs.</source>
        <translation>Kein Kommunikationsparametersatz hat ein Gateway: Tragen Sie eines unter Einstellungen ▸ Kommunikationsparameter ein, um Nachrichten mit dem Zoll auszutauschen.</translation>
    </message>
    <message>
        <source>The database is not open yet</source>
        <translation>Die Datenbank ist noch nicht geöffnet</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>CustomsDesk cannot open its database</source>
        <translation>CustomsDesk kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Sign in to open the register.</source>
        <translation>Melden Sie sich an, um das Verzeichnis zu öffnen.</translation>
    </message>
    <message>
        <source>Connecting to the office database {url}…</source>
        <translation>Verbindung zur Bürodatenbank {url} wird hergestellt…</translation>
    </message>
    <message>
        <source>The office database cannot be reached</source>
        <translation>Die Bürodatenbank ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Until the network or the server is back, the paper procedures of the manual&apos;s chapter “Outages and paper movements” apply.</source>
        <translation>Bis das Netz oder der Server wieder da ist, gelten die Papierverfahren aus dem Kapitel „Ausfälle und Papiervorgänge“ des Handbuchs.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Close CustomsDesk</source>
        <translation>CustomsDesk &amp;schließen</translation>
    </message>
    <message>
        <source>You still hold the primary access code of {grns}, although customs confirmed the registration: open the guarantee and delete it (Delete PAC).</source>
        <translation>Sie besitzen noch den Haupt-Zugangscode von {grns}, obwohl der Zoll die Registrierung bestätigt hat: Öffnen Sie die Sicherheit und löschen Sie ihn (PAC löschen).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>menu: the organisation register</comment>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>name of the main toolbar</comment>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Generate message</source>
        <translation>Nachricht &amp;erzeugen</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organisationen ({count})</translation>
    </message>
    <message>
        <source>Customs guarantees of {organisation} ({count})</source>
        <translation>Zollsicherheiten von {organisation} ({count})</translation>
    </message>
    <message>
        <source>NCTS — all guarantees ({count})</source>
        <translation>NCTS — alle Sicherheiten ({count})</translation>
    </message>
    <message>
        <source>Guarantee {reference}</source>
        <translation>Sicherheit {reference}</translation>
    </message>
    <message>
        <source>add organisations</source>
        <comment>completes: Only … may</comment>
        <translation>Organisationen hinzufügen</translation>
    </message>
    <message>
        <source>import reference data</source>
        <comment>completes: Only … may</comment>
        <translation>Referenzdaten importieren</translation>
    </message>
    <message>
        <source>load the demo data</source>
        <comment>completes: Only … may</comment>
        <translation>die Demodaten laden</translation>
    </message>
    <message>
        <source>Select an organisation first: a guarantee belongs to its user</source>
        <translation>Wählen Sie zuerst eine Organisation aus: Eine Sicherheit gehört zu ihrem Nutzer</translation>
    </message>
    <message>
        <source>add guarantees to it</source>
        <comment>completes: To … you need</comment>
        <translation>ihr Sicherheiten hinzufügen</translation>
    </message>
    <message>
        <source>Select an organisation</source>
        <translation>Wählen Sie eine Organisation aus</translation>
    </message>
    <message>
        <source>Select one organisation or guarantee</source>
        <translation>Wählen Sie eine einzelne Organisation oder Sicherheit aus</translation>
    </message>
    <message>
        <source>delete organisations</source>
        <comment>completes: Only … may</comment>
        <translation>Organisationen löschen</translation>
    </message>
    <message>
        <source>delete its guarantees</source>
        <comment>completes: To … you need</comment>
        <translation>ihre Sicherheiten löschen</translation>
    </message>
    <message>
        <source>Select an organisation or guarantees</source>
        <translation>Wählen Sie eine Organisation oder Sicherheiten aus</translation>
    </message>
    <message>
        <source>Sending and receiving already: wait until it has finished.</source>
        <translation>Senden und Empfangen läuft bereits: Warten Sie, bis es abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Select a guarantee first (or several in the list)</source>
        <translation>Wählen Sie zuerst eine Sicherheit aus (oder mehrere in der Liste)</translation>
    </message>
    <message>
        <source>Select a guarantee first</source>
        <translation>Wählen Sie zuerst eine Sicherheit aus</translation>
    </message>
    <message>
        <source>Select one guarantee: its messages are shown</source>
        <translation>Wählen Sie eine einzelne Sicherheit aus: Deren Nachrichten werden angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected guarantees can be sent. {reason}</source>
        <translation>
            <numerusform>Die %n ausgewählte Sicherheit kann nicht gesendet werden. {reason}</numerusform>
            <numerusform>Keine der %n ausgewählten Sicherheiten kann gesendet werden. {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation {name} added.</source>
        <translation>Organisation {name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Organisation {name} saved.</source>
        <translation>Organisation {name} gespeichert.</translation>
    </message>
    <message>
        <source>Guarantee {reference} saved.</source>
        <translation>Sicherheit {reference} gespeichert.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Delete {organisation}?</source>
        <translation>{organisation} löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n guarantee(s) and their access codes will be deleted too:</source>
        <translation>
            <numerusform>Ihre %n Sicherheit und deren Zugangscodes werden ebenfalls gelöscht:</numerusform>
            <numerusform>Ihre %n Sicherheiten und deren Zugangscodes werden ebenfalls gelöscht:</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation {name} deleted.</source>
        <translation>Organisation {name} gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guarantee(s) with their access codes?</source>
        <translation>
            <numerusform>%n Sicherheit mit ihren Zugangscodes löschen?</numerusform>
            <numerusform>%n Sicherheiten mit ihren Zugangscodes löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete guarantees</source>
        <translation>Sicherheiten löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) deleted.</source>
        <translation>
            <numerusform>%n Sicherheit gelöscht.</numerusform>
            <numerusform>%n Sicherheiten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register read again.</source>
        <translation>Verzeichnis neu eingelesen.</translation>
    </message>
    <message>
        <source>Reference data imported.</source>
        <translation>Referenzdaten importiert.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Demo data loaded: {organisations}, {guarantees}.</source>
        <translation>Demodaten geladen: {organisations}, {guarantees}.</translation>
    </message>
    <message>
        <source>The demo data is already loaded.</source>
        <translation>Die Demodaten sind bereits geladen.</translation>
    </message>
    <message>
        <source>Welcome to CustomsDesk</source>
        <translation>Willkommen bei CustomsDesk</translation>
    </message>
    <message>
        <source>The register is empty.

Load demo data? It adds Czech, German and Polish organisations with guarantees of several types and training communication parameters, so you can try everything at once. You can delete them later.</source>
        <translation>Das Verzeichnis ist leer.

Demodaten laden? Damit werden tschechische, deutsche und polnische Organisationen mit Sicherheiten verschiedener Arten sowie Kommunikationsparameter für die Schulung angelegt, sodass Sie alles auf einmal ausprobieren können. Sie können sie später wieder löschen.</translation>
    </message>
    <message>
        <source>Also start the customs simulator, so messages get answers on this computer</source>
        <translation>Auch den Zollsimulator starten, damit Nachrichten auf diesem Computer beantwortet werden</translation>
    </message>
    <message>
        <source>Starting the customs simulator, as when CustomsDesk was last used (Messages ▸ Customs simulator stops it).</source>
        <translation>Der Zollsimulator wird gestartet, wie bei der letzten Verwendung von CustomsDesk (Nachrichten ▸ Zollsimulator beendet ihn).</translation>
    </message>
    <message>
        <source>The customs simulator answers on {address} (training environment).</source>
        <translation>Der Zollsimulator antwortet unter {address} (Schulungsumgebung).</translation>
    </message>
    <message>
        <source>not open yet</source>
        <comment>the database</comment>
        <translation>noch nicht geöffnet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>none (the data folder cannot be written)</source>
        <translation>keine (in den Datenordner kann nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>{qt} (PySide6 {pyside}), Python {python} on {system} {release}</source>
        <translation>{qt} (PySide6 {pyside}), Python {python} unter {system} {release}</translation>
    </message>
    <message>
        <source>access code registration</source>
        <comment>completes: The … cannot be sent</comment>
        <translation>Zugangscode-Registrierung</translation>
    </message>
    <message>
        <source>Access code registration</source>
        <translation>Zugangscode-Registrierung</translation>
    </message>
    <message>
        <source>Guarantee query: {kind}</source>
        <translation>Sicherheitsabfrage: {kind}</translation>
    </message>
    <message>
        <source>{kind} query</source>
        <comment>completes: The … cannot be sent</comment>
        <translation>Abfrage „{kind}“</translation>
    </message>
    <message>
        <source>Guarantee query ({kind})</source>
        <translation>Sicherheitsabfrage ({kind})</translation>
    </message>
    <message>
        <source>Register the access codes with customs?</source>
        <translation>Zugangscodes beim Zoll registrieren?</translation>
    </message>
    <message>
        <source>Change the primary access code?</source>
        <translation>Haupt-Zugangscode ändern?</translation>
    </message>
    <message>
        <source>Send the access code registration for GRN {grn} to customs?</source>
        <translation>Zugangscode-Registrierung für GRN {grn} an den Zoll senden?</translation>
    </message>
    <message numerus="yes">
        <source>Send the access code registration for %n guarantees to customs?</source>
        <translation>
            <numerusform>Zugangscode-Registrierung für %n Sicherheit an den Zoll senden?</numerusform>
            <numerusform>Zugangscode-Registrierung für %n Sicherheiten an den Zoll senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Customs replace every secondary code registered before for the guarantee with these: a code left out stops working, for colleagues too.</source>
        <translation>Der Zoll ersetzt alle zuvor für die Sicherheit registrierten weiteren Zugangscodes durch diese: Ein hier nicht enthaltener Code wird ungültig, auch für Kollegen.</translation>
    </message>
    <message>
        <source>Once customs confirm, only the new primary access code works.</source>
        <translation>Sobald der Zoll bestätigt, gilt nur noch der neue Haupt-Zugangscode.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected guarantees cannot be registered and are left out:</source>
        <translation>
            <numerusform>%n der ausgewählten Sicherheiten kann nicht registriert werden und wird ausgelassen:</numerusform>
            <numerusform>%n der ausgewählten Sicherheiten können nicht registriert werden und werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change PAC and register</source>
        <translation>&amp;PAC ändern und registrieren</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>button: register the access codes with customs</comment>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>The {what} cannot be sent</source>
        <translation>Die {what} kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>Some guarantees cannot be sent the {what}</source>
        <translation>Die {what} kann nicht für alle Sicherheiten gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>{blocked} of the %n selected guarantees cannot be sent the {what}. Nothing has been queued yet.</source>
        <translation>
            <numerusform>Für {blocked} der %n ausgewählten Sicherheit kann die {what} nicht gesendet werden. Es wurde noch nichts in die Warteschlange gestellt.</numerusform>
            <numerusform>Für {blocked} der %n ausgewählten Sicherheiten kann die {what} nicht gesendet werden. Es wurde noch nichts in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the {what} for the other %n?</source>
        <translation>
            <numerusform>Die {what} für die übrige %n Sicherheit senden?</numerusform>
            <numerusform>Die {what} für die übrigen %n Sicherheiten senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send for %n</source>
        <translation>
            <numerusform>Für %n &amp;senden</numerusform>
            <numerusform>Für %n &amp;senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} queued for {grns} and %n more; sending in the background.</source>
        <translation>
            <numerusform>{what} für {grns} und %n weitere in die Warteschlange gestellt; wird im Hintergrund gesendet.</numerusform>
            <numerusform>{what} für {grns} und %n weitere in die Warteschlange gestellt; wird im Hintergrund gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} queued for {grns}; sending in the background.</source>
        <translation>{what} für {grns} in die Warteschlange gestellt; wird im Hintergrund gesendet.</translation>
    </message>
    <message>
        <source>Send and receive cancelled.</source>
        <translation>Senden und Empfangen abgebrochen.</translation>
    </message>
    <message>
        <source>Send and receive stopped: {error}</source>
        <translation>Senden und Empfangen angehalten: {error}</translation>
    </message>
    <message>
        <source>Registration confirmed for {grn}: ask {holder}, who holds the primary access code, to delete it from the record.</source>
        <translation>Registrierung für {grn} bestätigt: Bitten Sie {holder}, der den Haupt-Zugangscode besitzt, ihn aus dem Datensatz zu löschen.</translation>
    </message>
    <message>
        <source>The primary access code of {grn} was deleted from the record.</source>
        <translation>Der Haupt-Zugangscode von {grn} wurde aus dem Datensatz gelöscht.</translation>
    </message>
    <message>
        <source>Delete the primary access code?</source>
        <translation>Haupt-Zugangscode löschen?</translation>
    </message>
    <message>
        <source>Registration confirmed for GRN {grn}. Delete the primary access code from the record now? (Keeping it is like writing the PIN on the card.)</source>
        <translation>Registrierung für GRN {grn} bestätigt. Den Haupt-Zugangscode jetzt aus dem Datensatz löschen? (Ihn aufzubewahren ist, als schriebe man die PIN auf die Karte.)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guarantees</source>
        <translation>
            <numerusform>%n Sicherheit</numerusform>
            <numerusform>%n Sicherheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery receipt(s)</source>
        <translation>
            <numerusform>%n Zustellbestätigung</numerusform>
            <numerusform>%n Zustellbestätigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied to the records</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n in die Datensätze übernommen</numerusform>
            <numerusform>%n in die Datensätze übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n nicht zugeordnet</numerusform>
            <numerusform>%n nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n in Quarantäne</numerusform>
            <numerusform>%n in Quarantäne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n Duplikat ignoriert</numerusform>
            <numerusform>%n Duplikate ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to be sent again later</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n später erneut zu senden</numerusform>
            <numerusform>%n später erneut zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Send and receive: {results}.</source>
        <translation>Senden und Empfangen: {results}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still without an answer: see Messages ▸ Receipts and responses.</source>
        <translation>
            <numerusform>%n Nachricht noch ohne Antwort: siehe Nachrichten ▸ Quittungen und Antworten.</numerusform>
            <numerusform>%n Nachrichten noch ohne Antwort: siehe Nachrichten ▸ Quittungen und Antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problem: {problem} (and %n more)</source>
        <translation>
            <numerusform>Problem: {problem} (und %n weiteres)</numerusform>
            <numerusform>Problem: {problem} (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>1 secondary code</source>
        <translation>1 weiterer Zugangscode</translation>
    </message>
    <message numerus="yes">
        <source>%n secondary codes</source>
        <translation>
            <numerusform>%n weiterer Zugangscode</numerusform>
            <numerusform>%n weitere Zugangscodes</numerusform>
        </translation>
    </message>
    <message>
        <source>a new primary access code</source>
        <translation>ein neuer Haupt-Zugangscode</translation>
    </message>
    <message>
        <source>the primary access code stays the same</source>
        <translation>der Haupt-Zugangscode bleibt unverändert</translation>
    </message>
    <message>
        <source>GRN {grn}: {codes}; {pac}</source>
        <translation>GRN {grn}: {codes}; {pac}</translation>
    </message>
    <message>
        <source>cannot be asked: {reason}</source>
        <translation>kann nicht abgefragt werden: {reason}</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <comment>the balance</comment>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>kein Enddatum</translation>
    </message>
    <message>
        <source>Codes registered</source>
        <translation>Codes registriert</translation>
    </message>
    <message>
        <source>never (or the last registration failed)</source>
        <translation>nie (oder die letzte Registrierung ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Verfügbarer Betrag</translation>
    </message>
    <message>
        <source>Amount in use (exposure)</source>
        <translation>In Anspruch genommener Betrag</translation>
    </message>
    <message>
        <source>Number of uses</source>
        <translation>Anzahl der Inanspruchnahmen</translation>
    </message>
    <message>
        <source>Owner according to customs</source>
        <translation>Inhaber laut Zoll</translation>
    </message>
    <message>
        <source>Reference amount</source>
        <translation>Referenzbetrag</translation>
    </message>
    <message>
        <source>Guarantee amount according to customs</source>
        <translation>Sicherheitsbetrag laut Zoll</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Beschränkungen</translation>
    </message>
    <message>
        <source>Last answer from customs</source>
        <translation>Letzte Antwort des Zolls</translation>
    </message>
    <message>
        <source>(no description of this code is known)</source>
        <translation>(keine Beschreibung dieses Codes bekannt)</translation>
    </message>
    <message>
        <source>Last error {code}</source>
        <translation>Letzter Fehler {code}</translation>
    </message>
    <message>
        <source>Usage of the guarantee ({period})</source>
        <translation>Inanspruchnahme der Sicherheit ({period})</translation>
    </message>
    <message>
        <source>Usage of the guarantee</source>
        <translation>Inanspruchnahme der Sicherheit</translation>
    </message>
    <message>
        <source>Customs reported no transit operations.</source>
        <translation>Der Zoll hat keine Versandvorgänge gemeldet.</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column: amount of a transit operation</comment>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>column: whether the guarantee is locked for the operation</comment>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Arrival</source>
        <comment>column: date and time of arrival</comment>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>column: date and time of release</comment>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>not released yet</comment>
        <translation>noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more operations.</source>
        <translation>
            <numerusform>… und %n weiterer Vorgang.</numerusform>
            <numerusform>… und %n weitere Vorgänge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n operation(s)</source>
        <translation>
            <numerusform>{title}: %n Vorgang</numerusform>
            <numerusform>{title}: %n Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>administrator: all organisations</source>
        <translation>Administrator: alle Organisationen</translation>
    </message>
    <message>
        <source>(saved despite a failing check digit: training data)</source>
        <translation>(trotz falscher Prüfziffer gespeichert: Schulungsdaten)</translation>
    </message>
    <message>
        <source>stored (held by {holder})</source>
        <comment>the primary access code</comment>
        <translation>gespeichert (im Besitz von {holder})</translation>
    </message>
    <message>
        <source>not stored</source>
        <comment>the primary access code</comment>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Guarantee user</source>
        <translation>Nutzer der Sicherheit</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>of the guarantee</comment>
        <translation>Sicherheitsart</translation>
    </message>
    <message>
        <source>Other reference</source>
        <translation>Weitere Referenz</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Zollstelle</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>of the guarantee</comment>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Communication parameters</source>
        <translation>Kommunikationsparameter</translation>
    </message>
    <message>
        <source>none — messages cannot be sent</source>
        <translation>keine — Nachrichten können nicht gesendet werden</translation>
    </message>
    <message>
        <source>Your secondary codes</source>
        <translation>Ihre weiteren Zugangscodes</translation>
    </message>
    <message numerus="yes">
        <source>%n stored</source>
        <comment>secondary codes</comment>
        <translation>
            <numerusform>%n gespeichert</numerusform>
            <numerusform>%n gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>none stored for you</source>
        <comment>secondary codes</comment>
        <translation>keine für Sie gespeichert</translation>
    </message>
    <message>
        <source>Primary access code</source>
        <translation>Haupt-Zugangscode</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ihre Rechte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A primary access code is stored (held by {holder}) — delete it after registration: keeping it is like writing the PIN on the card.</source>
        <translation>Ein Haupt-Zugangscode ist gespeichert (im Besitz von {holder}) — löschen Sie ihn nach der Registrierung: Ihn aufzubewahren ist, als schriebe man die PIN auf die Karte.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>User manual — CustomsDesk</source>
        <translation>Benutzerhandbuch — CustomsDesk</translation>
    </message>
    <message>
        <source>Find in the manual (Enter: next)</source>
        <translation>Im Handbuch suchen (Enter: weiter)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Back to the top of the manual</source>
        <translation>Zurück zum Anfang des Handbuchs</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unknown query kind &apos;{name}&apos;: use usage, balance, usage and balance or info.</source>
        <translation>Unbekannte Abfrageart „{name}“: Verwenden Sie usage, balance, usage and balance oder info.</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>Inanspruchnahme</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>usage and balance</source>
        <translation>Inanspruchnahme und Saldo</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>weitere Angaben</translation>
    </message>
    <message>
        <source>{path}/queryIdentifier &apos;{value}&apos; is not a known query kind (1 usage, 2 balance, 3 usage and balance, 4 other information) (line {line}).</source>
        <translation>{path}/queryIdentifier „{value}“ ist keine bekannte Abfrageart (1 Inanspruchnahme, 2 Saldo, 3 Inanspruchnahme und Saldo, 4 weitere Angaben) (Zeile {line}).</translation>
    </message>
    <message>
        <source>An access code is exactly 4 letters (A–Z) or digits.</source>
        <translation>Ein Zugangscode besteht aus genau 4 Buchstaben (A–Z) oder Ziffern.</translation>
    </message>
    <message>
        <source>A GRN is 2 digits (year), 2 letters (country), 12 capitals or digits and a check digit (vouchers add a letter and 6 digits).</source>
        <translation>Eine GRN besteht aus 2 Ziffern (Jahr), 2 Buchstaben (Land), 12 Großbuchstaben oder Ziffern und einer Prüfziffer (bei Sicherheitstiteln kommen ein Buchstabe und 6 Ziffern hinzu).</translation>
    </message>
    <message>
        <source>An MRN is 18 characters: year, country, serial number and check character.</source>
        <translation>Eine MRN hat 18 Zeichen: Jahr, Land, laufende Nummer und Prüfzeichen.</translation>
    </message>
    <message>
        <source>A customs office is 2 letters (country) and 6 capitals or digits, e.g. CZ510201.</source>
        <translation>Eine Zollstelle besteht aus 2 Buchstaben (Land) und 6 Großbuchstaben oder Ziffern, z. B. CZ510201.</translation>
    </message>
    <message>
        <source>Only guarantee types 0 and 1 have access codes to register.</source>
        <translation>Nur für die Sicherheitsarten 0 und 1 werden Zugangscodes registriert.</translation>
    </message>
    <message>
        <source>Date and time are written YYYY-MM-DDThh:mm:ss, without fractions or time zone.</source>
        <translation>Datum und Uhrzeit werden als JJJJ-MM-TTThh:mm:ss geschrieben, ohne Sekundenbruchteile oder Zeitzone.</translation>
    </message>
    <message>
        <source>The MRN of a summary declaration is 18 characters: 2 digits (year), 2 letters (country), 12 capitals or digits, the procedure letter U and a check digit.</source>
        <translation>Die MRN einer summarischen Anmeldung hat 18 Zeichen: 2 Ziffern (Jahr), 2 Buchstaben (Land), 12 Großbuchstaben oder Ziffern, den Verfahrensbuchstaben U und eine Prüfziffer.</translation>
    </message>
    <message>
        <source>The kind of declaration is VSA (create), VSM (modify), ESA (confirm) or ESV (create and confirm).</source>
        <translation>Die Art der Anmeldung ist VSA (anlegen), VSM (ändern), ESA (bestätigen) oder ESV (anlegen und bestätigen).</translation>
    </message>
    <message>
        <source>The confirmation flag is 1 or 2 (ESA) or 3 (ESV).</source>
        <translation>Das Bestätigungskennzeichen ist 1 oder 2 (ESA) oder 3 (ESV).</translation>
    </message>
    <message>
        <source>Positions are numbered 1 to 9,999, each number once.</source>
        <translation>Positionen werden von 1 bis 9.999 nummeriert, jede Nummer nur einmal.</translation>
    </message>
    <message>
        <source>The declaration is identified by REG (registration number) or MID (manifest id).</source>
        <translation>Die Anmeldung wird über REG (Registriernummer) oder MID (Manifest-ID) identifiziert.</translation>
    </message>
    <message>
        <source>The mode of transport is one of 1, 2, 3, 4, 5, 7, 8, 9.</source>
        <translation>Der Verkehrszweig ist einer der Werte 1, 2, 3, 4, 5, 7, 8, 9.</translation>
    </message>
    <message>
        <source>The previous document type is MAWB, FLI, MAN, ENS or OTH (empty deletes it).</source>
        <translation>Die Vorpapierart ist MAWB, FLI, MAN, ENS oder OTH (ein leerer Wert löscht sie).</translation>
    </message>
    <message>
        <source>The previous document type is MAWB, FLI, MAN, ENS or OTH.</source>
        <translation>Die Vorpapierart ist MAWB, FLI, MAN, ENS oder OTH.</translation>
    </message>
    <message>
        <source>A customs office is 2 letters (country) and 6 capitals or digits, e.g. DE002601.</source>
        <translation>Eine Zollstelle besteht aus 2 Buchstaben (Land) und 6 Großbuchstaben oder Ziffern, z. B. DE002601.</translation>
    </message>
    <message>
        <source>A country is 2 capital letters, e.g. DE.</source>
        <translation>Ein Land besteht aus 2 Großbuchstaben, z. B. DE.</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD (empty deletes an optional one).</source>
        <translation>Ein Datum wird als JJJJ-MM-TT geschrieben (ein leerer Wert löscht ein optionales Datum).</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD (empty deletes it).</source>
        <translation>Ein Datum wird als JJJJ-MM-TT geschrieben (ein leerer Wert löscht es).</translation>
    </message>
    <message>
        <source>The kind of reference is AWB, MAWB, BL, CMR, CIM or OTH.</source>
        <translation>Die Referenzart ist AWB, MAWB, BL, CMR, CIM oder OTH.</translation>
    </message>
    <message>
        <source>The package kind is a code of 2 capitals or digits, e.g. PK.</source>
        <translation>Die Packstückart ist ein Code aus 2 Großbuchstaben oder Ziffern, z. B. PK.</translation>
    </message>
    <message>
        <source>The number of packages is a whole number of at most 8 digits.</source>
        <translation>Die Anzahl der Packstücke ist eine ganze Zahl mit höchstens 8 Ziffern.</translation>
    </message>
    <message>
        <source>The gross mass is in kilograms with at most 3 decimals and 16 characters, e.g. 1250.5.</source>
        <translation>Die Rohmasse wird in Kilogramm angegeben, mit höchstens 3 Dezimalstellen und 16 Zeichen, z. B. 1250.5.</translation>
    </message>
    <message>
        <source>The customs status is N (non-Union goods) or U (Union goods).</source>
        <translation>Der zollrechtliche Status ist N (Nicht-Unionswaren) oder U (Unionswaren).</translation>
    </message>
    <message>
        <source>The field is named by its JSON path, e.g. presenter.tin.</source>
        <translation>Das Feld wird über seinen JSON-Pfad benannt, z. B. presenter.tin.</translation>
    </message>
    <message>
        <source>One registration carries 1 to 999 secondary access codes.</source>
        <translation>Eine Registrierung enthält 1 bis 999 weitere Zugangscodes.</translation>
    </message>
    <message>
        <source>One message carries 1 to 99 guarantees.</source>
        <translation>Eine Nachricht enthält 1 bis 99 Sicherheiten.</translation>
    </message>
    <message>
        <source>A confirmation carries at most 9 error codes.</source>
        <translation>Eine Bestätigung enthält höchstens 9 Fehlercodes.</translation>
    </message>
    <message>
        <source>One guarantee lists at most 9,999 usages.</source>
        <translation>Eine Sicherheit führt höchstens 9.999 Inanspruchnahmen auf.</translation>
    </message>
    <message>
        <source>A summary declaration carries at most 9,999 positions.</source>
        <translation>Eine summarische Anmeldung enthält höchstens 9.999 Positionen.</translation>
    </message>
    <message>
        <source>An answer lists at most 9,999 accepted positions.</source>
        <translation>Eine Antwort führt höchstens 9.999 angenommene Positionen auf.</translation>
    </message>
    <message>
        <source>The {message_type} root element must be in the namespace {namespace}.</source>
        <translation>Das Wurzelelement von {message_type} muss im Namensraum {namespace} liegen.</translation>
    </message>
    <message>
        <source>The schema folder {folder} does not exist: choose the folder with the published XSD files.</source>
        <translation>Der Schemaordner {folder} existiert nicht: Wählen Sie den Ordner mit den veröffentlichten XSD-Dateien.</translation>
    </message>
    <message>
        <source>The folder {folder} holds none of the message schemas ({files}): choose the folder of the published NCTS XSD files.</source>
        <translation>Der Ordner {folder} enthält keines der Nachrichtenschemas ({files}): Wählen Sie den Ordner mit den veröffentlichten NCTS-XSD-Dateien.</translation>
    </message>
    <message>
        <source>unknown message type {message_type}: no schema is known for it. It looks like an old NCTS phase 4 message, which CustomsDesk does not process.</source>
        <translation>unbekannter Nachrichtentyp {message_type}: Dafür ist kein Schema bekannt. Es scheint sich um eine alte Nachricht aus NCTS Phase 4 zu handeln, die CustomsDesk nicht verarbeitet.</translation>
    </message>
    <message>
        <source>unknown message type {message_type}: no schema is known for it.</source>
        <translation>unbekannter Nachrichtentyp {message_type}: Dafür ist kein Schema bekannt.</translation>
    </message>
    <message>
        <source>The schema file {path} cannot be used: {error}. Replace it with the published file.</source>
        <translation>Die Schemadatei {path} kann nicht verwendet werden: {error}. Ersetzen Sie sie durch die veröffentlichte Datei.</translation>
    </message>
    <message>
        <source>The message is not well-formed XML: {reason} (line {line}, column {column}).</source>
        <translation>Die Nachricht ist kein wohlgeformtes XML: {reason} (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message declares a document type (&lt;!DOCTYPE …&gt;): DTDs and entities are not accepted in customs messages. Ask the sender for the message without it.</source>
        <translation>Die Nachricht deklariert einen Dokumenttyp (&lt;!DOCTYPE …&gt;): DTDs und Entitäten werden in Zollnachrichten nicht akzeptiert. Bitten Sie den Absender um die Nachricht ohne diese Angabe.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDThh:mm:ss)</source>
        <translation>ein Datum mit Uhrzeit (JJJJ-MM-TTThh:mm:ss)</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>ein Betrag</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a flag (0 or 1)</source>
        <translation>ein Kennzeichen (0 oder 1)</translation>
    </message>
    <message>
        <source>The message is incomplete: {path} has no {element}, which is required (line {line}). The sender must correct the message.</source>
        <translation>Die Nachricht ist unvollständig: In {path} fehlt das erforderliche Element {element} (Zeile {line}). Der Absender muss die Nachricht korrigieren.</translation>
    </message>
    <message>
        <source>{path} must be {what}, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} muss {what} sein, nicht „{value}“ (Zeile {line}).</translation>
    </message>
    <message>
        <source>Expected a {expected} message, but this one is {found}.</source>
        <translation>Erwartet wurde eine Nachricht vom Typ {expected}, diese ist jedoch vom Typ {found}.</translation>
    </message>
    <message>
        <source>The message cannot be shown: {reason}. The preview may not read files or the network.</source>
        <translation>Die Nachricht kann nicht angezeigt werden: {reason}. Die Vorschau darf weder Dateien noch das Netzwerk lesen.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Access code registration</source>
        <translation>Registrierung der Zugangscodes</translation>
    </message>
    <message>
        <source>Registration confirmation</source>
        <translation>Registrierungsbestätigung</translation>
    </message>
    <message>
        <source>Guarantee query</source>
        <translation>Sicherheitsabfrage</translation>
    </message>
    <message>
        <source>Query response</source>
        <translation>Abfrageantwort</translation>
    </message>
    <message>
        <source>Guarantee not valid</source>
        <translation>Sicherheit nicht gültig</translation>
    </message>
    <message>
        <source>Functional rejection</source>
        <translation>Fachliche Zurückweisung</translation>
    </message>
    <message>
        <source>XML rejection</source>
        <translation>XML-Zurückweisung</translation>
    </message>
    <message>
        <source>Sent to customs</source>
        <translation>An den Zoll gesendet</translation>
    </message>
    <message>
        <source>Received from customs</source>
        <translation>Vom Zoll empfangen</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>{state} — no answer yet</source>
        <translation>{state} — noch keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer since {sent}: customs have not answered for longer than expected. Check the gateway, or ask customs whether the message arrived.</source>
        <translation>Keine Antwort seit {sent}: Der Zoll hat länger als erwartet nicht geantwortet. Prüfen Sie das Gateway, oder fragen Sie beim Zoll nach, ob die Nachricht angekommen ist.</translation>
    </message>
    <message>
        <source>{result}. It was never applied to the records.</source>
        <translation>{result}. Sie wurde nie in die Datensätze übernommen.</translation>
    </message>
    <message>
        <source>the message could not be opened or verified</source>
        <translation>die Nachricht konnte nicht geöffnet oder verifiziert werden</translation>
    </message>
    <message>
        <source>Quarantined: {reason}. It was never applied to the records.</source>
        <translation>In Quarantäne: {reason}. Sie wurde nie in den Datenbestand übernommen.</translation>
    </message>
    <message>
        <source>this answer belongs to no message sent from here</source>
        <translation>diese Antwort gehört zu keiner von hier gesendeten Nachricht</translation>
    </message>
    <message>
        <source>Unmatched: {reason}. Check it by hand; the records were not changed by it.</source>
        <translation>Nicht zugeordnet: {reason}. Prüfen Sie sie manuell; der Datenbestand wurde dadurch nicht geändert.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: the state of a message in its processing (queued, sent, answered...)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>(deleted organisation {number})</source>
        <translation>(gelöschte Organisation {number})</translation>
    </message>
</context>
<context>
    <name>MessagesWindow</name>
    <message>
        <source>Apply the quarantined answer again, once its fault is put right (e.g. a certificate imported)</source>
        <translation>Die in Quarantäne gestellte Antwort erneut anwenden, sobald ihr Fehler behoben ist (z. B. ein Zertifikat importiert)</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Alle Richtungen</translation>
    </message>
    <message>
        <source>→ Sent to customs</source>
        <translation>→ An den Zoll gesendet</translation>
    </message>
    <message>
        <source>← Received from customs</source>
        <translation>← Vom Zoll empfangen</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <source>The first date in the list, shown as &apos;any date&apos;, means no limit</source>
        <translation>Das erste Datum in der Liste, angezeigt als „beliebiges Datum“, bedeutet keine Einschränkung</translation>
    </message>
    <message>
        <source>Receipts and responses — CustomsDesk</source>
        <translation>Quittungen und Antworten — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the preview of the selected message</source>
        <translation>Vorschau der ausgewählten Nachricht drucken</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the preview of the selected message as a PDF file</source>
        <translation>Vorschau der ausgewählten Nachricht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the messages again from the database</source>
        <translation>Nachrichten erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every message again</source>
        <translation>Wieder alle Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>&amp;Erneut anwenden</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Search: GRN, message id, error code, result text…</source>
        <translation>Suche: GRN, Nachrichten-ID, Fehlercode, Ergebnistext…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>GRN (whole number)</source>
        <translation>GRN (vollständige Nummer)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <comment>filter: the type of message</comment>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>filter: the earliest date</comment>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>filter: the latest date</comment>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Stat&amp;e</source>
        <comment>filter: the state of a message</comment>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Show the messages of every record</source>
        <translation>Nachrichten aller Datensätze anzeigen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <comment>the state a message reached</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vors&amp;chau</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>Only messages for {reference}</source>
        <translation>Nur Nachrichten zu {reference}</translation>
    </message>
    <message>
        <source>Only messages for guarantee {number}</source>
        <translation>Nur Nachrichten zur Sicherheit {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n message</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message matches the filters</source>
        <translation>
            <numerusform>%n Nachricht entspricht den Filtern</numerusform>
            <numerusform>%n Nachrichten entsprechen den Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages match the filters</source>
        <translation>
            <numerusform>%n Nachricht entspricht den Filtern</numerusform>
            <numerusform>%n Nachrichten entsprechen den Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n message(s) sent to customs have had no answer for more than {hours} hours (highlighted in orange). Check the gateway, or ask customs whether they arrived.</source>
        <translation>
            <numerusform>⚠ %n an den Zoll gesendete Nachricht ist seit mehr als {hours} Stunden ohne Antwort (orange hervorgehoben). Prüfen Sie das Gateway oder fragen Sie beim Zoll nach, ob sie angekommen ist.</numerusform>
            <numerusform>⚠ %n an den Zoll gesendete Nachrichten sind seit mehr als {hours} Stunden ohne Antwort (orange hervorgehoben). Prüfen Sie das Gateway oder fragen Sie beim Zoll nach, ob sie angekommen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n received message(s) are quarantined or unmatched (highlighted): they were not applied to the records. Open one to see why.</source>
        <translation>
            <numerusform>⚠ %n empfangene Nachricht ist in Quarantäne oder nicht zugeordnet (hervorgehoben): Sie wurde nicht in die Datensätze übernommen. Öffnen Sie sie, um den Grund zu sehen.</numerusform>
            <numerusform>⚠ %n empfangene Nachrichten sind in Quarantäne oder nicht zugeordnet (hervorgehoben): Sie wurden nicht in die Datensätze übernommen. Öffnen Sie eine davon, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie hier anzuzeigen.</translation>
    </message>
    <message>
        <source>(This message has no readable XML.)</source>
        <translation>(Diese Nachricht enthält kein lesbares XML.)</translation>
    </message>
    <message>
        <source>it has not been opened yet</source>
        <translation>sie wurde noch nicht geöffnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;This message cannot be shown:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Diese Nachricht kann nicht angezeigt werden:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>It was never applied to the records. The envelope as received is kept in the archive.</source>
        <translation>Sie wurde nie in die Datensätze übernommen. Der Umschlag wird so, wie er empfangen wurde, im Archiv aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview cannot be made:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Die Vorschau kann nicht erstellt werden:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <source>See the XML tab for the message as it is.</source>
        <translation>Die Nachricht im Originalzustand sehen Sie auf der Registerkarte XML.</translation>
    </message>
    <message>
        <source>Select a message first</source>
        <translation>Wählen Sie zuerst eine Nachricht aus</translation>
    </message>
    <message>
        <source>Only a quarantined answer can be applied again</source>
        <translation>Nur eine Antwort in Quarantäne kann erneut angewendet werden</translation>
    </message>
    <message>
        <source>Message {number} is applied again at this send and receive.</source>
        <translation>Nachricht {number} wird bei diesem Senden und Empfangen erneut angewendet.</translation>
    </message>
    <message>
        <source>Print message</source>
        <translation>Nachricht drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF-Dateien</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message>
        <source>A delivery receipt could not be verified: {error}</source>
        <translation>Eine Zustellquittung konnte nicht verifiziert werden: {error}</translation>
    </message>
    <message>
        <source>A delivery receipt could not be read: it names no message.</source>
        <translation>Eine Zustellquittung konnte nicht gelesen werden: Sie nennt keine Nachricht.</translation>
    </message>
    <message>
        <source>The database stayed busy (another program kept writing to it); the answers left are applied at the next send and receive.</source>
        <translation>Die Datenbank blieb belegt (ein anderes Programm schrieb laufend darauf); die übrigen Antworten werden beim nächsten Senden und Empfangen angewendet.</translation>
    </message>
    <message>
        <source>Quarantined: {reason}</source>
        <translation>In Quarantäne: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the gateway {gateway}: start the customs simulator (Messages ▸ Customs simulator) or check the gateway address in Settings ▸ NCTS.</source>
        <translation>Das Gateway {gateway} ist nicht erreichbar: Starten Sie den Zollsimulator (Nachrichten ▸ Zollsimulator) oder prüfen Sie die Gateway-Adresse unter Einstellungen ▸ NCTS.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway {gateway}: check the network connection, or the gateway address in Settings ▸ NCTS.</source>
        <translation>Das Gateway {gateway} ist nicht erreichbar: Prüfen Sie die Netzwerkverbindung oder die Gateway-Adresse unter Einstellungen ▸ NCTS.</translation>
    </message>
    <message>
        <source>The gateway {gateway} sent a listing that is not JSON; its deliveries are fetched at the next send and receive.</source>
        <extracomment>``said(QT_TRANSLATE_NOOP(&quot;Messaging&quot;, &quot;…{field}…&quot;), field=…)``: a wording shown in the reader&apos;s language and kept in English by the message history and the gateway&apos;s state (see core.wording)</extracomment>
        <translation>Das Gateway {gateway} hat eine Liste gesendet, die kein JSON ist; seine Zustellungen werden beim nächsten Senden und Empfangen abgeholt.</translation>
    </message>
    <message>
        <source>The gateway {gateway} sent a listing that is not a list of deliveries; check the gateway address in Settings ▸ NCTS.</source>
        <translation>Das Gateway {gateway} hat eine Liste gesendet, die keine Liste von Zustellungen ist; prüfen Sie die Gateway-Adresse unter Einstellungen ▸ NCTS.</translation>
    </message>
    <message>
        <source>The gateway {gateway} listed a delivery (entry {entry}) without a valid id ({id}); it was skipped.</source>
        <translation>Das Gateway {gateway} hat eine Zustellung (Eintrag {entry}) ohne gültige ID ({id}) aufgeführt; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>The gateway {gateway} is not available now (HTTP {status}); the message stays queued.</source>
        <translation>Das Gateway {gateway} ist derzeit nicht verfügbar (HTTP {status}); die Nachricht bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <source>The gateway refused the message (HTTP {status}): {reason}</source>
        <translation>Das Gateway hat die Nachricht abgelehnt (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>Cannot write to the mailbox folder {folder} ({error}): check that the folder exists and may be written, or the gateway address in Settings ▸ NCTS.</source>
        <translation>In den Postfachordner {folder} kann nicht geschrieben werden ({error}): Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder prüfen Sie die Gateway-Adresse unter Einstellungen ▸ NCTS.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) went out</source>
        <translation>
            <numerusform>%n Nachricht wurde gesendet</numerusform>
            <numerusform>%n Nachrichten wurden gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{went}, the %n urgent one(s) first</source>
        <translation>
            <numerusform>{went}, die %n dringende zuerst</numerusform>
            <numerusform>{went}, die %n dringenden zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{went}; %n still wait(s)</source>
        <translation>
            <numerusform>{went}; %n wartet noch</numerusform>
            <numerusform>{went}; %n warten noch</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway {gateway} answers again (down since {since}): {went}.</source>
        <translation>Das Gateway {gateway} antwortet wieder (nicht erreichbar seit {since}): {went}.</translation>
    </message>
    <message>
        <source>The access code registration for {reference}</source>
        <translation>Die Registrierung der Zugangscodes für {reference}</translation>
    </message>
    <message>
        <source>The access code registration for this guarantee</source>
        <translation>Die Registrierung der Zugangscodes für diese Sicherheit</translation>
    </message>
    <message>
        <source>{what} is not possible: only guarantee types 0 and 1 have access codes registered electronically; for type {type} the guarantor gives the code.</source>
        <translation>{what} ist nicht möglich: Nur für die Sicherheitsarten 0 und 1 werden Zugangscodes elektronisch registriert; bei Art {type} vergibt der Bürge den Code.</translation>
    </message>
    <message>
        <source>{what} needs the primary access code, which {holder} holds: ask them to send it.</source>
        <translation>{what} erfordert den Haupt-Zugangscode, den {holder} besitzt: Bitten Sie diesen Benutzer, sie zu senden.</translation>
    </message>
    <message>
        <source>{what} needs the primary access code: enter it in the guarantee editor ▸ Access codes.</source>
        <translation>{what} erfordert den Haupt-Zugangscode: Geben Sie ihn im Bearbeitungsfenster der Sicherheit ▸ Zugangscodes ein.</translation>
    </message>
    <message>
        <source>{what} needs at least one secondary access code: add yours in the guarantee editor ▸ Access codes.</source>
        <translation>{what} erfordert mindestens einen weiteren Zugangscode: Fügen Sie Ihren im Bearbeitungsfenster der Sicherheit ▸ Zugangscodes hinzu.</translation>
    </message>
    <message>
        <source>The {kind} query for {reference}</source>
        <translation>Die Abfrage „{kind}“ für {reference}</translation>
    </message>
    <message>
        <source>The {kind} query for this guarantee</source>
        <translation>Die Abfrage „{kind}“ für diese Sicherheit</translation>
    </message>
    <message>
        <source>{what} is not possible: guarantee type {type} has no GRN to ask customs about.</source>
        <translation>{what} ist nicht möglich: Eine Sicherheit der Art {type} hat keine GRN, die beim Zoll abgefragt werden könnte.</translation>
    </message>
    <message>
        <source>{what} is not allowed: customs do not give the balance of a type {type} guarantee (EU rule R261). Ask for usage or other information instead.</source>
        <translation>{what} ist nicht zulässig: Der Zoll gibt den Saldo einer Sicherheit der Art {type} nicht bekannt (EU-Regel R261). Fragen Sie stattdessen die Inanspruchnahme oder weitere Angaben ab.</translation>
    </message>
    <message>
        <source>{what} needs your secondary access code ({user}): enter it in the guarantee editor ▸ Access codes.</source>
        <translation>{what} erfordert Ihren weiteren Zugangscode ({user}): Geben Sie ihn im Bearbeitungsfenster der Sicherheit ▸ Zugangscodes ein.</translation>
    </message>
    <message>
        <source>{what} must wait: customs answer one query per GRN a minute and {grn} was asked at {asked}. It will be possible at {possible}.</source>
        <translation>{what} muss warten: Der Zoll beantwortet je GRN eine Abfrage pro Minute, und {grn} wurde um {asked} abgefragt. Ab {possible} ist sie wieder möglich.</translation>
    </message>
    <message>
        <source>The registration for {grn}</source>
        <translation>Die Registrierung für {grn}</translation>
    </message>
    <message>
        <source>The usage period starts ({start}) after it ends ({end}): swap the dates.</source>
        <translation>Der Zeitraum der Inanspruchnahme beginnt ({start}) erst nach seinem Ende ({end}): Vertauschen Sie die beiden Daten.</translation>
    </message>
    <message>
        <source>The query for {organisation}</source>
        <translation>Die Abfrage für {organisation}</translation>
    </message>
    <message>
        <source>The {message_type}</source>
        <translation>Die Nachricht {message_type}</translation>
    </message>
    <message>
        <source>Message {id} is {state}: only a message waiting to be sent can be flagged urgent.</source>
        <translation>Nachricht {id} hat den Status „{state}“: Nur eine Nachricht, die auf den Versand wartet, kann als dringend markiert werden.</translation>
    </message>
    <message>
        <source>{user} flagged it urgent: it is sent before the others</source>
        <translation>{user} hat sie als dringend markiert: sie wird vor den anderen gesendet</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>{what} does not match the message schema at {where}: {problem} Correct the record and try again.</source>
        <translation>{what} entspricht nicht dem Nachrichtenschema ({where}): {problem} Korrigieren Sie den Datensatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>signed and encrypted for customs with the certificates in effect now</source>
        <translation>mit den jetzt gültigen Zertifikaten signiert und für den Zoll verschlüsselt</translation>
    </message>
    <message>
        <source>A certificate changed since {user} queued this message, so it must be signed and encrypted again: it is sent at {user}&apos;s next send and receive.</source>
        <translation>Ein Zertifikat hat sich geändert, seit {user} diese Nachricht in die Warteschlange gestellt hat; sie muss daher neu signiert und verschlüsselt werden: Sie wird beim nächsten Senden und Empfangen von {user} gesendet.</translation>
    </message>
    <message>
        <source>{size} MB is larger than the {limit} MB kept for one delivery (setting {setting}); it stays at the gateway until the limit is raised.</source>
        <translation>{size} MB überschreitet die für eine Zustellung vorgesehenen {limit} MB (Einstellung {setting}); die Zustellung bleibt auf dem Gateway, bis das Limit erhöht wird.</translation>
    </message>
    <message>
        <source>A delivery from {gateway} was not kept: {reason}</source>
        <translation>Eine Zustellung von {gateway} wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>A refusal {refusal} in {gateway} names no message sent from here; it was set aside.</source>
        <translation>Eine Zurückweisung {refusal} in {gateway} nennt keine von hier gesendete Nachricht; sie wurde zurückgestellt.</translation>
    </message>
    <message>
        <source>An unverified refusal for message {message_id} was found in the mailbox (not signed by customs, so the message stays as it was): {text}</source>
        <translation>Im Postfach wurde eine nicht verifizierte Zurückweisung für Nachricht {message_id} gefunden (nicht vom Zoll signiert, daher bleibt die Nachricht unverändert): {text}</translation>
    </message>
    <message>
        <source>The gateway refused the message: {reason}</source>
        <translation>Das Gateway hat die Nachricht abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>no answer after {hours} hours: check the gateway or ask customs</source>
        <translation>keine Antwort nach {hours} Stunden: Gateway prüfen oder beim Zoll nachfragen</translation>
    </message>
    <message>
        <source>Message {id} is {state}: only a quarantined answer can be retried. A message that failed is sent again by preparing a new one.</source>
        <translation>Nachricht {id} hat den Status „{state}“: Nur eine Antwort in Quarantäne kann erneut angewendet werden. Eine fehlgeschlagene Nachricht wird erneut gesendet, indem Sie eine neue erstellen.</translation>
    </message>
    <message>
        <source>Message {id} was too large to keep ({reason}) Raise the limit ({setting}): it is fetched again at the next send and receive.</source>
        <translation>Nachricht {id} war zu groß zum Speichern ({reason}). Erhöhen Sie das Limit ({setting}): Sie wird beim nächsten Senden und Empfangen erneut abgeholt.</translation>
    </message>
    <message>
        <source>{user} asked to apply it again</source>
        <translation>{user} hat die erneute Übernahme angefordert</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for it and go</source>
        <translation>
            <numerusform>%n Nachricht wartet darauf und wird gesendet</numerusform>
            <numerusform>%n Nachrichten warten darauf und werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway {gateway} is down since {since}: {waiting} as soon as it answers again. Last error: {error}</source>
        <translation>Das Gateway {gateway} ist seit {since} nicht erreichbar: {waiting}, sobald es wieder antwortet. Letzter Fehler: {error}</translation>
    </message>
    <message>
        <source>The database stayed busy (another program kept writing to it); the rest is done at the next send and receive.</source>
        <translation>Die Datenbank blieb belegt (ein anderes Programm schrieb laufend darauf); der Rest wird beim nächsten Senden und Empfangen erledigt.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered (receipt)</source>
        <translation>Zugestellt (Quittung)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Applied to the records</source>
        <translation>In die Datensätze übernommen</translation>
    </message>
    <message>
        <source>Unmatched answer</source>
        <translation>Nicht zugeordnete Antwort</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Duplicate (ignored)</source>
        <translation>Duplikat (ignoriert)</translation>
    </message>
    <message>
        <source>stored, urgent: sent before the others</source>
        <translation>gespeichert, dringend: wird vor den anderen gesendet</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>fetched from the gateway as {id}</source>
        <translation>vom Gateway abgerufen als {id}</translation>
    </message>
    <message>
        <source>fetched again within the size limit</source>
        <translation>erneut innerhalb der Größenbegrenzung abgerufen</translation>
    </message>
    <message>
        <source>Message {id} does not exist.</source>
        <translation>Nachricht {id} existiert nicht.</translation>
    </message>
    <message>
        <source>Message {id} does not exist or concerns an organisation {user} does not represent.</source>
        <translation>Nachricht {id} existiert nicht oder betrifft eine Organisation, die {user} nicht vertritt.</translation>
    </message>
    <message>
        <source>accepted by the gateway {gateway}</source>
        <translation>vom Gateway {gateway} angenommen</translation>
    </message>
    <message>
        <source>the gateway&apos;s receipt could not be verified; waiting for the answer</source>
        <translation>die Empfangsbestätigung des Gateways konnte nicht geprüft werden; es wird auf die Antwort gewartet</translation>
    </message>
    <message>
        <source>attempt {attempt} failed: {reason} Next attempt {next}.</source>
        <translation>Versuch {attempt} fehlgeschlagen: {reason} Nächster Versuch {next}.</translation>
    </message>
    <message>
        <source>waiting: {reason}</source>
        <translation>wartet: {reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>The organisation register: principals and representatives</source>
        <translation>Das Organisationsverzeichnis: Hauptverpflichtete und Vertreter</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>All guarantees in use for NCTS</source>
        <translation>Alle für NCTS verwendeten Sicherheiten</translation>
    </message>
    <message>
        <source>EORI/TIN {eori}, branch {branch}</source>
        <translation>EORI/TIN {eori}, Niederlassung {branch}</translation>
    </message>
</context>
<context>
    <name>OfficeDatabase</name>
    <message>
        <source>This &amp;workstation&apos;s own database (in its data folder)</source>
        <translation>Die eigene Datenbank dieses &amp;Arbeitsplatzes (in seinem Datenordner)</translation>
    </message>
    <message>
        <source>The &amp;office database on a PostgreSQL server</source>
        <translation>Die &amp;Bürodatenbank auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <source>kept in the system keyring once the server takes it</source>
        <translation>wird im Schlüsselbund des Systems abgelegt, sobald der Server es annimmt</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Several workstations share one register, one message archive and one list of summary declarations on the office&apos;s server; each clerk&apos;s access codes stay locked with their own password. The password of the server account is never part of the URL: type it here and test the connection to keep it in the system keyring, or give it in PGPASSWORD or a password file (~/.pgpass). The choice applies when CustomsDesk starts again. Every workstation needs the office key (office-key-export and office-key-import).</source>
        <translation>Mehrere Arbeitsplätze teilen sich auf dem Server des Büros ein Register, ein Nachrichtenarchiv und eine Liste der summarischen Anmeldungen; die Zugangscodes jedes Sachbearbeiters bleiben mit seinem eigenen Passwort verschlossen. Das Passwort des Serverkontos ist nie Teil der URL: Geben Sie es hier ein und testen Sie die Verbindung, um es im Schlüsselbund des Systems abzulegen, oder geben Sie es in PGPASSWORD oder einer Passwortdatei (~/.pgpass) an. Die Wahl gilt beim nächsten Start von CustomsDesk. Jeder Arbeitsplatz braucht den Büroschlüssel (office-key-export und office-key-import).</translation>
    </message>
    <message>
        <source>Only an administrator may choose the database of this workstation.</source>
        <translation>Nur ein Administrator darf die Datenbank dieses Arbeitsplatzes wählen.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it in the password field, which keeps it in the system keyring once the server takes it.</source>
        <translation>Lassen Sie das Passwort aus der URL weg: Geben Sie es in das Passwortfeld ein; es wird im Schlüsselbund des Systems abgelegt, sobald der Server es annimmt.</translation>
    </message>
    <message>
        <source>The connection is encrypted ({tls}).</source>
        <translation>Die Verbindung ist verschlüsselt ({tls}).</translation>
    </message>
    <message>
        <source>The connection is not encrypted: add sslmode=verify-full to the URL where the network is not the office&apos;s own.</source>
        <translation>Die Verbindung ist nicht verschlüsselt: Fügen Sie der URL sslmode=verify-full hinzu, wo das Netz nicht das eigene des Büros ist.</translation>
    </message>
    <message>
        <source>The office database asks for its password</source>
        <translation>Die Bürodatenbank verlangt ihr Passwort</translation>
    </message>
    <message>
        <source>Once the server takes it, it is kept in the system keyring, so that CustomsDesk does not ask again.</source>
        <translation>Sobald der Server es annimmt, wird es im Schlüsselbund des Systems abgelegt, damit CustomsDesk nicht erneut fragt.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Close CustomsDesk</source>
        <translation>CustomsDesk &amp;schließen</translation>
    </message>
    <message>
        <source>Asking {url}…</source>
        <translation>{url} wird abgefragt…</translation>
    </message>
    <message>
        <source>The server answered with an error: {reason}</source>
        <translation>Der Server hat mit einem Fehler geantwortet: {reason}</translation>
    </message>
    <message>
        <source>its schema is version {version}</source>
        <translation>ihr Schema hat die Version {version}</translation>
    </message>
    <message>
        <source>it is empty: the first workstation to use it sets it up</source>
        <translation>sie ist leer: Der erste Arbeitsplatz, der sie verwendet, richtet sie ein</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}; {schema}.</source>
        <translation>Verbunden: PostgreSQL {version}; {schema}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}).</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems abgelegt ({keyring}).</translation>
    </message>
    <message>
        <source>Test the connection first: the password typed is kept in the system keyring once the server takes it.</source>
        <translation>Testen Sie zuerst die Verbindung: Das eingegebene Passwort wird im Schlüsselbund des Systems abgelegt, sobald der Server es annimmt.</translation>
    </message>
    <message>
        <source>Saved: CustomsDesk uses {database} when it starts again.</source>
        <translation>Gespeichert: Beim nächsten Start verwendet CustomsDesk {database}.</translation>
    </message>
    <message>
        <source>this workstation&apos;s own database</source>
        <translation>die eigene Datenbank dieses Arbeitsplatzes</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Customs office of guarantee</source>
        <translation>Zollstelle der Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Search by office code or name, e.g. CZ52 or Budějovice</source>
        <translation>Nach Zollstellencode oder Name suchen, z. B. CZ52 oder Budějovice</translation>
    </message>
    <message numerus="yes">
        <source>%n offices with role {role} valid today</source>
        <translation>
            <numerusform>%n heute gültige Zollstelle mit der Rolle {role}</numerusform>
            <numerusform>%n heute gültige Zollstellen mit der Rolle {role}</numerusform>
        </translation>
    </message>
    <message>
        <source>(first 200 shown; type more to narrow)</source>
        <translation>(die ersten 200 werden angezeigt; geben Sie mehr ein, um einzugrenzen)</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>There is no participant certificate of this EORI to export: import it first.</source>
        <translation>Für diese EORI gibt es kein Teilnehmerzertifikat zum Exportieren: Importieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>No participant code is set for this EORI and administration: fill it in the communication parameters.</source>
        <translation>Für diese EORI und Verwaltung ist kein Teilnehmercode eingetragen: Tragen Sie ihn in den Kommunikationsparametern ein.</translation>
    </message>
    <message>
        <source>No communication parameter set names a participant EORI yet. Fill in the participant EORI in Settings ▸ Communication parameters, and its onboarding checklist appears here.</source>
        <translation>Noch kein Kommunikationsparametersatz nennt eine Teilnehmer-EORI. Tragen Sie die EORI des Teilnehmers unter Einstellungen ▸ Kommunikationsparameter ein; dann erscheint hier ihre Einrichtungs-Checkliste.</translation>
    </message>
    <message>
        <source>Complete: every step is done or not needed</source>
        <translation>Abgeschlossen: Jeder Schritt ist erledigt oder nicht erforderlich</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>Why the step is not needed, or any remark</source>
        <translation>Warum der Schritt nicht erforderlich ist, oder eine sonstige Bemerkung</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Save step {number}</source>
        <translation>Schritt {number} speichern</translation>
    </message>
    <message>
        <source>Export public certificate…</source>
        <translation>Öffentliches Zertifikat exportieren…</translation>
    </message>
    <message>
        <source>Copy mail subject</source>
        <translation>E-Mail-Betreff kopieren</translation>
    </message>
    <message>
        <source>Done:</source>
        <comment>date the step was done</comment>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Last changed by {user} on {time}</source>
        <translation>Zuletzt geändert von {user} am {time}</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Noch nicht erfasst.</translation>
    </message>
    <message>
        <source>Save the public certificate (no private key) to upload it to customs</source>
        <translation>Das öffentliche Zertifikat (ohne privaten Schlüssel) speichern, um es beim Zoll hochzuladen</translation>
    </message>
    <message>
        <source>Copy “{subject}” to the clipboard</source>
        <translation>„{subject}“ in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Export the public certificate</source>
        <translation>Öffentliches Zertifikat exportieren</translation>
    </message>
    <message>
        <source>Certificate, PEM</source>
        <translation>Zertifikat, PEM</translation>
    </message>
    <message>
        <source>Certificate, DER</source>
        <translation>Zertifikat, DER</translation>
    </message>
    <message>
        <source>Exported to {file}: upload this file, it holds no private key.</source>
        <translation>Nach {file} exportiert: Laden Sie diese Datei hoch, sie enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Mail subject copied.</source>
        <translation>E-Mail-Betreff kopiert.</translation>
    </message>
    <message>
        <source>Read only. {reason}</source>
        <translation>Schreibgeschützt. {reason}</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Einrichtungs-Checkliste</translation>
    </message>
    <message>
        <source>No organisation you represent has this EORI</source>
        <translation>Keine von Ihnen vertretene Organisation hat diese EORI</translation>
    </message>
    <message>
        <source>{organisations} — work through the steps in order; each step is saved on its own.</source>
        <translation>{organisations} — arbeiten Sie die Schritte der Reihe nach ab; jeder Schritt wird einzeln gespeichert.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>e.g. CZ25596641</source>
        <translation>z. B. CZ25596641</translation>
    </message>
    <message>
        <source>Principal (holder of the transit procedure)</source>
        <translation>Hauptverpflichteter (Inhaber des Versandverfahrens)</translation>
    </message>
    <message>
        <source>Representative (customs agency)</source>
        <translation>Vertreter (Zollagentur)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;EORI / TIN:</source>
        <translation>&amp;EORI / TIN:</translation>
    </message>
    <message>
        <source>Country prefix and up to 15 letters or digits</source>
        <translation>Länderpräfix und bis zu 15 Buchstaben oder Ziffern</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>N&amp;iederlassung:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>PLZ, &amp;Ort:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code</source>
        <translation>Zweibuchstabiger Code nach ISO 3166</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>Show the organisation as it is saved now</source>
        <translation>Die Organisation so anzeigen, wie sie jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>die Organisation ändern</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>The name is required: enter the company&apos;s registered name.</source>
        <translation>Der Name ist erforderlich: Geben Sie den eingetragenen Firmennamen ein.</translation>
    </message>
    <message>
        <source>The name has {length} characters; customs accept at most {most}.</source>
        <translation>Der Name hat {length} Zeichen; der Zoll akzeptiert höchstens {most}.</translation>
    </message>
    <message>
        <source>The country must be an ISO 3166 two-letter code, e.g. CZ, DE or PL.</source>
        <translation>Das Land muss ein zweistelliger Code nach ISO 3166 sein, z. B. CZ, DE oder PL.</translation>
    </message>
    <message>
        <source>The branch number has exactly 4 digits (0000 for the head office).</source>
        <translation>Die Niederlassungsnummer hat genau 4 Ziffern (0000 für den Hauptsitz).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address (name@example.com).</source>
        <translation>„{email}“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>The EORI/TIN is required: the 2-letter country prefix and up to 15 letters or digits, e.g. CZ25596641.</source>
        <translation>Die EORI/TIN ist erforderlich: das 2-stellige Länderpräfix und bis zu 15 Buchstaben oder Ziffern, z. B. CZ25596641.</translation>
    </message>
    <message>
        <source>The EORI/TIN has {length} characters; at most 17 are allowed (2-letter country prefix + up to 15).</source>
        <translation>Die EORI/TIN hat {length} Zeichen; zulässig sind höchstens 17 (2-stelliges Länderpräfix + bis zu 15).</translation>
    </message>
    <message>
        <source>The EORI/TIN must start with the 2-letter country prefix (e.g. CZ, DE, PL); &apos;{prefix}&apos; is not one.</source>
        <translation>Die EORI/TIN muss mit dem 2-stelligen Länderpräfix beginnen (z. B. CZ, DE, PL); „{prefix}“ ist keines.</translation>
    </message>
    <message>
        <source>After the country prefix the EORI/TIN may hold only letters A–Z and digits (1 to 15 of them).</source>
        <translation>Nach dem Länderpräfix darf die EORI/TIN nur Buchstaben A–Z und Ziffern enthalten (1 bis 15 Zeichen).</translation>
    </message>
    <message>
        <source>list every organisation</source>
        <translation>alle Organisationen auflisten</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist or {login} does not represent it.</source>
        <translation>Organisation {id} existiert nicht, oder {login} vertritt sie nicht.</translation>
    </message>
    <message>
        <source>add organisations</source>
        <translation>Organisationen hinzufügen</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <translation>die Organisation ändern</translation>
    </message>
    <message>
        <source>{name} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Die Organisation {name} wurde von jemand anderem geändert, nachdem Sie sie geöffnet hatten (vielleicht an einem anderen Arbeitsplatz). Ihre Änderungen wurden nicht gespeichert: Laden Sie die Organisation neu, um die Änderungen der anderen Person zu sehen, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
    </message>
    <message>
        <source>type {type}: {reference}</source>
        <translation>Art {type}: {reference}</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(keine Referenz)</translation>
    </message>
    <message>
        <source>delete organisations</source>
        <translation>Organisationen löschen</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>(early)</source>
        <translation>(vor der Gestellung)</translation>
    </message>
    <message>
        <source>(final)</source>
        <translation>(vollständig bestätigt)</translation>
    </message>
    <message>
        <source>(partial)</source>
        <translation>(teilweise bestätigt)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>Access code registration</source>
        <translation>Registrierung der Zugangscodes</translation>
    </message>
    <message>
        <source>Access code registration confirmation</source>
        <translation>Bestätigung der Registrierung der Zugangscodes</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amount in use (exposure)</source>
        <translation>In Anspruch genommener Betrag</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ankunftsdatum</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codes stored</source>
        <translation>Gespeicherte Codes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Confirmation flag</source>
        <translation>Bestätigungskennzeichen</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Stellung des Ansprechpartners</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Verwahrer</translation>
    </message>
    <message>
        <source>Customs office of guarantee</source>
        <translation>Zollstelle der Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Customs status</source>
        <translation>Zollrechtlicher Status</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Declaration accepted</source>
        <translation>Anmeldung angenommen</translation>
    </message>
    <message>
        <source>Endgültig (final)</source>
        <translation>Endgültig (vollständig bestätigt)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors (</source>
        <translation>Fehler (</translation>
    </message>
    <message>
        <source>Errors in the XML sent (</source>
        <translation>Fehler im gesendeten XML (</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Exposure and balance</source>
        <translation>Inanspruchnahme und Saldo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Functional rejection</source>
        <translation>Fachliche Zurückweisung</translation>
    </message>
    <message>
        <source>Goods description</source>
        <translation>Warenbezeichnung</translation>
    </message>
    <message>
        <source>Gross mass (kg)</source>
        <translation>Rohmasse (kg)</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Guarantee amount</source>
        <translation>Sicherheitsbetrag</translation>
    </message>
    <message>
        <source>Guarantee not valid</source>
        <translation>Sicherheit nicht gültig</translation>
    </message>
    <message>
        <source>Guarantee type</source>
        <translation>Sicherheitsart</translation>
    </message>
    <message>
        <source>Guarantee voucher</source>
        <translation>Sicherheitstitel</translation>
    </message>
    <message>
        <source>Guarantees not valid (</source>
        <translation>Ungültige Sicherheiten (</translation>
    </message>
    <message>
        <source>Guarantees queried (</source>
        <translation>Abgefragte Sicherheiten (</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Bürge</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Holder of the transit procedure</source>
        <translation>Hauptverpflichteter</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Identifikationsnummer</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identifiziert durch</translation>
    </message>
    <message>
        <source>Individual guarantee by a guarantor</source>
        <translation>Einzelsicherheit durch Bürgschaft</translation>
    </message>
    <message>
        <source>Invalidity reason</source>
        <translation>Grund der Ungültigkeit</translation>
    </message>
    <message>
        <source>Invalidity text</source>
        <translation>Text zur Ungültigkeit</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kind of declaration</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Lock date</source>
        <translation>Sperrdatum</translation>
    </message>
    <message>
        <source>Manifest id</source>
        <translation>Manifest-ID</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Verkehrszweig</translation>
    </message>
    <message>
        <source>Monitoring code</source>
        <translation>Überwachungscode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New primary access code</source>
        <translation>Neuer Haupt-Zugangscode</translation>
    </message>
    <message>
        <source>Not valid for suspended goods</source>
        <translation>Nicht gültig für Waren im Aussetzungsverfahren</translation>
    </message>
    <message>
        <source>Not valid in</source>
        <translation>Nicht gültig in</translation>
    </message>
    <message>
        <source>Number of uses</source>
        <translation>Anzahl der Inanspruchnahmen</translation>
    </message>
    <message>
        <source>Office of departure</source>
        <translation>Abgangszollstelle</translation>
    </message>
    <message>
        <source>Office of destination</source>
        <translation>Bestimmungszollstelle</translation>
    </message>
    <message>
        <source>Office of presentation</source>
        <translation>Gestellungszollstelle</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Packstückart</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packstücke</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Place of custody</source>
        <translation>Verwahrort</translation>
    </message>
    <message>
        <source>Place of loading</source>
        <translation>Ladeort</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Positions (</source>
        <translation>Positionen (</translation>
    </message>
    <message>
        <source>Positions accepted (</source>
        <translation>Angenommene Positionen (</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Presentation date</source>
        <translation>Gestellungsdatum</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Gestellender</translation>
    </message>
    <message>
        <source>Presenter (TIN / branch)</source>
        <translation>Gestellender (TIN / Niederlassung)</translation>
    </message>
    <message>
        <source>Previous document number</source>
        <translation>Vorpapiernummer</translation>
    </message>
    <message>
        <source>Previous document type</source>
        <translation>Vorpapierart</translation>
    </message>
    <message>
        <source>Primary access code</source>
        <translation>Haupt-Zugangscode</translation>
    </message>
    <message>
        <source>Primary access code changed</source>
        <translation>Haupt-Zugangscode geändert</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Query on guarantees</source>
        <translation>Abfrage zu Sicherheiten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Reference amount</source>
        <translation>Referenzbetrag</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Bezugsnummer</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Registration accepted</source>
        <translation>Registrierung angenommen</translation>
    </message>
    <message>
        <source>Registration number (MRN)</source>
        <translation>Registriernummer (MRN)</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>Registrierung abgelehnt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Verfügbarer Betrag</translation>
    </message>
    <message>
        <source>Representative (TIN / branch)</source>
        <translation>Vertreter (TIN / Niederlassung)</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>Response to query on guarantees</source>
        <translation>Antwort auf die Abfrage zu Sicherheiten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Secondary access codes (</source>
        <translation>Weitere Zugangscodes (</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Sender (TIN / branch)</source>
        <translation>Absender (TIN / Niederlassung)</translation>
    </message>
    <message>
        <source>Specific reference</source>
        <translation>Spezifische Referenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status once accepted</source>
        <translation>Status nach Annahme</translation>
    </message>
    <message>
        <source>Summary declaration</source>
        <translation>Summarische Anmeldung</translation>
    </message>
    <message>
        <source>Summary declaration answer</source>
        <translation>Antwort auf die summarische Anmeldung</translation>
    </message>
    <message>
        <source>Teilweise (partial), or Endgültig (final) once every position is confirmed</source>
        <translation>Teilweise oder, sobald alle Positionen bestätigt sind, Endgültig</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Text in der Nachricht</translation>
    </message>
    <message>
        <source>They replace every code registered before.</source>
        <translation>Sie ersetzen alle zuvor registrierten Codes.</translation>
    </message>
    <message>
        <source>Transit operation</source>
        <translation>Versandvorgang</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Transportnummer</translation>
    </message>
    <message>
        <source>Usage (</source>
        <translation>Inanspruchnahme (</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Value sent</source>
        <translation>Gesendeter Wert</translation>
    </message>
    <message>
        <source>Vorzeitig (early)</source>
        <translation>Vorzeitig (vor der Gestellung)</translation>
    </message>
    <message>
        <source>Voucher amount</source>
        <translation>Betrag des Sicherheitstitels</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>XML rejection</source>
        <translation>XML-Zurückweisung</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>new declaration (customs give the MRN)</source>
        <translation>neue Anmeldung (der Zoll vergibt die MRN)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>kein Enddatum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>weitere Angaben</translation>
    </message>
    <message>
        <source>sent empty (deletes)</source>
        <translation>leer gesendet (löscht)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>Inanspruchnahme</translation>
    </message>
    <message>
        <source>usage and balance</source>
        <translation>Inanspruchnahme und Saldo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>— confirm presentation</source>
        <translation>— Gestellung bestätigen</translation>
    </message>
    <message>
        <source>— confirm without changes</source>
        <translation>— ohne Änderungen bestätigen</translation>
    </message>
    <message>
        <source>— confirm, changing the positions</source>
        <translation>— bestätigen, mit Änderung der Positionen</translation>
    </message>
    <message>
        <source>— create (early)</source>
        <translation>— anlegen (vorzeitig)</translation>
    </message>
    <message>
        <source>— create and confirm all</source>
        <translation>— anlegen und alle bestätigen</translation>
    </message>
    <message>
        <source>— create and confirm all positions</source>
        <translation>— anlegen und alle Positionen bestätigen</translation>
    </message>
    <message>
        <source>— modify</source>
        <translation>— ändern</translation>
    </message>
    <message>
        <source>— unknown code</source>
        <translation>— unbekannter Code</translation>
    </message>
</context>
<context>
    <name>QueryPeriod</name>
    <message>
        <source>Customs list every operation of the period only when it is at most 31 days long. A longer period returns only the operations not yet released.</source>
        <translation>Der Zoll listet alle Vorgänge des Zeitraums nur auf, wenn dieser höchstens 31 Tage lang ist. Ein längerer Zeitraum liefert nur die noch nicht freigegebenen Vorgänge.</translation>
    </message>
    <message>
        <source>Guarantee query: usage</source>
        <translation>Sicherheitsabfrage: Inanspruchnahme</translation>
    </message>
    <message>
        <source>Ask customs which transit operations used the guarantee in this period.</source>
        <translation>Beim Zoll abfragen, welche Versandvorgänge die Sicherheit in diesem Zeitraum in Anspruch genommen haben.</translation>
    </message>
    <message numerus="yes">
        <source>Ask customs which transit operations used the %n guarantees in this period.</source>
        <translation>
            <numerusform>Beim Zoll abfragen, welche Versandvorgänge die %n Sicherheit in diesem Zeitraum in Anspruch genommen haben.</numerusform>
            <numerusform>Beim Zoll abfragen, welche Versandvorgänge die %n Sicherheiten in diesem Zeitraum in Anspruch genommen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;No period: only the operations not yet released</source>
        <translation>&amp;Kein Zeitraum: nur die noch nicht freigegebenen Vorgänge</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>start of the period</comment>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>end of the period</comment>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Queue query</source>
        <translation>Abfrage in &amp;Warteschlange stellen</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}): swap the dates.</source>
        <translation>Der Zeitraum beginnt ({start}) nach seinem Ende ({end}): Vertauschen Sie die beiden Datumsangaben.</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>{file}: not an EU reference-data payload (no &apos;lists&apos; object). Use the RD_NCTS-P5 or COL JSON files from CS/RD2.</source>
        <translation>{file}: keine EU-Referenzdaten (kein Objekt &apos;lists&apos;). Verwenden Sie die JSON-Dateien RD_NCTS-P5 oder COL aus CS/RD2.</translation>
    </message>
    <message>
        <source>{file}: list &apos;{list}&apos; has no listEntries array.</source>
        <translation>{file}: Die Liste &apos;{list}&apos; hat kein Array listEntries.</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>{file}: cannot be read as JSON ({reason}). Download the file again.</source>
        <translation>{file}: kann nicht als JSON gelesen werden ({reason}). Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>{file}: a customs office entry has no id.</source>
        <translation>{file}: Ein Eintrag einer Zollstelle hat keine Kennung.</translation>
    </message>
</context>
<context>
    <name>RepresentationEditor</name>
    <message>
        <source>Through an agency, the rights that count are the lesser of the two links.</source>
        <translation>Über einen Dienstleister gelten die geringeren Rechte der beiden Verbindungen.</translation>
    </message>
    <message>
        <source>owner (statutory body)</source>
        <translation>Inhaber (vertretungsberechtigtes Organ)</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>proxy (power of attorney)</source>
        <translation>Bevollmächtigter (Vollmacht)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Bevollmächtigter</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>einfach</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>erweitert</translation>
    </message>
    <message>
        <source>{user} — deactivated</source>
        <translation>{user} — deaktiviert</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>Show the representation as saved now</source>
        <translation>Die Vertretung so zeigen, wie sie jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>Edit representation</source>
        <translation>Vertretung bearbeiten</translation>
    </message>
    <message>
        <source>New representation</source>
        <translation>Neue Vertretung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>e.g. employment contract, power of attorney PA-2025/017</source>
        <translation>z. B. Arbeitsvertrag, Vollmacht PA-2025/017</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Represented by:</source>
        <translation>Vertreten durch:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <source>The contract or power of attorney; required for a proxy.</source>
        <translation>Der Vertrag oder die Vollmacht; erforderlich für einen Bevollmächtigten.</translation>
    </message>
    <message>
        <source>&amp;Rights:</source>
        <translation>&amp;Rechte:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gültig &amp;von:</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <source>The last day in force.</source>
        <translation>Der letzte Gültigkeitstag.</translation>
    </message>
    <message>
        <source>a &amp;person (user)</source>
        <translation>eine &amp;Person (Benutzer)</translation>
    </message>
    <message>
        <source>an &amp;agency (organisation)</source>
        <translation>einen &amp;Dienstleister (Organisation)</translation>
    </message>
    <message>
        <source>End representation</source>
        <translation>Vertretung beenden</translation>
    </message>
    <message>
        <source>&amp;Last day in force:</source>
        <translation>&amp;Letzter Gültigkeitstag:</translation>
    </message>
    <message>
        <source>It stays in force until the end of that day; choose {yesterday} (yesterday) to end it at once.</source>
        <translation>Sie bleibt bis zum Ende dieses Tages gültig; wählen Sie {yesterday} (gestern), um sie sofort zu beenden.</translation>
    </message>
    <message>
        <source>End the representation of &lt;b&gt;{organisation}&lt;/b&gt; by &lt;b&gt;{representative}&lt;/b&gt; ({kind}, {rights} rights, since {since}).</source>
        <translation>Vertretung von &lt;b&gt;{organisation}&lt;/b&gt; durch &lt;b&gt;{representative}&lt;/b&gt; beenden ({kind}, Rechte: {rights}, seit {since}).</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>this installation&apos;s key</source>
        <extracomment>completes &quot;A stored secret cannot be unlocked with …&quot;</extracomment>
        <translation>dem Schlüssel dieser Installation</translation>
    </message>
    <message>
        <source>A stored secret cannot be unlocked with {key} (the key was replaced or the record was copied from elsewhere). Enter the code again.</source>
        <extracomment>{key}: whose key it is, e.g. &quot;this installation&apos;s key&quot; or &quot;the key of jan&quot;</extracomment>
        <translation>Ein gespeichertes Geheimnis lässt sich mit {key} nicht entsperren (der Schlüssel wurde ersetzt oder der Datensatz von anderswo kopiert). Geben Sie den Code erneut ein.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, and the database beside it holds secrets locked with that key: {sealed}. A new key would not open them, so none is made. Restore {name} from this computer&apos;s backup into {folder} (CustomsDesk&apos;s own database backups, *.backup.sqlite, do not hold the key) and start CustomsDesk again; nothing was changed.</source>
        <extracomment>{sealed}: what is locked with the key, e.g. &quot;3 outgoing message(s); 1 access code(s) stored before …&quot;</extracomment>
        <translation>Die Schlüsseldatei {path} fehlt, und die Datenbank daneben enthält Geheimnisse, die mit diesem Schlüssel verschlossen sind: {sealed}. Ein neuer Schlüssel würde sie nicht öffnen, daher wird keiner erstellt. Stellen Sie {name} aus der Sicherung dieses Computers in {folder} wieder her (die eigenen Datenbanksicherungen von CustomsDesk, *.backup.sqlite, enthalten den Schlüssel nicht) und starten Sie CustomsDesk erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: CustomsDesk cannot write its key file {path}. Free some space on that disk and try again; nothing was changed.</source>
        <translation>Der Datenträger mit {folder} ist voll: CustomsDesk kann seine Schlüsseldatei {path} nicht schreiben. Geben Sie auf diesem Datenträger Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written ({reason}). Give your user permission to write to {folder} and try again; nothing was changed.</source>
        <translation>Die Schlüsseldatei {path} kann nicht geschrieben werden ({reason}). Geben Sie Ihrem Benutzer Schreibrechte für {folder} und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Without a copy, what it locks cannot be read again: {sealed}.</source>
        <translation>Ohne Kopie kann das, was mit diesem Schlüssel verschlossen ist, nicht wieder gelesen werden: {sealed}.</translation>
    </message>
    <message>
        <source>Nothing in the database is locked with it yet: if you have no copy, move it aside and a new key is made.</source>
        <translation>In der Datenbank ist noch nichts damit verschlossen: Wenn Sie keine Kopie haben, verschieben Sie die Datei bzw. den Ordner an einen anderen Ort; dann wird ein neuer Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>{path} is a folder, not CustomsDesk&apos;s key file. Move the folder out of {folder} and restore {name} from this computer&apos;s backup. {without_it} Nothing was changed.</source>
        <extracomment>{without_it}: a sentence on what the key locks</extracomment>
        <translation>{path} ist ein Ordner, nicht die Schlüsseldatei von CustomsDesk. Verschieben Sie den Ordner aus {folder} heraus und stellen Sie {name} aus der Sicherung dieses Computers wieder her. {without_it} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}). It must belong to the user who runs CustomsDesk and be readable by that user only: give it to that user (chown) and run chmod 600 {path}. Nothing was changed.</source>
        <translation>Die Schlüsseldatei {path} kann nicht gelesen werden ({reason}). Sie muss dem Benutzer gehören, der CustomsDesk ausführt, und darf nur für diesen lesbar sein: Übertragen Sie sie diesem Benutzer (chown) und führen Sie chmod 600 {path} aus. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({size} bytes instead of {expected}). Restore it from this computer&apos;s backup. {without_it} Nothing was changed.</source>
        <extracomment>{without_it}: a sentence on what the key locks</extracomment>
        <translation>Die Schlüsseldatei {path} ist beschädigt ({size} Byte statt {expected}). Stellen Sie sie aus der Sicherung dieses Computers wieder her. {without_it} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>export the office key</source>
        <translation>den Büroschlüssel exportieren</translation>
    </message>
    <message>
        <source>{folder} has no key yet: open it once (it makes one), then export it.</source>
        <translation>Der Ordner {folder} hat noch keinen Schlüssel: Öffnen Sie ihn einmal (dabei wird einer erstellt) und exportieren Sie den Schlüssel dann.</translation>
    </message>
    <message>
        <source>This workstation&apos;s own database holds secrets locked with the key just replaced: {sealed}. The office key does not open them. They are safe: the replaced key is kept as {kept}; to work on this workstation&apos;s own database again, put that file back as {name}.</source>
        <translation>Die eigene Datenbank dieses Arbeitsplatzes enthält Geheimnisse, die mit dem soeben ersetzten Schlüssel verschlossen sind: {sealed}. Der Büroschlüssel öffnet sie nicht. Sie sind sicher: Der ersetzte Schlüssel ist als {kept} aufbewahrt; um wieder mit der eigenen Datenbank dieses Arbeitsplatzes zu arbeiten, legen Sie diese Datei wieder als {name} ab.</translation>
    </message>
    <message>
        <source>{path} is not an office key exported by CustomsDesk.</source>
        <translation>{path} ist kein von CustomsDesk exportierter Büroschlüssel.</translation>
    </message>
    <message>
        <source>The passphrase does not open the office key in {path}: check it with the administrator who exported it.</source>
        <translation>Die Passphrase öffnet den Büroschlüssel in {path} nicht: Prüfen Sie sie mit dem Administrator, der den Schlüssel exportiert hat.</translation>
    </message>
    <message>
        <source>The passphrase locking the office key must be at least {count} characters long: it is all that protects the key on its way to the other workstations.</source>
        <translation>Die Passphrase, mit der der Büroschlüssel gesperrt wird, muss mindestens {count} Zeichen lang sein: Sie ist das Einzige, was den Schlüssel auf dem Weg zu den anderen Arbeitsplätzen schützt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Where the files come from: the EU reference data of NCTS phase 5 — the code lists (RD_NCTS-P5-….json.gz) and the customs office list (COL-Generic-….json.gz) — are published by the European Commission (DG TAXUD) in its Central Services / Reference Data system, CS/RD2. Your customs administration or its NCTS helpdesk tells you how to obtain the current files. Save them, then choose them all at once with Import reference data…; importing again later replaces what they contain.</source>
        <translation>Herkunft der Dateien: Die EU-Referenzdaten von NCTS Phase 5 — die Codelisten (RD_NCTS-P5-….json.gz) und die Zollstellenliste (COL-Generic-….json.gz) — werden von der Europäischen Kommission (GD TAXUD) in ihrem System Central Services / Reference Data, CS/RD2, veröffentlicht. Ihre Zollverwaltung oder deren NCTS-Helpdesk teilt Ihnen mit, wie Sie die aktuellen Dateien erhalten. Speichern Sie sie und wählen Sie sie dann alle auf einmal über „Referenzdaten importieren…“ aus; ein späterer erneuter Import ersetzt deren Inhalt.</translation>
    </message>
    <message>
        <source>No NCTS permit number: guarantee messages cannot be sent with this set</source>
        <translation>Keine NCTS-Bewilligungsnummer: Mit diesem Satz können keine Sicherheitsnachrichten gesendet werden</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <comment>a new parameter set</comment>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>https://gateway.example/ncts or a mailbox folder</source>
        <translation>https://gateway.example/ncts oder ein Postfachordner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Zollverwaltung:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Participant &amp;EORI:</source>
        <translation>&amp;EORI des Teilnehmers:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>N&amp;iederlassung:</translation>
    </message>
    <message>
        <source>Participant &amp;code:</source>
        <translation>&amp;Teilnehmercode:</translation>
    </message>
    <message>
        <source>NCTS &amp;permit number:</source>
        <translation>NCTS-&amp;Bewilligungsnummer:</translation>
    </message>
    <message>
        <source>Permit number for electronic communication; no guarantee message can be sent without it</source>
        <translation>Bewilligungsnummer für die elektronische Kommunikation; ohne sie kann keine Sicherheitsnachricht gesendet werden</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>&amp;Save parameter set</source>
        <translation>Parametersatz &amp;speichern</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>Zerti&amp;fikate…</translation>
    </message>
    <message>
        <source>Import, check and renew certificates in Settings ▸ Certificates</source>
        <translation>Zertifikate unter Einstellungen ▸ Zertifikate importieren, prüfen und erneuern</translation>
    </message>
    <message>
        <source>Certificates of this set</source>
        <translation>Zertifikate dieses Satzes</translation>
    </message>
    <message>
        <source>Participant certificate</source>
        <translation>Teilnehmerzertifikat</translation>
    </message>
    <message>
        <source>Customs encryption certificate</source>
        <translation>Verschlüsselungszertifikat des Zolls</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete the parameter set “{name}”?</source>
        <translation>Den Parametersatz „{name}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) use it; they will have no communication parameters until you choose others.</source>
        <translation>
            <numerusform>%n Sicherheit verwendet ihn; sie hat keine Kommunikationsparameter mehr, bis Sie andere wählen.</numerusform>
            <numerusform>%n Sicherheiten verwenden ihn; sie haben keine Kommunikationsparameter mehr, bis Sie andere wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete parameter set</source>
        <translation>Parametersatz löschen</translation>
    </message>
    <message>
        <source>&amp;Import reference data…</source>
        <translation>Referenzdaten &amp;importieren…</translation>
    </message>
    <message>
        <source>Choose message &amp;schema folder…</source>
        <translation>Ordner der Nachrichten&amp;schemas wählen…</translation>
    </message>
    <message>
        <source>Use built-in schemas &amp;only</source>
        <translation>&amp;Nur integrierte Schemas verwenden</translation>
    </message>
    <message>
        <source>Customs offices known: {count}</source>
        <translation>Bekannte Zollstellen: {count}</translation>
    </message>
    <message>
        <source>Last imports:</source>
        <translation>Letzte Importe:</translation>
    </message>
    <message>
        <source>{file} (snapshot {snapshot}), imported {imported}: {lists} code lists, {offices} offices</source>
        <translation>{file} (Stand {snapshot}), importiert am {imported}: {lists} Codelisten, {offices} Zollstellen</translation>
    </message>
    <message>
        <source>No EU reference data imported yet: the built-in default is in use (guarantee types, error codes, currencies and a few offices of guarantee).</source>
        <translation>Noch keine EU-Referenzdaten importiert: Es werden die integrierten Standardwerte verwendet (Sicherheitsarten, Fehlercodes, Währungen und einige Bürgschaftsstellen).</translation>
    </message>
    <message>
        <source>Messages are checked against the built-in schemas and the official ones in {folder}.</source>
        <translation>Nachrichten werden anhand der integrierten Schemas und der offiziellen Schemas in {folder} geprüft.</translation>
    </message>
    <message>
        <source>Messages are checked against the built-in schemas. Choose the folder of the published NCTS XSD files (cc034c.xsd, cc037c.xsd, ...) to check against them as well.</source>
        <translation>Nachrichten werden anhand der integrierten Schemas geprüft. Wählen Sie den Ordner mit den veröffentlichten NCTS-XSD-Dateien (cc034c.xsd, cc037c.xsd, ...), um auch anhand dieser zu prüfen.</translation>
    </message>
    <message>
        <source>Folder of the published message schemas</source>
        <translation>Ordner der veröffentlichten Nachrichtenschemas</translation>
    </message>
    <message>
        <source>The schema folder was not changed: {reason}</source>
        <translation>Der Schemaordner wurde nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>Found: {schemas}.</source>
        <translation>Gefunden: {schemas}.</translation>
    </message>
    <message>
        <source>Import reference data</source>
        <translation>Referenzdaten importieren</translation>
    </message>
    <message>
        <source>EU reference data</source>
        <translation>EU-Referenzdaten</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>Imported {lists} code lists and {offices} customs offices.</source>
        <translation>{lists} Codelisten und {offices} Zollstellen importiert.</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s own style and colours. Light and Dark draw every CustomsDesk window in Qt&apos;s Fusion style with light or dark colours, whatever the desktop uses; the change applies at once and is kept for your account on this computer.</source>
        <translation>„System“ übernimmt Stil und Farben des Desktops. „Hell“ und „Dunkel“ stellen jedes CustomsDesk-Fenster im Fusion-Stil von Qt mit hellen oder dunklen Farben dar, unabhängig vom Desktop; die Änderung wirkt sofort und wird für Ihr Konto auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>System ({language})</translation>
    </message>
    <message>
        <source>The language of the windows, of the messages and of dates and amounts. It is kept for your account on this computer and applies when CustomsDesk starts again.</source>
        <translation>Die Sprache der Fenster, der Meldungen sowie von Datums- und Betragsangaben. Sie wird für Ihr Konto auf diesem Computer gespeichert und gilt nach dem nächsten Start von CustomsDesk.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Saved: CustomsDesk speaks {language} when it starts again.</source>
        <translation>Gespeichert: Beim nächsten Start verwendet CustomsDesk die Sprache {language}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;NCTS — communication parameters</source>
        <translation>NCTS — &amp;Kommunikationsparameter</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation>&amp;Referenzdaten</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Office database</source>
        <translation>Bür&amp;odatenbank</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <source>Jan</source>
        <extracomment>short names of the months, under the bars of a chart: Jan, Feb, Mar...</extracomment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>Share of movements handled on paper per month</source>
        <translation>Anteil der auf Papier abgewickelten Vorgänge je Monat</translation>
    </message>
    <message>
        <source>{month}: {paper} on paper, {electronic} electronic</source>
        <translation>{month}: {paper} auf Papier, {electronic} elektronisch</translation>
    </message>
    <message>
        <source>{month}: {paper} on paper, {electronic} electronic — {share} % on paper</source>
        <translation>{month}: {paper} auf Papier, {electronic} elektronisch — {share} % auf Papier</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a month without movements</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>share on paper</source>
        <translation>Anteil auf Papier</translation>
    </message>
    <message>
        <source>grew above the threshold</source>
        <translation>über den Schwellenwert gestiegen</translation>
    </message>
    <message>
        <source>warning threshold {percent} %</source>
        <translation>Warnschwelle {percent} %</translation>
    </message>
</context>
<context>
    <name>ShortcutNotice</name>
    <message>
        <source>it is not available now</source>
        <translation>derzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>{command} is not possible now: {reason}</source>
        <translation>{command} ist derzeit nicht möglich: {reason}</translation>
    </message>
</context>
<context>
    <name>SimulatorControl</name>
    <message>
        <source>The customs simulator stopped: {error}</source>
        <translation>Der Zollsimulator wurde beendet: {error}</translation>
    </message>
    <message>
        <source>The customs simulator stopped.</source>
        <translation>Der Zollsimulator wurde beendet.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is a folder, not a database file. Choose another data folder with --data-dir.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei. Wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden ({reason}). Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. CustomsDesk needs to write to it: give your user write permission to the file and its folder, or copy it to a writable folder and use --data-dir.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt. CustomsDesk muss in sie schreiben können: Geben Sie Ihrem Benutzer Schreibrechte für die Datei und ihren Ordner, oder kopieren Sie sie in einen beschreibbaren Ordner und verwenden Sie --data-dir.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a data folder with --data-dir.</source>
        <translation>{folder} ist eine Datei, kein Ordner: Wählen Sie mit --data-dir einen Datenordner.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}). Choose another one with --data-dir.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden ({reason}). Wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of CustomsDesk (it has schema changes this version does not know: {changes}). Install the newer version; the file was not changed.</source>
        <translation>Die Datenbank {path} wurde von einer neueren Version von CustomsDesk geschrieben (sie enthält Schemaänderungen, die diese Version nicht kennt: {changes}). Installieren Sie die neuere Version; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}); it was left as it was and a copy is in {backup}.</source>
        <translation>Die Aktualisierung der Datenbank {path} ist fehlgeschlagen ({reason}); sie blieb unverändert, und eine Kopie liegt in {backup}.</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}); it was left as it was.</source>
        <translation>Die Aktualisierung der Datenbank {path} ist fehlgeschlagen ({reason}); sie blieb unverändert.</translation>
    </message>
    <message>
        <source>Before updating the database {path}, CustomsDesk could not copy it to {backup} ({reason}), so it did not update it; nothing was changed. Check the folder and try again.</source>
        <translation>Vor der Aktualisierung der Datenbank {path} konnte CustomsDesk sie nicht nach {backup} kopieren ({reason}) und hat sie daher nicht aktualisiert; es wurde nichts verändert. Prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: CustomsDesk cannot work with its database {path} without some free space. Free some space on that disk and try again; nothing was changed.</source>
        <translation>Der Datenträger mit {folder} ist voll: CustomsDesk kann ohne etwas freien Speicherplatz nicht mit seiner Datenbank {path} arbeiten. Geben Sie auf diesem Datenträger Speicherplatz frei und versuchen Sie es erneut; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Give your user write permission or use --data-dir.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt. Geben Sie Ihrem Benutzer Schreibrechte oder verwenden Sie --data-dir.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error while CustomsDesk read its database {path} ({reason}). Check the disk (and its connection, for a network or removable drive) and try again; nothing was changed.</source>
        <translation>Der Datenträger mit {folder} hat beim Lesen der Datenbank {path} durch CustomsDesk einen Fehler gemeldet ({reason}). Prüfen Sie den Datenträger (und bei einem Netzlaufwerk oder Wechseldatenträger dessen Verbindung) und versuchen Sie es erneut; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({reason}). Check that your user may read and write the folder {folder}; nothing was changed.</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden ({reason}). Prüfen Sie, ob Ihr Benutzer im Ordner {folder} lesen und schreiben darf; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program (it is locked). Close the other CustomsDesk window or program using it and try again; nothing was changed.</source>
        <translation>Die Datenbank {path} wird von einem anderen Programm verwendet (sie ist gesperrt). Schließen Sie das andere CustomsDesk-Fenster oder Programm, das sie verwendet, und versuchen Sie es erneut; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The file {path} is not a readable CustomsDesk database (it is damaged or not a database). It was not changed. Restore it from a backup, or move it aside to start with a new one.</source>
        <translation>Die Datei {path} ist keine lesbare CustomsDesk-Datenbank (sie ist beschädigt oder keine Datenbank). Sie wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um mit einer neuen zu beginnen.</translation>
    </message>
    <message>
        <source>The target database already holds records; a copy goes into an empty database only, so that nobody&apos;s data is overwritten. Nothing was copied.</source>
        <translation>Die Zieldatenbank enthält bereits Datensätze; kopiert wird nur in eine leere Datenbank, damit niemandes Daten überschrieben werden. Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The copy does not match its source ({tables}); the target was left as it was copied: empty it before trying again.</source>
        <translation>Die Kopie stimmt nicht mit ihrer Quelle überein ({tables}); das Ziel wurde so belassen, wie es kopiert wurde: Leeren Sie es, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>checksums differ</source>
        <translation>Prüfsummen weichen ab</translation>
    </message>
    <message>
        <source>The data folder {folder} holds no database to copy.</source>
        <translation>Der Datenordner {folder} enthält keine Datenbank zum Kopieren.</translation>
    </message>
    <message>
        <source>The choice of the office database in {path} cannot be read ({reason}): choose it again in Settings ▸ Office database, or delete the file to use this workstation&apos;s own database.</source>
        <translation>Die Auswahl der Bürodatenbank in {path} kann nicht gelesen werden ({reason}): Wählen Sie sie unter Einstellungen ▸ Bürodatenbank erneut, oder löschen Sie die Datei, um die eigene Datenbank dieses Arbeitsplatzes zu verwenden.</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it beside the URL and test the connection to keep it in the system keyring, or give it in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Lassen Sie das Passwort aus der URL weg: Geben Sie es neben der URL ein und testen Sie die Verbindung, um es im Schlüsselbund des Systems abzulegen, oder geben Sie es in PGPASSWORD oder einer Passwortdatei (~/.pgpass) an.</translation>
    </message>
    <message>
        <source>The office database is named by a URL beginning postgresql://, e.g. postgresql://clerk@server/customsdesk; the URL given begins otherwise.</source>
        <translation>Die Bürodatenbank wird durch eine URL angegeben, die mit postgresql:// beginnt, z. B. postgresql://clerk@server/customsdesk; die angegebene URL beginnt anders.</translation>
    </message>
    <message>
        <source>The office database {url} did not accept the password of its server account ({reason}); nothing was changed. Give the password in Settings ▸ Office database or with db-password (both keep it in the system keyring), in PGPASSWORD or in a password file (~/.pgpass).</source>
        <translation>Die Bürodatenbank {url} hat das Passwort ihres Serverkontos nicht angenommen ({reason}); nichts wurde geändert. Geben Sie das Passwort unter Einstellungen ▸ Bürodatenbank oder mit db-password an (beide legen es im Schlüsselbund des Systems ab), in PGPASSWORD oder in einer Passwortdatei (~/.pgpass).</translation>
    </message>
    <message>
        <source>The office database {url} cannot be reached ({reason}). Check the network and that the server runs, then try again; nothing was changed.</source>
        <translation>Die Bürodatenbank {url} ist nicht erreichbar ({reason}). Prüfen Sie das Netzwerk und ob der Server läuft, und versuchen Sie es dann erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The office database {url} was set up by a newer version of CustomsDesk (schema {version}). Install the newer version on this workstation; nothing was changed.</source>
        <translation>Die Bürodatenbank {url} wurde von einer neueren Version von CustomsDesk eingerichtet (Schema {version}). Installieren Sie die neuere Version an diesem Arbeitsplatz; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The office database {url} could not be set up or brought up to date ({reason}); nothing was changed. The server&apos;s administrator can give this account the right to change the database&apos;s schema (its owner&apos;s), or install PostgreSQL&apos;s standard extensions (unaccent).</source>
        <translation>Die Bürodatenbank {url} konnte nicht eingerichtet oder aktualisiert werden ({reason}); nichts wurde geändert. Der Administrator des Servers kann diesem Konto das Recht geben, das Schema der Datenbank zu ändern (das ihres Eigentümers), oder die Standarderweiterungen von PostgreSQL (unaccent) installieren.</translation>
    </message>
    <message>
        <source>{role} is not a role name this command takes: use lower-case letters, digits and _ only.</source>
        <translation>{role} ist kein Rollenname, den dieser Befehl annimmt: Verwenden Sie nur Kleinbuchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <source>The office database did not take the grants ({reason}): run this as the role that owns its tables.</source>
        <translation>Die Bürodatenbank hat die Berechtigungen nicht angenommen ({reason}): Führen Sie dies als die Rolle aus, der ihre Tabellen gehören.</translation>
    </message>
    <message>
        <source>The office database&apos;s server does not let this workstation&apos;s server account do this ({reason}); nothing was changed. Ask the server&apos;s administrator to give the account the clerks&apos; rights (db-grant).</source>
        <translation>Der Server der Bürodatenbank erlaubt dies dem Serverkonto dieses Arbeitsplatzes nicht ({reason}); nichts wurde geändert. Bitten Sie den Administrator des Servers, dem Konto die Rechte der Sachbearbeiter zu geben (db-grant).</translation>
    </message>
    <message>
        <source>The connection to the office database was lost ({reason}) before this change was confirmed: it was saved whole or not at all, never in part. Look whether it is there, and make it again if not; CustomsDesk connects again by itself.</source>
        <translation>Die Verbindung zur Bürodatenbank ist abgebrochen ({reason}), bevor diese Änderung bestätigt wurde: Sie wurde ganz oder gar nicht gespeichert, nie zum Teil. Sehen Sie nach, ob sie da ist, und nehmen Sie sie sonst erneut vor; CustomsDesk verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). Unlock it and try again, or give the password in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden ({reason}). Entsperren Sie ihn und versuchen Sie es erneut, oder geben Sie das Passwort in PGPASSWORD oder einer Passwortdatei (~/.pgpass) an.</translation>
    </message>
    <message>
        <source>This computer offers no system keyring to keep the password in. Give it in PGPASSWORD or a password file (~/.pgpass) instead.</source>
        <translation>Dieser Computer bietet keinen Schlüsselbund des Systems, in dem das Passwort abgelegt werden könnte. Geben Sie es stattdessen in PGPASSWORD oder einer Passwortdatei (~/.pgpass) an.</translation>
    </message>
</context>
<context>
    <name>Suma</name>
    <message>
        <source>A message of kind {kind} confirms every position it carries; the plan says otherwise. Check the declaration again before sending it.</source>
        <translation>Eine Nachricht der Art {kind} bestätigt jede enthaltene Position; der Plan sieht etwas anderes vor. Prüfen Sie die Anmeldung erneut, bevor Sie sie senden.</translation>
    </message>
    <message>
        <source>A message of kind {kind} confirms no position; the plan says otherwise. Check the declaration again before sending it.</source>
        <translation>Eine Nachricht der Art {kind} bestätigt keine Position; der Plan sieht etwas anderes vor. Prüfen Sie die Anmeldung erneut, bevor Sie sie senden.</translation>
    </message>
    <message>
        <source>Position {number} is to be sent but the declaration has no such position: check the declaration again before sending it.</source>
        <translation>Position {number} soll gesendet werden, aber die Anmeldung hat keine solche Position: Prüfen Sie die Anmeldung erneut, bevor Sie sie senden.</translation>
    </message>
    <message>
        <source>A manifest id has four parts: transport number, arrival date, place of loading and previous document type.</source>
        <translation>Eine Manifest-ID besteht aus vier Teilen: Transportnummer, Ankunftsdatum, Ladeort und Vorpapierart.</translation>
    </message>
    <message>
        <source>Customs have not given this declaration a registration number (MRN) yet: it cannot be changed or confirmed until they have accepted it.</source>
        <translation>Der Zoll hat dieser Anmeldung noch keine Registriernummer (MRN) zugeteilt: Sie kann erst geändert oder bestätigt werden, wenn der Zoll sie angenommen hat.</translation>
    </message>
    <message>
        <source>A value in the header cannot be sent ({error}): remove the special characters.</source>
        <translation>Ein Wert in den Kopfdaten kann nicht gesendet werden ({error}): Entfernen Sie die Sonderzeichen.</translation>
    </message>
    <message>
        <source>A value in position {number} cannot be sent ({error}): remove the special characters.</source>
        <translation>Ein Wert in Position {number} kann nicht gesendet werden ({error}): Entfernen Sie die Sonderzeichen.</translation>
    </message>
    <message>
        <source>{path} is a confirmation flag (1, 2 or 3), not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} ist ein Bestätigungskennzeichen (1, 2 oder 3), nicht „{value}“ (Zeile {line}).</translation>
    </message>
    <message>
        <source>A summary declaration carries at most {most} positions; this one has {count}.</source>
        <translation>Eine summarische Anmeldung enthält höchstens {most} Positionen; diese hat {count}.</translation>
    </message>
    <message>
        <source>{path}: {problem} (line {line}).</source>
        <translation>{path}: {problem} (Zeile {line}).</translation>
    </message>
    <message>
        <source>An answer names the message it answers: give its header the correlation id (the message identification of the CUSPRL).</source>
        <translation>Eine Antwort nennt die Nachricht, auf die sie antwortet: Tragen Sie in ihren Kopfdaten die Korrelations-ID ein (die Nachrichtenidentifikation der CUSPRL).</translation>
    </message>
    <message>
        <source>{path} is a position number, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} ist eine Positionsnummer, nicht „{value}“ (Zeile {line}).</translation>
    </message>
    <message>
        <source>{path} is one of {allowed}, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} ist einer der Werte {allowed}, nicht „{value}“ (Zeile {line}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>early</source>
        <translation>vorzeitig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>modify</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>bestätigen</translation>
    </message>
    <message>
        <source>create and confirm all</source>
        <translation>alle anlegen und bestätigen</translation>
    </message>
    <message>
        <source>Sender TIN</source>
        <translation>TIN des Absenders</translation>
    </message>
    <message>
        <source>Sender branch</source>
        <translation>Niederlassung des Absenders</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identifiziert durch</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Bezugsnummer</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Transportnummer</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ankunftsdatum</translation>
    </message>
    <message>
        <source>Place of loading</source>
        <translation>Ladeort</translation>
    </message>
    <message>
        <source>Previous document type</source>
        <translation>Vorpapierart</translation>
    </message>
    <message>
        <source>Previous document number</source>
        <translation>Vorpapiernummer</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Verkehrszweig</translation>
    </message>
    <message>
        <source>Presenter TIN</source>
        <translation>TIN des Gestellenden</translation>
    </message>
    <message>
        <source>Presenter branch</source>
        <translation>Niederlassung des Gestellenden</translation>
    </message>
    <message>
        <source>Presenter name</source>
        <translation>Name des Gestellenden</translation>
    </message>
    <message>
        <source>Presenter street</source>
        <translation>Straße des Gestellenden</translation>
    </message>
    <message>
        <source>Presenter postcode</source>
        <translation>Postleitzahl des Gestellenden</translation>
    </message>
    <message>
        <source>Presenter city</source>
        <translation>Ort des Gestellenden</translation>
    </message>
    <message>
        <source>Presenter country</source>
        <translation>Land des Gestellenden</translation>
    </message>
    <message>
        <source>Representative TIN</source>
        <translation>TIN des Vertreters</translation>
    </message>
    <message>
        <source>Representative branch</source>
        <translation>Niederlassung des Vertreters</translation>
    </message>
    <message>
        <source>Office of presentation</source>
        <translation>Gestellungszollstelle</translation>
    </message>
    <message>
        <source>Presentation date</source>
        <translation>Gestellungsdatum</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Stellung des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon des Ansprechpartners</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Specific reference</source>
        <translation>Spezifische Referenz</translation>
    </message>
    <message>
        <source>Reference kind</source>
        <translation>Referenzart</translation>
    </message>
    <message>
        <source>Custodian TIN</source>
        <translation>TIN des Verwahrers</translation>
    </message>
    <message>
        <source>Custodian branch</source>
        <translation>Niederlassung des Verwahrers</translation>
    </message>
    <message>
        <source>Place of custody</source>
        <translation>Verwahrort</translation>
    </message>
    <message>
        <source>Goods description</source>
        <translation>Warenbezeichnung</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Packstückart</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packstücke</translation>
    </message>
    <message>
        <source>Gross mass (kg)</source>
        <translation>Rohmasse (kg)</translation>
    </message>
    <message>
        <source>Customs status</source>
        <translation>Zollrechtlicher Status</translation>
    </message>
    <message>
        <source>registration number (MRN)</source>
        <translation>Registriernummer (MRN)</translation>
    </message>
    <message>
        <source>manifest id</source>
        <translation>Manifest-ID</translation>
    </message>
    <message>
        <source>sea</source>
        <translation>Seeverkehr</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>Eisenbahnverkehr</translation>
    </message>
    <message>
        <source>road</source>
        <translation>Straßenverkehr</translation>
    </message>
    <message>
        <source>air</source>
        <translation>Luftverkehr</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Postsendungen</translation>
    </message>
    <message>
        <source>fixed installation</source>
        <translation>Festinstallierte Transporteinrichtungen</translation>
    </message>
    <message>
        <source>inland waterway</source>
        <translation>Binnenschifffahrt</translation>
    </message>
    <message>
        <source>own propulsion</source>
        <translation>Eigenantrieb</translation>
    </message>
    <message>
        <source>non-Union goods</source>
        <translation>Nicht-Unionswaren</translation>
    </message>
    <message>
        <source>Union goods</source>
        <translation>Unionswaren</translation>
    </message>
    <message>
        <source>air waybill</source>
        <translation>Luftfrachtbrief</translation>
    </message>
    <message>
        <source>master air waybill</source>
        <translation>Master-Luftfrachtbrief</translation>
    </message>
    <message>
        <source>bill of lading</source>
        <translation>Konnossement</translation>
    </message>
    <message>
        <source>CMR consignment note</source>
        <translation>CMR-Frachtbrief</translation>
    </message>
    <message>
        <source>CIM consignment note</source>
        <translation>CIM-Frachtbrief</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>flight manifest</source>
        <translation>Flugmanifest</translation>
    </message>
    <message>
        <source>cargo manifest</source>
        <translation>Ladungsmanifest</translation>
    </message>
    <message>
        <source>entry summary declaration</source>
        <translation>Summarische Eingangsanmeldung</translation>
    </message>
    <message>
        <source>An MRN has 18 characters; {mrn} has {count}.</source>
        <translation>Eine MRN hat 18 Zeichen; {mrn} hat {count}.</translation>
    </message>
    <message>
        <source>{mrn} is not an MRN of a summary declaration: 2 digits (year), 2 letters (country), 12 letters or digits, the procedure letter U and a check digit.</source>
        <translation>{mrn} ist keine MRN einer summarischen Anmeldung: 2 Ziffern (Jahr), 2 Buchstaben (Land), 12 Buchstaben oder Ziffern, der Verfahrensbuchstabe U und eine Prüfziffer.</translation>
    </message>
    <message>
        <source>The check digit of {mrn} is wrong: it should be {expected}.</source>
        <translation>Die Prüfziffer von {mrn} ist falsch: Sie müsste {expected} lauten.</translation>
    </message>
    <message>
        <source>{field} is a whole number.</source>
        <translation>{field} ist eine ganze Zahl.</translation>
    </message>
    <message>
        <source>{field} is a number such as 1250.5.</source>
        <translation>{field} ist eine Zahl wie 1250.5.</translation>
    </message>
    <message>
        <source>{field} is a positive number with at most 3 decimals.</source>
        <translation>{field} ist eine positive Zahl mit höchstens 3 Dezimalstellen.</translation>
    </message>
    <message>
        <source>{field} is a date written YYYY-MM-DD.</source>
        <translation>{field} ist ein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>{field} is one of {codes}.</source>
        <translation>{field} ist einer der Werte {codes}.</translation>
    </message>
    <message>
        <source>{field} has at most {count} characters.</source>
        <translation>{field} hat höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>{kind} with flag {flag} at status {status}</source>
        <translation>{kind} mit Kennzeichen {flag} im Status „{status}“</translation>
    </message>
    <message>
        <source>{kind} at status {status}</source>
        <translation>{kind} im Status „{status}“</translation>
    </message>
    <message>
        <source>The declaration is final: customs accept no more changes.</source>
        <translation>Die Anmeldung ist endgültig: Der Zoll nimmt keine Änderungen mehr an.</translation>
    </message>
    <message>
        <source>Some positions are confirmed (status partial): only the contact person may change (rules 3, 5 and 7).</source>
        <translation>Einige Positionen sind bestätigt (Status „teilweise“): Nur die Angaben zum Ansprechpartner dürfen geändert werden (Regeln 3, 5 und 7).</translation>
    </message>
    <message>
        <source>The presenter&apos;s TIN and address never change once customs hold the declaration (rules 2, 4 and 6).</source>
        <translation>TIN und Anschrift des Gestellenden ändern sich nicht mehr, sobald die Anmeldung beim Zoll vorliegt (Regeln 2, 4 und 6).</translation>
    </message>
    <message>
        <source>{kind} with flag {flag}</source>
        <translation>{kind} mit Kennzeichen {flag}</translation>
    </message>
    <message>
        <source>allowed are {kinds}</source>
        <translation>zulässig sind {kinds}</translation>
    </message>
    <message>
        <source>the declaration is final and takes no more messages</source>
        <translation>die Anmeldung ist endgültig und nimmt keine Nachrichten mehr an</translation>
    </message>
    <message>
        <source>{kind} with flag {flag} is not allowed at status {status}: {why}.</source>
        <translation>{kind} mit Kennzeichen {flag} ist im Status „{status}“ nicht zulässig: {why}.</translation>
    </message>
    <message>
        <source>{kind} without a flag is not allowed at status {status}: {why}.</source>
        <translation>{kind} ohne Kennzeichen ist im Status „{status}“ nicht zulässig: {why}.</translation>
    </message>
    <message>
        <source>A declaration has at most {most} positions; this one has {count}.</source>
        <translation>Eine Anmeldung hat höchstens {most} Positionen; diese hat {count}.</translation>
    </message>
    <message>
        <source>Position numbers run from 1 to {most}.</source>
        <translation>Positionsnummern reichen von 1 bis {most}.</translation>
    </message>
    <message>
        <source>Position {number} appears twice: give each its own number.</source>
        <translation>Position {number} kommt doppelt vor: Geben Sie jeder Position eine eigene Nummer.</translation>
    </message>
    <message>
        <source>{field} ({german}) is required.</source>
        <translation>{field} ({german}) ist erforderlich.</translation>
    </message>
    <message>
        <source>The sender&apos;s TIN and branch must be those of the presenter or of the representative: customs take the declaration only from them.</source>
        <translation>TIN und Niederlassung des Absenders müssen die des Gestellenden oder des Vertreters sein: Der Zoll nimmt die Anmeldung nur von diesen an.</translation>
    </message>
    <message>
        <source>A declaration identified by its manifest id needs the transport number, arrival date, place of loading and previous document type.</source>
        <translation>Eine über ihre Manifest-ID identifizierte Anmeldung benötigt Transportnummer, Ankunftsdatum, Ladeort und Vorpapierart.</translation>
    </message>
    <message>
        <source>The manifest id can be used only at an office located at the airport; {office} is not one. Identify the declaration by its registration number (REG).</source>
        <translation>Die Manifest-ID kann nur bei einer Zollstelle am Flughafen verwendet werden; {office} ist keine solche. Identifizieren Sie die Anmeldung über ihre Registriernummer (REG).</translation>
    </message>
    <message>
        <source>Another early or partial declaration has this manifest id (transport number, arrival date, place of loading, previous document type).</source>
        <translation>Eine andere Anmeldung im Status „vorzeitig“ oder „teilweise“ hat diese Manifest-ID (Transportnummer, Ankunftsdatum, Ladeort, Vorpapierart).</translation>
    </message>
    <message>
        <source>Customs have not given this declaration a registration number yet.</source>
        <translation>Der Zoll hat dieser Anmeldung noch keine Registriernummer zugeteilt.</translation>
    </message>
    <message>
        <source>The presenter&apos;s TIN and address never change once the declaration is lodged; put the old value back.</source>
        <translation>TIN und Anschrift des Gestellenden ändern sich nach Abgabe der Anmeldung nicht mehr; stellen Sie den alten Wert wieder her.</translation>
    </message>
    <message>
        <source>At status {status} only the contact person&apos;s name, position and phone may change in the header; put the old value back.</source>
        <translation>Im Status „{status}“ dürfen in den Kopfdaten nur Name, Stellung und Telefon des Ansprechpartners geändert werden; stellen Sie den alten Wert wieder her.</translation>
    </message>
    <message>
        <source>A declaration needs at least one position.</source>
        <translation>Eine Anmeldung benötigt mindestens eine Position.</translation>
    </message>
    <message>
        <source>Position {number} was sent to customs and cannot be taken out: keep it in the declaration.</source>
        <translation>Position {number} wurde an den Zoll gesendet und kann nicht entfernt werden: Behalten Sie sie in der Anmeldung.</translation>
    </message>
    <message>
        <source>Nothing changed and no position is named: there is nothing to send.</source>
        <translation>Es wurde nichts geändert und keine Position angegeben: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>Name the positions to confirm.</source>
        <translation>Geben Sie die zu bestätigenden Positionen an.</translation>
    </message>
    <message>
        <source>There is no position {number}.</source>
        <translation>Es gibt keine Position {number}.</translation>
    </message>
    <message>
        <source>Position {number} is new: flag 2 confirms positions without changes and appends none; use flag 1 to append and confirm it.</source>
        <translation>Position {number} ist neu: Kennzeichen 2 bestätigt Positionen ohne Änderungen und fügt keine hinzu; verwenden Sie Kennzeichen 1, um sie hinzuzufügen und zu bestätigen.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed already and cannot be confirmed again.</source>
        <translation>Position {number} ist bereits bestätigt und kann nicht erneut bestätigt werden.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed: it can no longer change. Put back {field}.</source>
        <translation>Position {number} ist bestätigt: Sie kann nicht mehr geändert werden. Stellen Sie den alten Wert von {field} wieder her.</translation>
    </message>
    <message>
        <source>Flag 2 confirms position {number} as customs hold it, but {field} changed: send the change with flag 1, or put it back.</source>
        <translation>Kennzeichen 2 bestätigt Position {number} so, wie sie beim Zoll vorliegt, aber {field} wurde geändert: Senden Sie die Änderung mit Kennzeichen 1 oder stellen Sie den alten Wert wieder her.</translation>
    </message>
    <message>
        <source>{name} is not a field of the declaration&apos;s header.</source>
        <translation>{name} ist kein Feld der Kopfdaten der Anmeldung.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed by customs: it can no longer change.</source>
        <translation>Position {number} ist vom Zoll bestätigt: Sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>A declaration has at most {most} positions.</source>
        <translation>Eine Anmeldung hat höchstens {most} Positionen.</translation>
    </message>
    <message>
        <source>Summary declaration {id} is final: customs accept no more changes.</source>
        <translation>Die summarische Anmeldung {id} ist endgültig: Der Zoll nimmt keine Änderungen mehr an.</translation>
    </message>
    <message>
        <source>A message about summary declaration {id} waits for customs&apos; answer: send the next one after it was answered.</source>
        <translation>Eine Nachricht zur summarischen Anmeldung {id} wartet auf die Antwort des Zolls: Senden Sie die nächste erst, wenn diese beantwortet wurde.</translation>
    </message>
    <message>
        <source>Summary declarations go to German customs (ATLAS): add a parameter set for administration DE in Settings ▸ Communication parameters.</source>
        <translation>Summarische Anmeldungen gehen an den deutschen Zoll (ATLAS): Fügen Sie unter Einstellungen ▸ Kommunikationsparameter einen Parametersatz für die Zollverwaltung DE hinzu.</translation>
    </message>
    <message>
        <source>A declaration is a JSON object with the header fields and &quot;positions&quot;: a list of positions.</source>
        <translation>Eine Anmeldung ist ein JSON-Objekt mit den Feldern der Kopfdaten und &quot;positions&quot;: einer Liste von Positionen.</translation>
    </message>
    <message>
        <source>&quot;positions&quot; is a list of positions.</source>
        <translation>&quot;positions&quot; ist eine Liste von Positionen.</translation>
    </message>
    <message>
        <source>Position {number} is not a JSON object.</source>
        <translation>Position {number} ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>{name} is not a field of a position.</source>
        <translation>{name} ist kein Feld einer Position.</translation>
    </message>
    <message>
        <source>Summary declaration {id} does not exist.</source>
        <translation>Die summarische Anmeldung {id} existiert nicht.</translation>
    </message>
</context>
<context>
    <name>SumaEditor</name>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Gestellung</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <source>Manifest id</source>
        <translation>Manifest-ID</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Gestellender</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>confirmation flag: no flag</extracomment>
        <translation>keines</translation>
    </message>
    <message>
        <source>1 — confirm, changing them</source>
        <translation>1 — bestätigen, mit Änderungen</translation>
    </message>
    <message>
        <source>2 — confirm as they are</source>
        <translation>2 — unverändert bestätigen</translation>
    </message>
    <message>
        <source>3 — create and confirm all</source>
        <translation>3 — alle anlegen und bestätigen</translation>
    </message>
    <message>
        <source>The declaration is final: customs take no more messages about it.</source>
        <translation>Die Anmeldung ist endgültig: Der Zoll nimmt keine weiteren Nachrichten dazu an.</translation>
    </message>
    <message>
        <source>Check the message against the rules of the field description</source>
        <translation>Die Nachricht gegen die Regeln der Feldbeschreibung prüfen</translation>
    </message>
    <message>
        <source>Check, then build, sign and queue the message for customs</source>
        <translation>Prüfen, dann die Nachricht für den Zoll erstellen, signieren und in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: each replaces the position of its number or is added</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen einfügen: Jede ersetzt die Position mit ihrer Nummer oder wird hinzugefügt</translation>
    </message>
    <message>
        <source>{kind} with flag {flag}</source>
        <translation>{kind} mit Kennzeichen {flag}</translation>
    </message>
    <message>
        <source>Kind of declaration</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>Registration number (MRN)</source>
        <translation>Registriernummer (MRN)</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: how a date is typed</comment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{field}: required</source>
        <translation>{field}: Pflichtfeld</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Gesperrt: {reason}</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Kopfdaten</translation>
    </message>
    <message>
        <source>&amp;Positions</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Reference, description, place of custody, custodian or position number</source>
        <translation>Referenz, Beschreibung, Verwahrort, Verwahrer oder Positionsnummer</translation>
    </message>
    <message>
        <source>Ctrl+V in the grid pastes rows copied from a spreadsheet (a first row of column names maps them to fields) · Ctrl+End: last position</source>
        <translation>Ctrl+V im Raster fügt aus einer Tabellenkalkulation kopierte Zeilen ein (eine erste Zeile mit Spaltennamen ordnet sie den Feldern zu) · Ctrl+End: letzte Position</translation>
    </message>
    <message>
        <source>Pro&amp;blems: none checked yet — Check (F7) lists every rule the message would break.</source>
        <translation>Pr&amp;obleme: noch nicht geprüft — Prüfen (F7) listet jede Regel auf, gegen die die Nachricht verstoßen würde.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <comment>verb: check the message</comment>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the declaration again</source>
        <translation>Die Anmeldung neu einlesen</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <source>Close the declaration (Esc)</source>
        <translation>Die Anmeldung schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>Zeilen &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected positions with a header row</source>
        <translation>Die ausgewählten Positionen mit einer Kopfzeile kopieren</translation>
    </message>
    <message>
        <source>&amp;Find position</source>
        <translation>Position &amp;suchen</translation>
    </message>
    <message>
        <source>Search the positions</source>
        <translation>Die Positionen durchsuchen</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pr&amp;obleme</translation>
    </message>
    <message>
        <source>&amp;Declaration</source>
        <translation>An&amp;meldung</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>toolbar: the message sent to customs</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Kind of declaration (Art der Anmeldung): only those allowed in the current status</source>
        <translation>Art der Anmeldung: nur die im aktuellen Status zulässigen</translation>
    </message>
    <message>
        <source>Confirmation flag: only those allowed for the kind in the current status</source>
        <translation>Bestätigungskennzeichen: nur die für die Art im aktuellen Status zulässigen</translation>
    </message>
    <message>
        <source>&amp;Only the selected positions</source>
        <translation>&amp;Nur die ausgewählten Positionen</translation>
    </message>
    <message>
        <source>Send or confirm only the positions selected in the grid (otherwise: every changed one, or every unconfirmed one for a confirmation)</source>
        <translation>Nur die im Raster ausgewählten Positionen senden oder bestätigen (sonst: alle geänderten bzw. bei einer Bestätigung alle unbestätigten)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <comment>the kind of declaration</comment>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <comment>the confirmation flag</comment>
        <translation>Kenn&amp;zeichen</translation>
    </message>
    <message>
        <source>Summary declaration {number} no longer exists.</source>
        <translation>Die summarische Anmeldung {number} existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Summary declaration {reference} ({status}) — CustomsDesk</source>
        <translation>Summarische Anmeldung {reference} ({status}) — CustomsDesk</translation>
    </message>
    <message>
        <source>status &lt;b&gt;{status}&lt;/b&gt; ({code})</source>
        <translation>Status &lt;b&gt;{status}&lt;/b&gt; ({code})</translation>
    </message>
    <message>
        <source>status &lt;b&gt;{status}&lt;/b&gt; (not sent yet)</source>
        <translation>Status &lt;b&gt;{status}&lt;/b&gt; (noch nicht gesendet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Declaration {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anmeldung {number}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{confirmed} of %n positions confirmed</source>
        <translation>
            <numerusform>{confirmed} von %n Position bestätigt</numerusform>
            <numerusform>{confirmed} von %n Positionen bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>last error {code}: {text}</source>
        <translation>letzter Fehler {code}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n position matches the search</source>
        <translation>
            <numerusform>%n Position entspricht der Suche</numerusform>
            <numerusform>%n Positionen entsprechen der Suche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positions match the search</source>
        <translation>
            <numerusform>%n Position entspricht der Suche</numerusform>
            <numerusform>%n Positionen entsprechen der Suche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positions</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending: wait until the message is queued.</source>
        <translation>Senden läuft: Warten Sie, bis die Nachricht in der Warteschlange steht.</translation>
    </message>
    <message>
        <source>{field} saved.</source>
        <translation>{field} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The change was not stored: %n problem(s)</source>
        <translation>
            <numerusform>Die Änderung wurde nicht gespeichert: %n Problem</numerusform>
            <numerusform>Die Änderung wurde nicht gespeichert: %n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) copied with a header row.</source>
        <translation>
            <numerusform>%n Position mit Kopfzeile kopiert.</numerusform>
            <numerusform>%n Positionen mit Kopfzeile kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy rows from a spreadsheet, with a first row of column names.</source>
        <translation>Nichts zum Einfügen: Kopieren Sie Zeilen aus einer Tabellenkalkulation, mit einer ersten Zeile mit Spaltennamen.</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>Es wurde nichts eingefügt</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored, {left_out} left out with {problems} problem(s) — put them right and paste those rows again</source>
        <translation>
            <numerusform>%n Zeile eingefügt: {stored} gespeichert, {left_out} wegen {problems} Problem(en) ausgelassen — beheben Sie diese und fügen Sie die Zeilen erneut ein</numerusform>
            <numerusform>%n Zeilen eingefügt: {stored} gespeichert, {left_out} wegen {problems} Problem(en) ausgelassen — beheben Sie diese und fügen Sie die Zeilen erneut ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored</source>
        <translation>
            <numerusform>%n Zeile eingefügt: {stored} gespeichert</numerusform>
            <numerusform>%n Zeilen eingefügt: {stored} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent</source>
        <translation>Es kann nichts gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>{message} cannot be sent: %n problem(s)</source>
        <translation>
            <numerusform>{message} kann nicht gesendet werden: %n Problem</numerusform>
            <numerusform>{message} kann nicht gesendet werden: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} cannot be sent</source>
        <translation>{message} kann nicht gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s), confirming {confirmed}; status afterwards: {status}.</source>
        <translation>
            <numerusform>Prüfung bestanden: {message} enthält %n Position und bestätigt {confirmed}; Status danach: {status}.</numerusform>
            <numerusform>Prüfung bestanden: {message} enthält %n Positionen und bestätigt {confirmed}; Status danach: {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s); status afterwards: {status}.</source>
        <translation>
            <numerusform>Prüfung bestanden: {message} enthält %n Position; Status danach: {status}.</numerusform>
            <numerusform>Prüfung bestanden: {message} enthält %n Positionen; Status danach: {status}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building, signing and queueing {message}…</source>
        <translation>{message} wird erstellt, signiert und in die Warteschlange gestellt…</translation>
    </message>
    <message numerus="yes">
        <source>{message} was not sent: %n problem(s)</source>
        <translation>
            <numerusform>{message} wurde nicht gesendet: %n Problem</numerusform>
            <numerusform>{message} wurde nicht gesendet: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending cancelled: nothing was queued.</source>
        <translation>Senden abgebrochen: Es wurde nichts in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>{message} was not sent</source>
        <translation>{message} wurde nicht gesendet</translation>
    </message>
    <message>
        <source>{message} queued as message {number}: it goes to customs at the next send and receive.</source>
        <translation>{message} wurde als Nachricht {number} in die Warteschlange gestellt: Sie geht beim nächsten Senden und Empfangen an den Zoll.</translation>
    </message>
    <message>
        <source>{message} queued as message {number}.</source>
        <translation>{message} wurde als Nachricht {number} in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Pro&amp;blems: {title}</source>
        <translation>Pr&amp;obleme: {title}</translation>
    </message>
    <message>
        <source>Position {number} is not in the declaration (a pasted row left out is not stored).</source>
        <translation>Position {number} ist nicht in der Anmeldung (eine beim Einfügen ausgelassene Zeile wird nicht gespeichert).</translation>
    </message>
</context>
<context>
    <name>SumaModel</name>
    <message>
        <source>{message} ({code} {code_name}, rule {rule})</source>
        <translation>{message} ({code} {code_name}, Regel {rule})</translation>
    </message>
    <message>
        <source>Position {number} is confirmed by customs: it can no longer change (rules 3, 5 and 7 of the field description).</source>
        <translation>Position {number} ist vom Zoll bestätigt: Sie kann nicht mehr geändert werden (Regeln 3, 5 und 7 der Feldbeschreibung).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Transportnummer</translation>
    </message>
    <message>
        <source>Office</source>
        <extracomment>column header: the customs office of presentation</extracomment>
        <translation>Zollstelle</translation>
    </message>
    <message>
        <source>Confirmed / positions</source>
        <translation>Bestätigt / Positionen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Status of processing at customs: {status}</source>
        <translation>Bearbeitungsstatus beim Zoll: {status}</translation>
    </message>
    <message>
        <source>Ref. kind</source>
        <translation>Ref.-Art</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>column header, short: the custodian&apos;s branch number (a branch of a company)</extracomment>
        <translation>Niederl.</translation>
    </message>
    <message>
        <source>Pack. kind</source>
        <translation>Packst.-Art</translation>
    </message>
    <message>
        <source>Cust. status</source>
        <translation>Zollstatus</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Positionsnummer (number): the position&apos;s own number</source>
        <translation>Positionsnummer: die eigene Nummer der Position</translation>
    </message>
    <message>
        <source>Confirmed by customs (Bestätigung der Gestellung)</source>
        <translation>Vom Zoll bestätigt (Bestätigung der Gestellung)</translation>
    </message>
    <message>
        <source>The last error customs gave for the position</source>
        <translation>Der letzte Fehler, den der Zoll für die Position gemeldet hat</translation>
    </message>
    <message>
        <source>The position number identifies the position: paste a row to add a position.</source>
        <translation>Die Positionsnummer kennzeichnet die Position: Fügen Sie eine Zeile ein, um eine Position hinzuzufügen.</translation>
    </message>
    <message>
        <source>The declaration is final: customs accept no more changes.</source>
        <translation>Die Anmeldung ist endgültig: Der Zoll nimmt keine Änderungen mehr an.</translation>
    </message>
    <message>
        <source>The declaration is final.</source>
        <translation>Die Anmeldung ist endgültig.</translation>
    </message>
    <message>
        <source>The column “{column}” names no field of a position: it was left out.</source>
        <translation>Die Spalte „{column}“ bezeichnet kein Feld einer Position: Sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Two columns name {field}: the second was left out.</source>
        <translation>Zwei Spalten bezeichnen {field}: Die zweite wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Row {row} has more cells than the grid has columns to the right: the extra ones were left out.</source>
        <translation>Zeile {row} hat mehr Zellen, als das Raster rechts davon Spalten hat: Die überzähligen wurden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>SumaWindow</name>
    <message>
        <source>No summary declaration yet: New (Ctrl+N) starts an empty one, Import (Ctrl+I) reads one from a JSON file (as the headless command suma-import does).</source>
        <translation>Noch keine summarische Anmeldung: „Neue Anmeldung“ (Ctrl+N) legt eine leere an, „JSON-Datei importieren“ (Ctrl+I) liest eine aus einer JSON-Datei ein (wie der Kommandozeilenbefehl suma-import).</translation>
    </message>
    <message>
        <source>Summary declarations (ATLAS) — CustomsDesk</source>
        <translation>Summarische Anmeldungen (ATLAS) — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>&amp;Neue Anmeldung</translation>
    </message>
    <message>
        <source>Start an empty summary declaration</source>
        <translation>Eine leere summarische Anmeldung anlegen</translation>
    </message>
    <message>
        <source>&amp;Import JSON file…</source>
        <translation>JSON-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a summary declaration from a JSON file (as suma-import does)</source>
        <translation>Eine summarische Anmeldung aus einer JSON-Datei einlesen (wie suma-import)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the selected declaration</comment>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected declaration (Enter, or a double click)</source>
        <translation>Die ausgewählte Anmeldung öffnen (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the declarations again</source>
        <translation>Anmeldungen erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the list (Esc); open declarations stay open</source>
        <translation>Liste schließen (Esc); geöffnete Anmeldungen bleiben geöffnet</translation>
    </message>
    <message>
        <source>&amp;Declaration</source>
        <translation>&amp;Anmeldung</translation>
    </message>
    <message>
        <source>Summary declarations</source>
        <translation>Summarische Anmeldungen</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration</source>
        <translation>
            <numerusform>%n Anmeldung</numerusform>
            <numerusform>%n Anmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations</source>
        <translation>
            <numerusform>%n Anmeldung</numerusform>
            <numerusform>%n Anmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a declaration first</source>
        <translation>Wählen Sie zuerst eine Anmeldung aus</translation>
    </message>
    <message>
        <source>New summary declaration</source>
        <translation>Neue summarische Anmeldung</translation>
    </message>
    <message>
        <source>Import a summary declaration</source>
        <translation>Summarische Anmeldung importieren</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>JSON-Dateien</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{file} is not a JSON file that can be read: {error}</source>
        <translation>{file} ist keine lesbare JSON-Datei: {error}</translation>
    </message>
    <message>
        <source>{file} was not imported</source>
        <translation>{file} wurde nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be read; nothing was stored.</source>
        <translation>
            <numerusform>%n Wert kann nicht gelesen werden; es wurde nichts gespeichert.</numerusform>
            <numerusform>%n Werte können nicht gelesen werden; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} imported: %n position(s).</source>
        <translation>
            <numerusform>{file} importiert: %n Position.</numerusform>
            <numerusform>{file} importiert: %n Positionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>position {number}</source>
        <translation>Position {number}</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Sending and receiving messages…</source>
        <translation>Nachrichten werden gesendet und empfangen…</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>EORI / TIN</source>
        <translation>EORI / TIN</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Niederlassung</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>GRN / reference</source>
        <translation>GRN / Referenz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Zollstelle</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Codes registered</source>
        <translation>Codes registriert</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Saved despite a failing check digit (training data)</source>
        <translation>Trotz fehlerhafter Prüfziffer gespeichert (Schulungsdaten)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System (as the desktop)</source>
        <translation>System (wie der Desktop)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>{subject} expired on {date}: import the renewed certificate.</source>
        <translation>{subject} ist am {date} abgelaufen: Importieren Sie das erneuerte Zertifikat.</translation>
    </message>
    <message>
        <source>{subject} is a test certificate and cannot be used in {environment}: import the qualified seal certificate issued for this EORI.</source>
        <translation>{subject} ist ein Testzertifikat und kann in der Umgebung {environment} nicht verwendet werden: Importieren Sie das für diese EORI ausgestellte qualifizierte Siegelzertifikat.</translation>
    </message>
    <message>
        <source>EORI {eori} sends to customs with the parameter set {names}, and this certificate is not fit for that: {problems}. Import the qualified seal certificate issued for {eori}.</source>
        <extracomment>{problems}: why the certificate is not fit, e.g. &quot;it is not an EU qualified certificate (…)&quot;</extracomment>
        <translation>EORI {eori} sendet mit dem Parametersatz {names} an den Zoll, und dieses Zertifikat ist dafür nicht geeignet: {problems}. Importieren Sie das für {eori} ausgestellte qualifizierte Siegelzertifikat.</translation>
    </message>
    <message>
        <source>manage certificates</source>
        <translation>Zertifikate verwalten</translation>
    </message>
    <message>
        <source>manage certificates of {eori}</source>
        <translation>Zertifikate von {eori} verwalten</translation>
    </message>
    <message>
        <source>Certificate {id} does not exist.</source>
        <translation>Zertifikat {id} existiert nicht.</translation>
    </message>
    <message>
        <source>There is no participant certificate for EORI {eori}, so messages cannot be signed: load the demo data, or import the participant certificate in {place}.</source>
        <translation>Für EORI {eori} gibt es kein Teilnehmerzertifikat, daher können Nachrichten nicht signiert werden: Laden Sie die Demodaten oder importieren Sie das Teilnehmerzertifikat unter {place}.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} has no private key: import it again with its key (PKCS#12/PFX file) in {place}.</source>
        <translation>Das Teilnehmerzertifikat {subject} der EORI {eori} hat keinen privaten Schlüssel: Importieren Sie es unter {place} erneut mit seinem Schlüssel (PKCS#12/PFX-Datei).</translation>
    </message>
    <message>
        <source>it was imported as a test certificate</source>
        <translation>es wurde als Testzertifikat importiert</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} is a test certificate, not fit for {channel}: {why}. Import the qualified seal certificate issued for the EORI in {place}.</source>
        <extracomment>{channel}: administration and environment, e.g. &quot;CZ NCTS production&quot;; {why}: the reasons</extracomment>
        <translation>Das Teilnehmerzertifikat {subject} der EORI {eori} ist ein Testzertifikat und für {channel} nicht geeignet: {why}. Importieren Sie unter {place} das für die EORI ausgestellte qualifizierte Siegelzertifikat.</translation>
    </message>
    <message>
        <source>There is no customs encryption certificate for {channel}, so messages cannot be encrypted: load the demo data, or import the customs certificate in {place}.</source>
        <translation>Für {channel} gibt es kein Verschlüsselungszertifikat des Zolls, daher können Nachrichten nicht verschlüsselt werden: Laden Sie die Demodaten oder importieren Sie das Zollzertifikat unter {place}.</translation>
    </message>
    <message>
        <source>No customs encryption certificate of {channel} is valid on {moment} UTC (the latest, {subject}, is valid only from {start} UTC): import the current customs certificate in {place}.</source>
        <translation>Kein Verschlüsselungszertifikat des Zolls für {channel} ist am {moment} UTC gültig (das neueste, {subject}, gilt erst ab {start} UTC): Importieren Sie das aktuelle Zollzertifikat unter {place}.</translation>
    </message>
    <message>
        <source>No customs encryption certificate of {channel} is valid on {moment} UTC (the latest, {subject}, expired on {end}): import the current customs certificate in {place}.</source>
        <translation>Kein Verschlüsselungszertifikat des Zolls für {channel} ist am {moment} UTC gültig (das neueste, {subject}, ist am {end} abgelaufen): Importieren Sie das aktuelle Zollzertifikat unter {place}.</translation>
    </message>
    <message>
        <source>the customs certificate of {channel}</source>
        <extracomment>completes &quot;… signed by {subject}, which is not …&quot;</extracomment>
        <translation>das Zollzertifikat von {channel}</translation>
    </message>
    <message>
        <source>The private key of the certificate {subject} cannot be unlocked with this installation&apos;s key (secrets.key was replaced or the record was copied): import the certificate with its key again in {place}.</source>
        <translation>Der private Schlüssel des Zertifikats {subject} lässt sich mit dem Schlüssel dieser Installation nicht entsperren (secrets.key wurde ersetzt oder der Datensatz kopiert): Importieren Sie das Zertifikat unter {place} erneut mit seinem Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate role must be one of {roles}.</source>
        <translation>Die Zertifikatsrolle muss eine der folgenden sein: {roles}.</translation>
    </message>
    <message>
        <source>Administration must be one of {codes}.</source>
        <translation>Die Zollverwaltung muss eine der folgenden sein: {codes}.</translation>
    </message>
    <message>
        <source>Environment must be one of {codes}.</source>
        <translation>Die Umgebung muss eine der folgenden sein: {codes}.</translation>
    </message>
    <message>
        <source>A participant certificate signs messages, so it is needed with its private key: import the PKCS#12/PFX file, or the certificate together with its key file.</source>
        <translation>Ein Teilnehmerzertifikat signiert Nachrichten und wird daher mit seinem privaten Schlüssel benötigt: Importieren Sie die PKCS#12/PFX-Datei oder das Zertifikat zusammen mit seiner Schlüsseldatei.</translation>
    </message>
    <message>
        <source>A customs certificate belongs to an administration, not to an EORI: leave the EORI empty.</source>
        <translation>Ein Zollzertifikat gehört zu einer Zollverwaltung, nicht zu einer EORI: Lassen Sie das Feld EORI leer.</translation>
    </message>
    <message>
        <source>The customs certificate is stored without a private key: import only the certificate.</source>
        <translation>Das Zollzertifikat wird ohne privaten Schlüssel gespeichert: Importieren Sie nur das Zertifikat.</translation>
    </message>
    <message>
        <source>Messages are encrypted for the customs certificate, which needs an RSA key; {subject} has another kind. Import the customs encryption certificate published by the administration.</source>
        <translation>Nachrichten werden für das Zollzertifikat verschlüsselt, das dafür einen RSA-Schlüssel braucht; {subject} hat einen anderen Schlüsseltyp. Importieren Sie das von der Zollverwaltung veröffentlichte Verschlüsselungszertifikat.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} is valid only from {start} UTC; messages can be signed with it from then on.</source>
        <translation>Das Teilnehmerzertifikat {subject} der EORI {eori} ist erst ab {start} UTC gültig; ab dann können Nachrichten damit signiert werden.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} expired on {end}, so messages cannot be signed with it: import the renewed certificate in {place}.</source>
        <translation>Das Teilnehmerzertifikat {subject} der EORI {eori} ist am {end} abgelaufen, daher können damit keine Nachrichten signiert werden: Importieren Sie das erneuerte Zertifikat unter {place}.</translation>
    </message>
    <message>
        <source>Settings ▸ Certificates</source>
        <translation>Einstellungen ▸ Zertifikate</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expired on {date}: messages of {eori} cannot be sent until the renewed certificate is imported in {place}.</source>
        <translation>Das Teilnehmerzertifikat der EORI {eori} ({subject}) ist am {date} abgelaufen: Nachrichten von {eori} können erst gesendet werden, wenn das erneuerte Zertifikat unter {place} importiert ist.</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expires on {date}, in {days} days: order the renewal now, a new certificate takes 8–10 weeks to arrive.</source>
        <translation>Das Teilnehmerzertifikat der EORI {eori} ({subject}) läuft am {date} ab, in {days} Tagen: Bestellen Sie jetzt die Erneuerung; ein neues Zertifikat braucht 8–10 Wochen.</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expires on {date}, in {days} days: after that no message of {eori} can be sent. Import the renewed certificate in {place} as soon as it arrives.</source>
        <translation>Das Teilnehmerzertifikat der EORI {eori} ({subject}) läuft am {date} ab, in {days} Tagen: Danach kann keine Nachricht von {eori} mehr gesendet werden. Importieren Sie das erneuerte Zertifikat unter {place}, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>The customs encryption certificate of {channel} ({subject}) expired on {date} and no successor is stored: import the new certificate the administration publishes in {place}.</source>
        <translation>Das Verschlüsselungszertifikat des Zolls für {channel} ({subject}) ist am {date} abgelaufen und es ist kein Nachfolger gespeichert: Importieren Sie unter {place} das neue Zertifikat, das die Zollverwaltung veröffentlicht.</translation>
    </message>
    <message>
        <source>The customs encryption certificate of {channel} ({subject}) expires on {date}, in {days} days, and no successor is stored: import the new certificate the administration publishes in {place}.</source>
        <translation>Das Verschlüsselungszertifikat des Zolls für {channel} ({subject}) läuft am {date} ab, in {days} Tagen, und es ist kein Nachfolger gespeichert: Importieren Sie unter {place} das neue Zertifikat, das die Zollverwaltung veröffentlicht.</translation>
    </message>
    <message>
        <source>Valid now</source>
        <translation>Jetzt gültig</translation>
    </message>
    <message>
        <source>Suitable for signing customs messages: yes — it is an EU qualified seal certificate with the right key usage, a strong key and hash, and it is valid now.</source>
        <translation>Zum Signieren von Zollnachrichten geeignet: ja — es ist ein qualifiziertes EU-Siegelzertifikat mit der richtigen Schlüsselverwendung, einem starken Schlüssel und Hashverfahren, und es ist jetzt gültig.</translation>
    </message>
    <message>
        <source>Suitable for signing customs messages: no — because {problems}.</source>
        <extracomment>{problems}: the reasons, separated by semicolons</extracomment>
        <translation>Zum Signieren von Zollnachrichten geeignet: nein — denn {problems}.</translation>
    </message>
    <message>
        <source>the QCStatements extension cannot be read ({reason})</source>
        <translation>die Erweiterung QCStatements kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>EU trusted list</source>
        <translation>EU-Vertrauensliste</translation>
    </message>
    <message>
        <source>Whether the issuer is a qualified trust service provider on the EU trusted lists cannot be read from the certificate: check the issuer at https://eidas.ec.europa.eu/efda/tl-browser/.</source>
        <translation>Ob der Aussteller ein qualifizierter Vertrauensdiensteanbieter auf den EU-Vertrauenslisten ist, lässt sich aus dem Zertifikat nicht ablesen: Prüfen Sie den Aussteller unter https://eidas.ec.europa.eu/efda/tl-browser/.</translation>
    </message>
    <message>
        <source>EU qualified (QcCompliance)</source>
        <translation>EU-qualifiziert (QcCompliance)</translation>
    </message>
    <message>
        <source>it is not an EU qualified certificate (no QcCompliance statement)</source>
        <translation>es ist kein qualifiziertes EU-Zertifikat (keine QcCompliance-Angabe)</translation>
    </message>
    <message>
        <source>it is qualified only under the law of {countries} (QcCClegislation), not under eIDAS</source>
        <translation>es ist nur nach dem Recht von {countries} qualifiziert (QcCClegislation), nicht nach eIDAS</translation>
    </message>
    <message>
        <source>QcCompliance present: issued as an EU qualified certificate</source>
        <translation>QcCompliance vorhanden: als qualifiziertes EU-Zertifikat ausgestellt</translation>
    </message>
    <message>
        <source>Certificate for electronic seals (QcType)</source>
        <translation>Zertifikat für elektronische Siegel (QcType)</translation>
    </message>
    <message>
        <source>QcType eseal: a certificate for electronic seals of an organisation</source>
        <translation>QcType eseal: ein Zertifikat für elektronische Siegel einer Organisation</translation>
    </message>
    <message>
        <source>no QcType: by ETSI EN 319 412-5 that means a signature of a natural person, not a seal of the organisation</source>
        <translation>kein QcType: nach ETSI EN 319 412-5 bedeutet das eine Signatur einer natürlichen Person, kein Siegel der Organisation</translation>
    </message>
    <message>
        <source>QcType web, not eseal: customs messages are sealed by the organisation (a website certificate signs nothing)</source>
        <translation>QcType web, nicht eseal: Zollnachrichten werden von der Organisation gesiegelt (ein Website-Zertifikat signiert nichts)</translation>
    </message>
    <message>
        <source>QcType {types}, not eseal: customs messages are sealed by the organisation</source>
        <extracomment>{types}: the certificate&apos;s QcTypes, e.g. &quot;esign&quot;</extracomment>
        <translation>QcType {types}, nicht eseal: Zollnachrichten werden von der Organisation gesiegelt</translation>
    </message>
    <message>
        <source>Key in a qualified device (QcSSCD or QCP-l-qscd)</source>
        <translation>Schlüssel in einer qualifizierten Einheit (QcSSCD oder QCP-l-qscd)</translation>
    </message>
    <message>
        <source>QcSSCD: the key is in a qualified seal creation device</source>
        <translation>QcSSCD: Der Schlüssel befindet sich in einer qualifizierten Siegelerstellungseinheit</translation>
    </message>
    <message>
        <source>policy QCP-l-qscd: the key is in a qualified seal creation device</source>
        <translation>Richtlinie QCP-l-qscd: Der Schlüssel befindet sich in einer qualifizierten Siegelerstellungseinheit</translation>
    </message>
    <message>
        <source>the key is not declared to be in a qualified device: an advanced seal, which customs accept; a qualified seal needs a QSCD</source>
        <translation>der Schlüssel ist nicht als in einer qualifizierten Einheit befindlich ausgewiesen: ein fortgeschrittenes Siegel, das der Zoll akzeptiert; ein qualifiziertes Siegel erfordert eine QSCD</translation>
    </message>
    <message>
        <source>Key usage digitalSignature and nonRepudiation</source>
        <translation>Schlüsselverwendung digitalSignature und nonRepudiation</translation>
    </message>
    <message>
        <source>the key usage lacks {usages}</source>
        <extracomment>{usages}: the key usages missing, e.g. &quot;nonRepudiation&quot;</extracomment>
        <translation>der Schlüsselverwendung fehlt {usages}</translation>
    </message>
    <message>
        <source>digitalSignature and nonRepudiation (contentCommitment) allowed</source>
        <translation>digitalSignature und nonRepudiation (contentCommitment) erlaubt</translation>
    </message>
    <message>
        <source>Key strength (RSA ≥ 2048 or EC ≥ 256 bits)</source>
        <translation>Schlüsselstärke (RSA ≥ 2048 oder EC ≥ 256 Bit)</translation>
    </message>
    <message>
        <source>the key is {kind}: customs accept RSA or EC keys</source>
        <translation>der Schlüssel ist {kind}: Der Zoll akzeptiert RSA- oder EC-Schlüssel</translation>
    </message>
    <message>
        <source>the {kind} key has {size} bits, fewer than {minimum}</source>
        <translation>der {kind}-Schlüssel hat {size} Bit, weniger als {minimum}</translation>
    </message>
    <message>
        <source>{kind} {size} bits</source>
        <translation>{kind} {size} Bit</translation>
    </message>
    <message>
        <source>Signature hash SHA-256 or stronger</source>
        <translation>Signatur-Hash SHA-256 oder stärker</translation>
    </message>
    <message>
        <source>signed with {hash}</source>
        <translation>signiert mit {hash}</translation>
    </message>
    <message>
        <source>the certificate is signed with an unknown hash, weaker than SHA-256</source>
        <translation>das Zertifikat ist mit einem unbekannten Hashverfahren signiert, schwächer als SHA-256</translation>
    </message>
    <message>
        <source>the certificate is signed with {hash}, weaker than SHA-256</source>
        <translation>das Zertifikat ist mit {hash} signiert, schwächer als SHA-256</translation>
    </message>
    <message>
        <source>it is not valid yet (from {start} UTC)</source>
        <translation>es ist noch nicht gültig (ab {start} UTC)</translation>
    </message>
    <message>
        <source>it expired on {end}</source>
        <translation>es ist am {end} abgelaufen</translation>
    </message>
    <message>
        <source>valid from {start} to {end}</source>
        <translation>gültig vom {start} bis {end}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <extracomment>{items}: names separated by commas, {last}: the last name; e.g. &quot;esign and web&quot;</extracomment>
        <translation>{items} und {last}</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>basic — acts in their own name only</source>
        <translation>einfach — handelt nur im eigenen Namen</translation>
    </message>
    <message>
        <source>advanced — acts for organisations (identity confirmed)</source>
        <translation>fortgeschritten — handelt für Organisationen (Identität bestätigt)</translation>
    </message>
    <message>
        <source>in person, identity card</source>
        <translation>persönlich, Personalausweis</translation>
    </message>
    <message>
        <source>in person, passport</source>
        <translation>persönlich, Reisepass</translation>
    </message>
    <message>
        <source>qualified signature certificate</source>
        <translation>qualifiziertes Signaturzertifikat</translation>
    </message>
    <message>
        <source>bank identity</source>
        <translation>Bank-Ident</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein: Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, and not the login name.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen und nicht der Anmeldename.</numerusform>
            <numerusform>Mindestens %n Zeichen und nicht der Anmeldename.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit user {login}</source>
        <translation>Benutzer {login} bearbeiten</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>Show the user as saved now</source>
        <translation>Den Benutzer so zeigen, wie er jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>e.g. jan.novak</source>
        <translation>z. B. jan.novak</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;National id:</source>
        <translation>&amp;Nationale Kennnummer:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Access &amp;level:</source>
        <translation>&amp;Zugriffsstufe:</translation>
    </message>
    <message>
        <source>&amp;Identity confirmed:</source>
        <translation>&amp;Identität bestätigt:</translation>
    </message>
    <message>
        <source>How and when the identity was checked; required for advanced access.</source>
        <translation>Wie und wann die Identität geprüft wurde; erforderlich für fortgeschrittenen Zugriff.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>how, e.g. in person, identity card</source>
        <translation>wie, z. B. persönlich, Personalausweis</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>The day the identity was confirmed</source>
        <translation>Der Tag, an dem die Identität bestätigt wurde</translation>
    </message>
    <message>
        <source>on</source>
        <comment>confirmed on &lt;date&gt;</comment>
        <translation>am</translation>
    </message>
    <message>
        <source>Advanced access acts for organisations: record how the identity was confirmed (e.g. in person, identity card).</source>
        <translation>Mit fortgeschrittenem Zugriff wird für Organisationen gehandelt: Erfassen Sie, wie die Identität bestätigt wurde (z. B. persönlich, Personalausweis).</translation>
    </message>
    <message>
        <source>Advanced access needs the day the identity was confirmed: choose the date.</source>
        <translation>Fortgeschrittener Zugriff erfordert den Tag, an dem die Identität bestätigt wurde: Wählen Sie das Datum.</translation>
    </message>
    <message>
        <source>The identity cannot be confirmed in the future: choose today or an earlier day.</source>
        <translation>Die Identität kann nicht in der Zukunft bestätigt werden: Wählen Sie heute oder einen früheren Tag.</translation>
    </message>
    <message>
        <source>Reset the password of {login}</source>
        <translation>Passwort von {login} zurücksetzen</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Tell {login} the new password in person; they can change it afterwards (Account ▸ Change password).</source>
        <translation>Teilen Sie {login} das neue Passwort persönlich mit; danach kann es selbst geändert werden (Konto ▸ Passwort ändern).</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>To {what} you need extended rights; {login} has basic access (identity not confirmed), which allows acting in one&apos;s own name only. Ask the administrator.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the guarantee&quot;</extracomment>
        <translation>Für „{what}“ benötigen Sie erweiterte Rechte; {login} hat einfachen Zugriff (Identität nicht bestätigt), der nur das Handeln im eigenen Namen erlaubt. Wenden Sie sich an den Administrator.</translation>
    </message>
    <message>
        <source>To {what} you need extended rights for this organisation; {login} has basic rights.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the guarantee&quot;</extracomment>
        <translation>Für „{what}“ benötigen Sie erweiterte Rechte für diese Organisation; {login} hat einfache Rechte.</translation>
    </message>
    <message>
        <source>Only a guarantee officer may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the primary access code&quot;; {role}: the user&apos;s role, e.g. &quot;declarant&quot;</extracomment>
        <translation>Nur ein Sicherheitenbeauftragter darf {what}; {login} ist {role}.</translation>
    </message>
    <message>
        <source>Only a guarantee officer or an administrator may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;manage certificates&quot;; {role}: the user&apos;s role, e.g. &quot;declarant&quot;</extracomment>
        <translation>Nur ein Sicherheitenbeauftragter oder ein Administrator darf {what}; {login} ist {role}.</translation>
    </message>
    <message>
        <source>Only CustomsDesk itself may {what}: it does so when customs answers.</source>
        <extracomment>{what}: an action, e.g. &quot;record customs answers&quot;</extracomment>
        <translation>Nur CustomsDesk selbst darf {what}: Das geschieht, wenn der Zoll antwortet.</translation>
    </message>
    <message>
        <source>Only an administrator may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;add users&quot;; {role}: the user&apos;s role, e.g. &quot;guarantee officer&quot;</extracomment>
        <translation>Nur ein Administrator darf {what}; {login} ist {role}.</translation>
    </message>
    <message>
        <source>{login} does not represent this organisation, so cannot {what}.</source>
        <extracomment>{what}: an action, e.g. &quot;change the guarantee&quot;</extracomment>
        <translation>{login} vertritt diese Organisation nicht und kann daher nicht {what}.</translation>
    </message>
    <message>
        <source>The account {login} has been deactivated by an administrator: sign out.</source>
        <translation>Das Konto {login} wurde von einem Administrator deaktiviert: Melden Sie sich ab.</translation>
    </message>
    <message>
        <source>Wrong login name or password. Check the Caps Lock key and try again.</source>
        <translation>Falscher Anmeldename oder falsches Passwort. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workstation is locked: {login} must sign in again to use access codes.</source>
        <translation>Die Arbeitsstation ist gesperrt: {login} muss sich erneut anmelden, um Zugangscodes zu verwenden.</translation>
    </message>
    <message>
        <source>the key of {login}</source>
        <extracomment>completes &quot;A stored secret cannot be unlocked with …&quot;</extracomment>
        <translation>dem Schlüssel von {login}</translation>
    </message>
    <message>
        <source>{login} has no stored access codes: nothing is lost.</source>
        <translation>{login} hat keine gespeicherten Zugangscodes: Es geht nichts verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n secondary access code(s)</source>
        <translation>
            <numerusform>%n weiterer Zugangscode</numerusform>
            <numerusform>%n weitere Zugangscodes</numerusform>
        </translation>
    </message>
    <message>
        <source>the primary access code of {grns}</source>
        <translation>der Haupt-Zugangscode von {grns}</translation>
    </message>
    <message>
        <source>{codes} and {pac}</source>
        <extracomment>{codes} and {pac}: &quot;2 secondary access code(s)&quot; and &quot;the primary access code of 25CZ…&quot;</extracomment>
        <translation>{codes} und {pac}</translation>
    </message>
    <message>
        <source>Resetting the password of {login} makes {codes} unreadable: they are sealed with a key only {login}&apos;s old password opens, and nobody can recover them. {login} will have to enter them again.</source>
        <extracomment>{codes}: what becomes unreadable, e.g. &quot;2 secondary access code(s)&quot;</extracomment>
        <translation>Wenn Sie das Passwort von {login} zurücksetzen, werden {codes} unlesbar: Sie sind mit einem Schlüssel versiegelt, den nur das alte Passwort von {login} öffnet, und niemand kann sie wiederherstellen. {login} muss sie erneut eingeben.</translation>
    </message>
    <message>
        <source>There is no user &apos;{login}&apos;: see the list of users (Administration ▸ Users).</source>
        <translation>Es gibt keinen Benutzer „{login}“: Siehe die Benutzerliste (Verwaltung ▸ Benutzer).</translation>
    </message>
    <message>
        <source>User {id} does not exist.</source>
        <translation>Benutzer {id} existiert nicht.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for {login}: the next attempt is possible at {time}.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für {login}: Der nächste Versuch ist um {time} möglich.</translation>
    </message>
    <message>
        <source>{login} has no password yet: the administrator sets one (Administration ▸ Users), or on a single-user installation sign in without a password.</source>
        <translation>{login} hat noch kein Passwort: Der Administrator legt eines fest (Verwaltung ▸ Benutzer), oder melden Sie sich bei einer Einzelplatzinstallation ohne Passwort an.</translation>
    </message>
    <message>
        <source>The account {login} is deactivated: ask the administrator.</source>
        <translation>Das Konto {login} ist deaktiviert: Wenden Sie sich an den Administrator.</translation>
    </message>
    <message>
        <source>This installation has user accounts with passwords: sign in with --user NAME --password-file FILE.</source>
        <translation>Diese Installation hat Benutzerkonten mit Passwörtern: Melden Sie sich mit --user NAME --password-file FILE an.</translation>
    </message>
    <message>
        <source>{login} has a password: give it (--password-file FILE).</source>
        <translation>{login} hat ein Passwort: Geben Sie es an (--password-file FILE).</translation>
    </message>
    <message>
        <source>{login} has no password yet and this installation has administrators with passwords: ask one of them to set a password (Administration ▸ Users).</source>
        <translation>{login} hat noch kein Passwort, und diese Installation hat Administratoren mit Passwörtern: Bitten Sie einen von ihnen, ein Passwort festzulegen (Verwaltung ▸ Benutzer).</translation>
    </message>
    <message>
        <source>set up another user&apos;s access codes</source>
        <translation>die Zugangscodes eines anderen Benutzers einrichten</translation>
    </message>
    <message>
        <source>The password given for {login} does not open the account&apos;s key.</source>
        <translation>Das für {login} angegebene Passwort öffnet den Schlüssel des Kontos nicht.</translation>
    </message>
    <message>
        <source>Wrong login name or password. Check the Caps Lock key and try again. After {count} failed attempts the next one is possible in {seconds} s.</source>
        <translation>Falscher Anmeldename oder falsches Passwort. Prüfen Sie die Feststelltaste und versuchen Sie es erneut. Nach {count} fehlgeschlagenen Versuchen ist der nächste in {seconds} s möglich.</translation>
    </message>
    <message>
        <source>{login} already has a password: use Change password.</source>
        <translation>{login} hat bereits ein Passwort: Verwenden Sie „Passwort ändern“.</translation>
    </message>
    <message>
        <source>The current password is not right: type it again.</source>
        <translation>Das aktuelle Passwort ist nicht richtig: Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>reset another user&apos;s password</source>
        <translation>das Passwort eines anderen Benutzers zurücksetzen</translation>
    </message>
    <message>
        <source>This account has a password: sign in with it.</source>
        <translation>Dieses Konto hat ein Passwort: Melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>{login} is the only active administrator: make somebody else an administrator first.</source>
        <translation>{login} ist der einzige aktive Administrator: Machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <source>The user {login} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Der Benutzer {login} wurde inzwischen von jemand anderem geändert (vielleicht an einem anderen Arbeitsplatz). Ihre Änderungen wurden nicht gespeichert: Laden Sie ihn neu, um die anderen Änderungen zu sehen, und nehmen Sie Ihre dann erneut vor.</translation>
    </message>
    <message>
        <source>A login name has 2–40 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. jan.novak).</source>
        <translation>Ein Anmeldename hat 2–40 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche und beginnt mit einem Buchstaben oder einer Ziffer (z. B. jan.novak).</translation>
    </message>
    <message>
        <source>The login name {login} is taken: choose another.</source>
        <translation>Der Anmeldename {login} ist vergeben: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Advanced access acts for organisations: record how the identity was confirmed (e.g. in person, signature certificate).</source>
        <translation>Mit fortgeschrittenem Zugriff wird für Organisationen gehandelt: Erfassen Sie, wie die Identität bestätigt wurde (z. B. persönlich, Signaturzertifikat).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>guarantee officer</source>
        <translation>Sicherheitenbeauftragter</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>Anmelder</translation>
    </message>
    <message>
        <source>advanced</source>
        <comment>access level</comment>
        <translation>fortgeschritten</translation>
    </message>
    <message>
        <source>basic</source>
        <comment>access level</comment>
        <translation>einfach</translation>
    </message>
    <message>
        <source>extended</source>
        <comment>rights</comment>
        <translation>erweitert</translation>
    </message>
    <message>
        <source>basic</source>
        <comment>rights</comment>
        <translation>einfach</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Bevollmächtigter</translation>
    </message>
    <message>
        <source>The password must have at least {least} characters (it has {length}): a short sentence is easy to remember.</source>
        <translation>Das Passwort muss mindestens {least} Zeichen haben (es hat {length}): Ein kurzer Satz ist leicht zu merken.</translation>
    </message>
    <message>
        <source>The password must not be the login name.</source>
        <translation>Das Passwort darf nicht der Anmeldename sein.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>see what another user may do</source>
        <translation>sehen, was ein anderer Benutzer darf</translation>
    </message>
    <message>
        <source>Representation {id} does not exist.</source>
        <translation>Vertretung {id} existiert nicht.</translation>
    </message>
    <message>
        <source>change representations</source>
        <translation>Vertretungen ändern</translation>
    </message>
    <message>
        <source>end representations</source>
        <translation>Vertretungen beenden</translation>
    </message>
    <message>
        <source>The representation starts on {start}: it cannot end on {end}, before it starts. Choose {start} or later.</source>
        <translation>Die Vertretung beginnt am {start}: Sie kann nicht am {end} enden, also vor ihrem Beginn. Wählen Sie den {start} oder später.</translation>
    </message>
    <message>
        <source>Choose who represents the organisation: a person (user) or an agency (another organisation), one of the two.</source>
        <translation>Wählen Sie, wer die Organisation vertritt: eine Person (Benutzer) oder ein Dienstleister (eine andere Organisation), eines von beiden.</translation>
    </message>
    <message>
        <source>An organisation cannot be its own agency: choose another one.</source>
        <translation>Eine Organisation kann nicht ihr eigener Dienstleister sein: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose one from the register.</source>
        <translation>Organisation {id} existiert nicht: Wählen Sie eine aus dem Register.</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose the agency from the register.</source>
        <translation>Organisation {id} existiert nicht: Wählen Sie den Dienstleister aus dem Register.</translation>
    </message>
    <message>
        <source>User {id} does not exist: add the user first.</source>
        <translation>Benutzer {id} existiert nicht: Fügen Sie den Benutzer zuerst hinzu.</translation>
    </message>
    <message>
        <source>The representation ends ({end}) before it starts ({start}): correct one of the dates.</source>
        <translation>Die Vertretung endet ({end}), bevor sie beginnt ({start}): Korrigieren Sie eine der beiden Datumsangaben.</translation>
    </message>
    <message>
        <source>A proxy needs its basis: enter the power of attorney reference.</source>
        <translation>Ein Bevollmächtigter benötigt eine Grundlage: Geben Sie das Aktenzeichen der Vollmacht ein.</translation>
    </message>
    <message>
        <source>The representation of {organisation} by {representative} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Die Vertretung von {organisation} durch {representative} wurde inzwischen von jemand anderem geändert (vielleicht an einem anderen Arbeitsplatz). Ihre Änderungen wurden nicht gespeichert: Laden Sie sie neu, um die anderen Änderungen zu sehen, und nehmen Sie Ihre dann erneut vor.</translation>
    </message>
</context>
</TS>
