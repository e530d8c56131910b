<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;b&gt;CustomsDesk&lt;/b&gt; — organisations, NCTS guarantees, access codes and customs messages.&lt;br&gt;For a support request, &lt;i&gt;Copy&lt;/i&gt; these details and paste them into your message.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Copy the version, the folders and the files to the clipboard</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"/>
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
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>{role}, {level} access</source>
        <translation>{role}, dostęp {level}</translation>
    </message>
    <message>
        <source>The demo added these users:</source>
        <translation>Wersja demonstracyjna dodała następujących użytkowników:</translation>
    </message>
    <message>
        <source>Each signs in with the password &lt;b&gt;{password}&lt;/b&gt;</source>
        <translation>Każdy loguje się hasłem &lt;b&gt;{password}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Konta demonstracyjne</translation>
    </message>
    <message>
        <source>You stay signed in as {user}. To see the register as one of them, use Account ▸ Sign out: each sees only the organisations they represent.</source>
        <translation>Pozostajesz zalogowany jako {user}. Aby zobaczyć rejestr jako jeden z nich, użyj polecenia Konto ▸ Wyloguj: każdy widzi tylko organizacje, które reprezentuje.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Wybierz hasło</translation>
    </message>
    <message>
        <source>{user} now signs in with a password.</source>
        <translation>{user} loguje się teraz hasłem.</translation>
    </message>
    <message>
        <source>Password changed. Your access codes stay readable.</source>
        <translation>Hasło zostało zmienione. Twoje kody dostępu pozostają czytelne.</translation>
    </message>
    <message>
        <source>{login} has no password yet, so could not sign in again. Choose a password first.</source>
        <translation>{login} nie ma jeszcze hasła, więc nie mógłby zalogować się ponownie. Najpierw wybierz hasło.</translation>
    </message>
    <message>
        <source>&amp;Choose a password…</source>
        <translation>&amp;Wybierz hasło…</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>verb: lock the window</comment>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Locked by {user} — sign in to continue</source>
        <translation>Zablokowane przez {user} — zaloguj się, aby kontynuować</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Odblokuj…</translation>
    </message>
    <message>
        <source>Locked by {login}.</source>
        <translation>Zablokowane przez {login}.</translation>
    </message>
    <message>
        <source>Unlocked: welcome back, {user}.</source>
        <translation>Odblokowano: witaj ponownie, {user}.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Sign out {user}?</source>
        <translation>Wylogować użytkownika {user}?</translation>
    </message>
    <message>
        <source>Another user can then sign in. Open windows are closed; messages keep being sent and received meanwhile.</source>
        <translation>Następnie może zalogować się inny użytkownik. Otwarte okna zostaną zamknięte; komunikaty będą w tym czasie nadal wysyłane i odbierane.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>Signed out — sign in to continue</source>
        <translation>Wylogowano — zaloguj się, aby kontynuować</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Zaloguj się…</translation>
    </message>
    <message>
        <source>{login} signed out.</source>
        <translation>Wylogowano użytkownika {login}.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Zalogowano jako {user}.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>New &amp;organisation…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;New guarantee…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a customs guarantee to the selected organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs &amp;guarantees</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>List the guarantees of the selected organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Read the register again from the database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Access code registration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register the secondary access codes with customs (E_ACC_COD), using the primary code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee query: &amp;usage…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ask customs which transit operations used the guarantee in a period (CC034C)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee query: &amp;balance</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ask customs for the amount in use and the remaining balance (CC034C)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee query: &amp;other information</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ask customs for the owner, amounts, validity and restrictions (CC034C)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Messages for this record</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The messages sent and received about this guarantee</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Receipts and &amp;responses</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Every message sent to and received from customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Summary &amp;declarations (ATLAS)…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>German summary declarations for temporary storage (ATLAS CUSPRL): header and positions, checked against the rules and sent to customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Continuity: outages and paper movements…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The incident log of outages, the movements handled on paper under the business continuity plan with their deadlines, and the share on paper per month</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs simulator (&amp;training)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Run the customs side of the training environment on this computer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Send and receive now</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send the messages waiting in the outbox and fetch the answers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Import reference data…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import EU code lists and the customs office list (CS/RD2 JSON)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add demo organisations, guarantees and parameter sets</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Communication parameters…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Communication parameter sets and reference data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Participant and customs certificates: checks, expiry, import and onboarding</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Choose a new password; your access codes stay readable</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Lock the window until you sign in again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sign out and let another user sign in</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Users and representations…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Accounts, roles, access levels and who represents which organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Who used which access code, signed in or changed rights, and when</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>How to work with CustomsDesk, in a window of its own</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;About CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The version, and the folder and files support asks for</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close this window (Ctrl+W or Esc)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>AdminModel</name>
    <message>
        <source>open-ended</source>
        <translation>bezterminowo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <comment>identity confirmed: not confirmed</comment>
        <translation>niepotwierdzona</translation>
    </message>
    <message>
        <source>never</source>
        <comment>password changed: never</comment>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>set</source>
        <comment>state of a password</comment>
        <translation>ustawione</translation>
    </message>
    <message>
        <source>none yet</source>
        <comment>state of a password</comment>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Poziom dostępu</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Tożsamość potwierdzona</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <source>{login} is deactivated and cannot sign in.</source>
        <translation>{login} jest dezaktywowany i nie może się zalogować.</translation>
    </message>
    <message>
        <source>{representative} (agency)</source>
        <translation>{representative} (agencja)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Przedstawiciel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Uprawnienia</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Podstawa</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Ważne od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Obowiązuje dziś</translation>
    </message>
    <message>
        <source>Whoever represents {representative} acts for {organisation} too, with the lesser rights of the two links.</source>
        <translation>Każdy, kto reprezentuje {representative}, działa także w imieniu {organisation}, z mniejszymi uprawnieniami spośród obu powiązań.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Identyfikator komunikatu</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
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
        <translation>Najpierw wybierz wiersz na liście.</translation>
    </message>
    <message>
        <source>directly ({kind}, {rights})</source>
        <translation>bezpośrednio ({kind}, uprawnienia {rights})</translation>
    </message>
    <message>
        <source>through the agency {agency} ({rights})</source>
        <translation>przez agencję {agency} (uprawnienia {rights})</translation>
    </message>
    <message>
        <source>Users and representations — CustomsDesk</source>
        <translation>Użytkownicy i przedstawicielstwa — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Użytkownicy</translation>
    </message>
    <message>
        <source>&amp;Representations</source>
        <translation>&amp;Przedstawicielstwa</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Dodaj użytkownika…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Resetuj hasło…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Dez&amp;aktywuj</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Uprawnienia</translation>
    </message>
    <message>
        <source>How</source>
        <comment>column: how the user comes to represent the organisation</comment>
        <translation>Sposób</translation>
    </message>
    <message>
        <source>Show &amp;ended</source>
        <translation>Pokaż &amp;zakończone</translation>
    </message>
    <message>
        <source>Also list representations whose last day has passed</source>
        <translation>Wyświetlaj także przedstawicielstwa, których ostatni dzień już minął</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <comment>end a representation</comment>
        <translation>Za&amp;kończ…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Uż&amp;ytkownik:</translation>
    </message>
    <message>
        <source>Read-only: {login} is a {role}. You see your own account and the organisations you represent; only an administrator may change users and representations.</source>
        <translation>Tylko do odczytu: {login} ma rolę: {role}. Widzisz własne konto i organizacje, które reprezentujesz; tylko administrator może zmieniać użytkowników i przedstawicielstwa.</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Wszystkie organizacje</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Wszyscy użytkownicy</translation>
    </message>
    <message>
        <source>Select a user to see the organisations they represent today.</source>
        <translation>Wybierz użytkownika, aby zobaczyć organizacje, które dziś reprezentuje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {login} sees today ({date}):&lt;/b&gt; the organisations {login} represents, with the rights that count</source>
        <translation>&lt;b&gt;Co widzi dziś {login} ({date}):&lt;/b&gt; organizacje reprezentowane przez {login} wraz z obowiązującymi uprawnieniami</translation>
    </message>
    <message>
        <source>organisation {number}</source>
        <translation>organizacja {number}</translation>
    </message>
    <message>
        <source>through an agency</source>
        <translation>przez agencję</translation>
    </message>
    <message>
        <source>{login} is an administrator and sees every organisation with extended rights.</source>
        <translation>{login} jest administratorem i widzi każdą organizację z uprawnieniami rozszerzonymi.</translation>
    </message>
    <message>
        <source>{login} has basic access (identity not confirmed): the rights are basic everywhere.</source>
        <translation>{login} ma dostęp podstawowy (tożsamość niepotwierdzona): wszędzie obowiązują uprawnienia podstawowe.</translation>
    </message>
    <message>
        <source>The account is deactivated: {login} cannot sign in.</source>
        <translation>Konto jest dezaktywowane: {login} nie może się zalogować.</translation>
    </message>
    <message>
        <source>add users</source>
        <comment>Only an administrator may …</comment>
        <translation>dodawać użytkowników</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>Dodaj konto użytkownika</translation>
    </message>
    <message>
        <source>change users</source>
        <comment>Only an administrator may …</comment>
        <translation>zmieniać użytkowników</translation>
    </message>
    <message>
        <source>Change the name, role, access level or identity of the selected user</source>
        <translation>Zmień nazwę, rolę, poziom dostępu lub tożsamość wybranego użytkownika</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <comment>Only an administrator may …</comment>
        <translation>resetować hasła</translation>
    </message>
    <message>
        <source>Your own password: use Account ▸ Change password…, which keeps your access codes.</source>
        <translation>Własne hasło: użyj polecenia Konto ▸ Zmień hasło…, które zachowuje Twoje kody dostępu.</translation>
    </message>
    <message>
        <source>Give the selected user a new password; their stored access codes become unreadable</source>
        <translation>Nadaj wybranemu użytkownikowi nowe hasło; zapisane przez niego kody dostępu staną się nieczytelne</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Aktywuj</translation>
    </message>
    <message>
        <source>deactivate or activate users</source>
        <comment>Only an administrator may …</comment>
        <translation>dezaktywować lub aktywować użytkowników</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in.</source>
        <translation>Nie możesz dezaktywować własnego konta, gdy jesteś zalogowany.</translation>
    </message>
    <message>
        <source>Let the user sign in again</source>
        <translation>Pozwól użytkownikowi ponownie się logować</translation>
    </message>
    <message>
        <source>Stop the user from signing in; nothing is deleted</source>
        <translation>Zablokuj użytkownikowi logowanie; nic nie zostanie usunięte</translation>
    </message>
    <message>
        <source>add representations</source>
        <comment>Only an administrator may …</comment>
        <translation>dodawać przedstawicielstwa</translation>
    </message>
    <message>
        <source>Let a person or an agency act for an organisation</source>
        <translation>Pozwól osobie lub agencji działać w imieniu organizacji</translation>
    </message>
    <message>
        <source>change representations</source>
        <comment>Only an administrator may …</comment>
        <translation>zmieniać przedstawicielstwa</translation>
    </message>
    <message>
        <source>Change the rights, kind, basis or dates of the selected representation</source>
        <translation>Zmień uprawnienia, rodzaj, podstawę lub daty wybranego przedstawicielstwa</translation>
    </message>
    <message>
        <source>end representations</source>
        <comment>Only an administrator may …</comment>
        <translation>kończyć przedstawicielstwa</translation>
    </message>
    <message>
        <source>It ended on {date}; use Edit… to change its dates.</source>
        <translation>Zakończyło się {date}; aby zmienić jego daty, użyj polecenia Edytuj….</translation>
    </message>
    <message>
        <source>Set the last day the selected representation is in force</source>
        <translation>Ustaw ostatni dzień obowiązywania wybranego przedstawicielstwa</translation>
    </message>
    <message>
        <source>User {login} added.</source>
        <translation>Dodano użytkownika {login}.</translation>
    </message>
    <message>
        <source>User {login} saved.</source>
        <translation>Zapisano użytkownika {login}.</translation>
    </message>
    <message>
        <source>The password of {login} is reset.</source>
        <translation>Zresetowano hasło użytkownika {login}.</translation>
    </message>
    <message>
        <source>Their stored access codes were removed.</source>
        <translation>Zapisane przez niego kody dostępu zostały usunięte.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Resetuj hasło</translation>
    </message>
    <message>
        <source>Reset the password of {login}?</source>
        <translation>Zresetować hasło użytkownika {login}?</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Dalej…</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Dezaktywuj użytkownika</translation>
    </message>
    <message>
        <source>Deactivate {login}? They can no longer sign in. Their representations and stored codes stay; activate the account again to let them back.</source>
        <translation>Dezaktywować użytkownika {login}? Nie będzie mógł się już zalogować. Jego przedstawicielstwa i zapisane kody pozostaną; aby przywrócić dostęp, aktywuj konto ponownie.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>{login} is active.</source>
        <translation>{login} jest aktywny.</translation>
    </message>
    <message>
        <source>{login} is deactivated.</source>
        <translation>{login} jest dezaktywowany.</translation>
    </message>
    <message>
        <source>Representation added</source>
        <translation>Dodano przedstawicielstwo</translation>
    </message>
    <message>
        <source>Representation saved</source>
        <translation>Zapisano przedstawicielstwo</translation>
    </message>
    <message>
        <source>Representation ends after {date}</source>
        <translation>Przedstawicielstwo obowiązuje do {date} włącznie</translation>
    </message>
    <message>
        <source>{what}: {organisation} ← {representative}.</source>
        <translation>{what}: {organisation} ← {representative}.</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>any date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The first date, shown as 'any date', means no limit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Audit log — CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save the entries shown (all that match the filters) as a CSV file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Read the log again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>every action</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>whole GRN</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Search: detail, GRN, message id, user…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;GRN</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>first date</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>last date</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>You see only your own entries: {login} is a {role}. An administrator sees everyone's.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>showing {shown} of {entries}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{entries} (yours only)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>CSV files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
</context>
<context>
    <name>BcpDialogs</name>
    <message>
        <source>The deadline appears here once the country of destination and the taking over are given.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>e.g. DE004600</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New movement handled on paper</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Next number of the &amp;range kept for the office of destination</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>T&amp;yped, as printed on the form:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>paper declaration number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No. {number}: {kind}, since {start}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Office of d&amp;estination:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Country of destination:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Its public holidays count (and the region's, where the office's region is set)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Office of de&amp;parture:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Goods taken over at:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Record</source>
        <comment>verb: record the movement</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The number is taken when the movement is recorded.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Next: {number} (range {range}; %n left)</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>The ranges of {office} are used up: type the number, or add the next range (Paper movements ▸ Number ranges).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No range is kept for {office}: type the number, or add the range the office allocated (Paper movements ▸ Number ranges).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type the number printed on the paper declaration, or take the next one of the office's range.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Paper declaration number ranges</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>optional, e.g. HH-</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Written before the number, e.g. HH-0001</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Last number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Add range</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Each number is used once; a number typed in by hand is skipped when the range comes to it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <comment>a refused action: 'Only … may …'</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Regions of the offices of destination</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>e.g. DE004600=HH DE002601=NW</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Offices and regions:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>OFFICE=REGION pairs, the region as the holiday calendar writes it (DE: NW, HH, BY, …): Corpus Christi counts in North Rhine-Westphalia, Reformation Day in Hamburg</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>set the regions of the offices</source>
        <comment>a refused action: 'Only … may …'</comment>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CertificateChecks</name>
    <message>
        <source>passed</source>
        <translation>spełnione</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niespełnione</translation>
    </message>
    <message>
        <source>note</source>
        <translation>informacja</translation>
    </message>
</context>
<context>
    <name>CertificateImportDialog</name>
    <message>
        <source>Test certificate — accepted for the training environment only</source>
        <translation>Certyfikat testowy — akceptowany tylko w środowisku szkoleniowym</translation>
    </message>
    <message>
        <source>Opens the file once; it is never stored. The private key is kept encrypted.</source>
        <translation>Plik jest otwierany jednorazowo i nigdy nie jest przechowywany. Klucz prywatny jest przechowywany w postaci zaszyfrowanej.</translation>
    </message>
    <message>
        <source>Choose the certificate file first (Choose…).</source>
        <translation>Najpierw wybierz plik certyfikatu (Wybierz…).</translation>
    </message>
    <message>
        <source>Certificate files</source>
        <translation>Pliki certyfikatów</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certyfikaty</translation>
    </message>
    <message>
        <source>PKCS#12/PFX, PEM or DER file</source>
        <translation>Plik PKCS#12/PFX, PEM lub DER</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the file</comment>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the file with this password</source>
        <translation>Otwórz plik przy użyciu tego hasła</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Type the password of {file}, then Open.</source>
        <translation>Wpisz hasło do pliku {file}, a następnie kliknij Otwórz.</translation>
    </message>
    <message>
        <source>opened — the password was not kept</source>
        <translation>otwarto — hasło nie zostało zachowane</translation>
    </message>
    <message>
        <source>The checks appear once the file is open.</source>
        <translation>Wyniki sprawdzeń pojawią się po otwarciu pliku.</translation>
    </message>
    <message>
        <source>{file} is protected by a password: type it and press Open.</source>
        <translation>Plik {file} jest chroniony hasłem: wpisz je i kliknij Otwórz.</translation>
    </message>
    <message>
        <source>with its private key</source>
        <translation>z kluczem prywatnym</translation>
    </message>
    <message>
        <source>without a private key</source>
        <translation>bez klucza prywatnego</translation>
    </message>
    <message>
        <source>Import participant certificate</source>
        <translation>Importuj certyfikat uczestnika</translation>
    </message>
    <message>
        <source>&amp;EORI:</source>
        <translation>&amp;EORI:</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Zastępuje:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Choose the file to see whether the certificate can sign customs messages.</source>
        <translation>Wybierz plik, aby sprawdzić, czy certyfikat może podpisywać komunikaty celne.</translation>
    </message>
    <message>
        <source>nothing: it will be the first certificate of this EORI</source>
        <translation>nic: będzie to pierwszy certyfikat dla tego EORI</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} (kept in the history)</source>
        <translation>{certificate} ważny do {date} (zachowany w historii)</translation>
    </message>
    <message>
        <source>{note}, and {eori} sends in production with '{parameters}': this certificate will be refused.</source>
        <translation>{note}, a {eori} wysyła w środowisku produkcyjnym z zestawem „{parameters}”: ten certyfikat zostanie odrzucony.</translation>
    </message>
    <message>
        <source>Check a certificate file</source>
        <translation>Sprawdź plik certyfikatu</translation>
    </message>
    <message>
        <source>Nothing is imported: this shows whether the certificate in a file could sign customs messages.</source>
        <translation>Nic nie zostanie zaimportowane: tu widać, czy certyfikat z pliku mógłby podpisywać komunikaty celne.</translation>
    </message>
    <message>
        <source>Choose a file (Choose…) to see its checks.</source>
        <translation>Wybierz plik (Wybierz…), aby zobaczyć wyniki sprawdzeń.</translation>
    </message>
    <message>
        <source>Import customs certificate</source>
        <translation>Importuj certyfikat administracji celnej</translation>
    </message>
    <message>
        <source>PEM or DER file published by the administration</source>
        <translation>Plik PEM lub DER opublikowany przez administrację celną</translation>
    </message>
    <message>
        <source>at once</source>
        <comment>takes effect: no date</comment>
        <translation>od razu</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certyfikat:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Administracja:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>Śr&amp;odowisko:</translation>
    </message>
    <message>
        <source>&amp;Takes effect on:</source>
        <translation>Obowiązuje o&amp;d:</translation>
    </message>
    <message>
        <source>The day the administration switches to it; until then messages use the current one.</source>
        <translation>Dzień, w którym administracja celna przełącza się na ten certyfikat; do tego czasu komunikaty używają bieżącego.</translation>
    </message>
    <message>
        <source>{file} is not a PEM or DER certificate: a customs certificate is public, so choose the certificate file the administration published.</source>
        <translation>Plik {file} nie jest certyfikatem PEM ani DER: certyfikat administracji celnej jest publiczny, więc wybierz plik certyfikatu opublikowany przez administrację.</translation>
    </message>
    <message>
        <source>{subject}, valid {start} – {end}</source>
        <translation>{subject}, ważny {start} – {end}</translation>
    </message>
    <message>
        <source>Choose the customs certificate file first (Choose…).</source>
        <translation>Najpierw wybierz plik certyfikatu administracji celnej (Wybierz…).</translation>
    </message>
</context>
<context>
    <name>CertificateWindow</name>
    <message>
        <source>manage certificates</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Messages are encrypted for the customs certificate in effect when they are sent. Store the next one as soon as the administration publishes it, with the day it takes effect.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>DER certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Certificate of {eori} imported as a test certificate for training, replacing {replaced}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Certificate of {eori} imported as a test certificate for training.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Certificate of {eori} imported, replacing {replaced}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Certificate of {eori} imported.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Certificates — CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Participant certificates</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>C&amp;ustoms certificates</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Onboarding</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Read the certificates again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Export public certificate…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Check a file…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Import customs certificate…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>You see the certificates read-only. {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No EORI has a participant certificate or a parameter set yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>EORI {eori} has no participant certificate, so its messages cannot be signed: import the qualified seal certificate issued for it (Import…).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Checks of the certificate of {eori}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>History of {eori}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import the participant certificate of an EORI (PKCS#12/PFX, PEM or DER)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Store an administration's encryption certificate, with the day it takes effect</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select an EORI with a certificate first</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{eori} has no certificate yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Write the public certificate only (for customs or the gateway operator): never the private key</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show what the certificate in a file is fit for, without importing it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export public certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Public certificate of {eori} written to {path} (no private key).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs certificate {subject} stored for {administration} {environment}, in effect from {date}.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>Suitable for customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Test certificate — training only</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Expired — sending blocked</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No certificate — import one</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Expires within a day</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Expires in 1 day</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Takes effect on {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{expiry} · test certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>added {time} by {user}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>in use</source>
        <comment>not replaced yet</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>test certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>qualified seal</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Replaced on</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Superseded since {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Takes effect</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none: fill in the participant EORI</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none: import it in {place}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{certificate} expired on {date} — sending blocked: import the renewed certificate in {place}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{certificate} valid until {date} — suitable</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{certificate} valid until {date} — test certificate: a production set cannot send with a test certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{certificate} valid until {date} — test certificate — training only</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>next: {certificate} from {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{certificate} in effect since {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{current}, {next}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none in effect now; {next}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{certificate} expired on {date}: import the current one in {place}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none: import the administration's encryption certificate in {place}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your access codes stay readable: they are sealed with your own key, and the new password takes over protecting that key. A forgotten password cannot be recovered — an administrator can only set a new one, and then your stored access codes are lost.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The two new passwords differ: type the new password again in both fields.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change the password of {user}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>--password-file needs --user NAME: say whose password it is.</source>
        <translation>--password-file wymaga --user NAME: podaj, czyje to hasło.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>Nie można odczytać pliku hasła {path}: {reason}.</translation>
    </message>
    <message>
        <source>The password file {path} is empty: put the password on its first line.</source>
        <translation>Plik hasła {path} jest pusty: wpisz hasło w jego pierwszym wierszu.</translation>
    </message>
    <message>
        <source>The administration must be one of {administrations}.</source>
        <translation>Administracja musi być jedną z: {administrations}.</translation>
    </message>
    <message>
        <source>The database cannot be used right now ({reason}); nothing was changed. Try again, or close the other program that holds it.</source>
        <translation>Nie można teraz użyć bazy danych ({reason}); nic nie zostało zmienione. Spróbuj ponownie lub zamknij inny program, który ją blokuje.</translation>
    </message>
    <message>
        <source>Give what to change, e.g. --ticket T or --confirmed yes.</source>
        <translation>Podaj, co zmienić, np. --ticket T lub --confirmed yes.</translation>
    </message>
    <message>
        <source>Not JSON ({reason}): give an object with "pac", "new_pac" and "spk".</source>
        <translation>To nie jest JSON ({reason}): podaj obiekt z polami "pac", "new_pac" i "spk".</translation>
    </message>
    <message>
        <source>Give a JSON object like {"pac": "AB12", "spk": ["CD34"]}; "spk" is a list.</source>
        <translation>Podaj obiekt JSON, np. {"pac": "AB12", "spk": ["CD34"]}; "spk" to lista.</translation>
    </message>
    <message>
        <source>"{field}" must be a code in quotes, e.g. "AB12", or null to clear it.</source>
        <translation>"{field}" musi być kodem w cudzysłowie, np. "AB12", lub null, aby go wyczyścić.</translation>
    </message>
    <message>
        <source>"spk" must be a list of codes in quotes, e.g. ["CD34", "EF56"].</source>
        <translation>"spk" musi być listą kodów w cudzysłowie, np. ["CD34", "EF56"].</translation>
    </message>
    <message>
        <source>'{given}' is not a message number: give a whole number from 1 to {largest}, or the message identification.</source>
        <translation>„{given}” nie jest numerem komunikatu: podaj liczbę całkowitą od 1 do {largest} lub identyfikator komunikatu.</translation>
    </message>
    <message>
        <source>Message {id} has no readable content (state: {state}); see its history with 'messages --json'.</source>
        <translation>Komunikat {id} nie ma czytelnej treści (stan: {state}); jego historię można zobaczyć za pomocą „messages --json”.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Nie można odczytać pliku {file}: {reason}.</translation>
    </message>
    <message>
        <source>GRN {grn} is recorded {count} times (ids {ids}): remove the duplicates first.</source>
        <translation>GRN {grn} jest zapisany {count} razy (identyfikatory {ids}): najpierw usuń duplikaty.</translation>
    </message>
    <message>
        <source>The file is not JSON ({reason}).</source>
        <translation>Plik nie jest w formacie JSON ({reason}).</translation>
    </message>
    <message>
        <source>Changing a password needs the current one: give --user NAME --password-file FILE before the command.</source>
        <translation>Zmiana hasła wymaga podania bieżącego: przed poleceniem podaj --user NAME --password-file FILE.</translation>
    </message>
</context>
<context>
    <name>Communication</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Settings ▸ Communication parameters ▸ Participant code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>change the onboarding checklist</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only port orders for sea-freight export are created here: the certificate is needed only for exit summary declarations and re-export notifications.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register the certificate with German customs. Open a business account in the customs business portal (Zoll-Portal) with the company's ELSTER certificate and wait for the confirmation, which can take a few days. Then sign in to the portal, open Services ▸ “Certificate administration for B2A” (Zertifikatsverwaltung für B2A) ▸ Add certificate and choose the purpose “ATLAS digital signature for web-service communication” (ATLAS Digitale Signatur zur Webservice Kommunikation). Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register the certificate with the {administration} customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <extracomment>{administration}: the code of an administration that has no text of its own</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register the certificate with the Czech customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register the certificate with the Polish customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Apply for the participant certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Order a certificate for this EORI from a qualified trust service provider: an eIDAS qualified or advanced seal certificate (sold for example as “Qualified Seal ID”) with an RSA or ECC key and the key usages digital signature and non-repudiation — ask the provider if unsure. It costs money and takes 8–10 weeks to arrive. It is valid for one year and has to be renewed every year. One certificate serves every administration and module of the EORI.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register the certificate with customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send the certificate to the gateway operator</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Mail the certificate file you received from the trust service provider to the service provider or gateway operator that runs your connection, without its password, with the subject line “Einrichtung WKS, &lt;participant code&gt;” so that it is set up for the right participant. An automatic receipt comes first and later a mail with a ticket number: enter the ticket number here.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send the password in a separate reply</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Once the mail with the ticket number has arrived, reply to it with the certificate's password and nothing else, so that the operator matches the password to the right certificate. Never send the certificate and its password in the same mail. CustomsDesk never exports a certificate together with its password.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not needed</source>
        <comment>the whole checklist</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{done} of {total} done ({not_needed} not needed)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The step must be one of {steps}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The state must be one of {states}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>An open step has not started: set the state to in progress or done, or leave the start date empty.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only a step that is done has a done date: set the state to done, or leave the done date empty.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Step {number} has no reference to record: leave it empty (the ticket number belongs to step 3).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A step that is not needed says why: write the reason in the note, e.g. “{reason}”.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A step that is not needed says why: write the reason in the note.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Step {number} can be done only with the participant certificate of EORI {eori} at hand, and none is imported: import it in {place} first, then mark this step done.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The password is sent only in a separate reply after the gateway operator has answered with a ticket number — never together with the certificate. Mark step 3 done with its ticket number first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Step 4 records the password as done for ticket {ticket}, so step 3 has to stay done with that ticket number: set step 4 back to open first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Step 4 records the password as in progress for ticket {ticket}, so step 3 has to stay done with that ticket number: set step 4 back to open first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Applied on {date}: the certificate is expected between {early} and {late}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>That is past: ask the trust service provider where it is.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import it in {place} when it arrives.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No participant certificate is imported for this EORI yet: import it in {place} (the PKCS#12/PFX file and its password) so that steps 2 and 3 can use it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A new certificate costs money and takes 8–10 weeks: applied today, it would arrive between {early} and {late}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The participant certificate was imported on {date}, valid until {end}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>It is a test certificate, usable in training only.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>It has expired: apply for a new one now.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Order the yearly renewal by {date}: a new one takes 8–10 weeks.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Mark this step done.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import the participant certificate in {place} first: this step can be marked done only then.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Registered. Step 3 sends the certificate to the gateway operator.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Use “Export public certificate…” and upload that file: it holds the public certificate only. Never upload the PKCS#12/PFX file or the private key.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No participant code is set for EORI {eori} in {administration}, and the mail subject names it: fill it in {setting}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Mail subject: “{subject}”.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>One mail per participant code, with the subjects {subjects}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ticket number {ticket}: reply to that mail with the password (step 4).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Waiting for the ticket number: enter it here when the operator's mail arrives.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send it once it is registered with customs (step 2), without its password.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send the certificate without its password.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Wait for the ticket number of step 3 before sending the password. Never send the certificate and its password together.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The password was sent in reply to ticket {ticket}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reply to the operator's mail with ticket number {ticket}, with the certificate's password only — no attachment.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The administration must be one of {codes}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The start date {date} is in the future: give the day the step was started, today at the latest.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The done date {date} is in the future: mark the step done on the day it was done, today at the latest.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The done date {date} is before the start date {start}: correct one of the two dates.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Settings ▸ Communication parameters ▸ NCTS permit number for electronic communication</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Give the parameter set a name, e.g. 'CZ NCTS production'.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Administration must be one of {codes}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Environment must be one of {codes}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The branch number has exactly 4 digits (0000 for the head office).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The gateway is an http(s):// address or a mailbox folder path.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{what} has no communication parameters: choose a parameter set in the guarantee editor.</source>
        <extracomment>{what}: what was to be sent, e.g. "Guarantee 25CZ…" or "The balance query for 25CZ…"</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{what} cannot be sent: the communication parameters '{name}' have no NCTS permit number for electronic communication. Fill it in {setting}.</source>
        <extracomment>{what}: what was to be sent, e.g. "Guarantee 25CZ…"; {setting}: where to fill the number in</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{what} cannot be sent: the communication parameters '{name}' have no gateway. Fill it in Settings ▸ Communication parameters.</source>
        <extracomment>{what}: what was to be sent, e.g. "Guarantee 25CZ…"</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Communication parameter set {id} does not exist.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>change communication parameter sets</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>delete communication parameter sets</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ContinuityBanner</name>
    <message>
        <source>Paper movements due</source>
        <translation>Terminy operacji papierowych</translation>
    </message>
    <message>
        <source>Planned customs outage</source>
        <translation>Planowana przerwa w systemie celnym</translation>
    </message>
    <message>
        <source>Customs outage</source>
        <translation>Awaria systemu celnego</translation>
    </message>
    <message>
        <source>Failure of our own system</source>
        <translation>Awaria własnego systemu</translation>
    </message>
    <message>
        <source>The link to customs is down</source>
        <translation>Brak połączenia z systemem celnym</translation>
    </message>
    <message>
        <source>no message waiting</source>
        <translation>brak oczekujących komunikatów</translation>
    </message>
    <message>
        <source>1 message waiting; it goes out when it is back</source>
        <translation>1 komunikat czeka; zostanie wysłany po przywróceniu działania</translation>
    </message>
    <message numerus="yes">
        <source>%n messages waiting; they go out when it is back</source>
        <translation><numerusform>%n komunikat czeka; zostanie wysłany po przywróceniu działania</numerusform><numerusform>%n komunikaty czekają; zostaną wysłane po przywróceniu działania</numerusform><numerusform>%n komunikatów czeka; zostaną wysłane po przywróceniu działania</numerusform></translation>
    </message>
    <message>
        <source>Customs gateway {gateway} unreachable since {since} — {waiting}</source>
        <translation>Bramka celna {gateway} niedostępna od {since} — {waiting}</translation>
    </message>
    <message>
        <source>, expected to end {end}</source>
        <translation>, przewidywany koniec {end}</translation>
    </message>
    <message>
        <source>, ticket {ticket}</source>
        <translation>, zgłoszenie serwisowe {ticket}</translation>
    </message>
    <message>
        <source>{outage} since {since}{details} — {waiting}</source>
        <translation>{outage} od {since}{details} — {waiting}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more incidents</source>
        <translation><numerusform>… i jeszcze %n incydent</numerusform><numerusform>… i jeszcze %n incydenty</numerusform><numerusform>… i jeszcze %n incydentów</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more paper movements</source>
        <translation><numerusform>… i jeszcze %n operacja papierowa</numerusform><numerusform>… i jeszcze %n operacje papierowe</numerusform><numerusform>… i jeszcze %n operacji papierowych</numerusform></translation>
    </message>
    <message>
        <source>Overdue, or going on</source>
        <translation>Po terminie lub trwa</translation>
    </message>
    <message>
        <source>Due today or tomorrow</source>
        <translation>Termin dziś lub jutro</translation>
    </message>
    <message>
        <source>Open &amp;incident…</source>
        <translation>Otwórz &amp;incydent…</translation>
    </message>
    <message>
        <source>Show the incident in the incident log: confirm it, close it, or see the declarations pending from it</source>
        <translation>Pokaż incydent w dzienniku incydentów: potwierdź go, zamknij lub zobacz oczekujące z niego zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Paper movements…</source>
        <translation>&amp;Operacje papierowe…</translation>
    </message>
    <message>
        <source>Show the movements handled on paper and mark a document presented</source>
        <translation>Pokaż operacje obsługiwane w formie papierowej i zarejestruj przedstawienie dokumentu</translation>
    </message>
    <message>
        <source>1 endorsed paper document is due at the office of destination</source>
        <translation>1 poświadczony dokument papierowy należy przedstawić w urzędzie przeznaczenia</translation>
    </message>
    <message numerus="yes">
        <source>%n endorsed paper documents are due at the office of destination</source>
        <translation><numerusform>%n poświadczony dokument papierowy należy przedstawić w urzędzie przeznaczenia</numerusform><numerusform>%n poświadczone dokumenty papierowe należy przedstawić w urzędzie przeznaczenia</numerusform><numerusform>%n poświadczonych dokumentów papierowych należy przedstawić w urzędzie przeznaczenia</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue:</source>
        <translation><numerusform>, w tym %n po terminie:</numerusform><numerusform>, w tym %n po terminie:</numerusform><numerusform>, w tym %n po terminie:</numerusform></translation>
    </message>
    <message>
        <source>You are told once a day; the banner above the register stays until each document is marked presented.</source>
        <translation>To powiadomienie pojawia się raz dziennie; pasek nad rejestrem pozostaje widoczny, dopóki nie zostanie zarejestrowane przedstawienie każdego dokumentu.</translation>
    </message>
</context>
<context>
    <name>ContinuityModel</name>
    <message>
        <source>Opened automatically when the gateway stopped answering: confirm or correct it (Edit / confirm), or close it when the outage is over.</source>
        <translation>Otwarty automatycznie, gdy bramka przestała odpowiadać: potwierdź go lub popraw (Edytuj / potwierdź) albo zamknij, gdy awaria się zakończy.</translation>
    </message>
    <message>
        <source>Paper movement {number}: overdue since {since} — present the endorsed {document} to {office} without delay (it was due by {deadline})</source>
        <translation>Operacja papierowa {number}: po terminie od {since} — niezwłocznie przedstaw poświadczony dokument {document} w urzędzie {office} (termin upływał {deadline})</translation>
    </message>
    <message>
        <source>Paper movement {number}: present the endorsed {document} to {office} by {deadline} (today)</source>
        <translation>Operacja papierowa {number}: przedstaw poświadczony dokument {document} w urzędzie {office} do {deadline} (dziś)</translation>
    </message>
    <message>
        <source>Paper movement {number}: present the endorsed {document} to {office} by {deadline} (tomorrow)</source>
        <translation>Operacja papierowa {number}: przedstaw poświadczony dokument {document} w urzędzie {office} do {deadline} (jutro)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column header: the number of the record</extracomment>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: the state of an incident or of a message (draft, open, closed; queued, sent...)</extracomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>going on</source>
        <translation>trwa</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Bramka</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie serwisowe</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Identyfikator komunikatu</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>po terminie od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termin dziś</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>termin jutro</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Departure</source>
        <extracomment>column header: the office of departure</extracomment>
        <translation>Urząd wyjścia</translation>
    </message>
    <message>
        <source>Destination</source>
        <extracomment>column header: the office of destination</extracomment>
        <translation>Urząd przeznaczenia</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>Kraj / region</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Przejęcie towaru</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Przedstawiono</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Urząd</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numery</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Następny numer</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>wyczerpany</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>column header: how many numbers of the range remain (not a direction)</extracomment>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Papierowe</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elektroniczne</translation>
    </message>
    <message>
        <source>Share on paper</source>
        <translation>Udział papierowych</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>above the threshold and growing</source>
        <translation>powyżej progu i rośnie</translation>
    </message>
</context>
<context>
    <name>ContinuityWindow</name>
    <message>
        <source>A movement started on paper under the business continuity plan ends on paper: it is never entered into NCTS afterwards ({rule}). Present the endorsed document at the office of destination.</source>
        <translation>Operacja rozpoczęta w formie papierowej w ramach planu ciągłości działania kończy się w formie papierowej: nigdy nie jest później wprowadzana do NCTS ({rule}). Przedstaw poświadczony dokument w urzędzie przeznaczenia.</translation>
    </message>
    <message>
        <source>Declarations entered electronically during the outage and not processed must be withdrawn when the movement goes on paper: a movement is handled either in NCTS or on paper, never both.</source>
        <translation>Zgłoszenia wprowadzone elektronicznie podczas awarii i nieprzetworzone należy wycofać, gdy operacja przechodzi na procedurę papierową: operacja jest obsługiwana albo w NCTS, albo w formie papierowej, nigdy w obu naraz.</translation>
    </message>
    <message>
        <source>The paper declaration number ranges the offices allocated</source>
        <translation>Zakresy numerów zgłoszeń papierowych przydzielone przez urzędy</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Raport PDF</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Plik CSV</translation>
    </message>
    <message>
        <source>Outages and business continuity — CustomsDesk</source>
        <translation>Awarie i ciągłość działania — CustomsDesk</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incydenty</translation>
    </message>
    <message>
        <source>Paper movements (BCP)</source>
        <translation>Operacje papierowe (BCP)</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nowy incydent…</translation>
    </message>
    <message>
        <source>Record an outage of customs, a failure of our own system or of the link</source>
        <translation>Zarejestruj awarię systemu celnego, awarię własnego systemu lub połączenia</translation>
    </message>
    <message>
        <source>&amp;Edit / confirm…</source>
        <translation>&amp;Edytuj / potwierdź…</translation>
    </message>
    <message>
        <source>Correct the selected incident; a draft detected automatically is confirmed</source>
        <translation>Popraw wybrany incydent; wykryty automatycznie szkic zostanie potwierdzony</translation>
    </message>
    <message>
        <source>&amp;Close incident…</source>
        <translation>&amp;Zamknij incydent…</translation>
    </message>
    <message>
        <source>The outage is over: record its end (now, or the time given)</source>
        <translation>Awaria się zakończyła: zarejestruj jej koniec (teraz lub w podanym czasie)</translation>
    </message>
    <message>
        <source>&amp;Report for the service desk…</source>
        <translation>&amp;Raport dla centrum wsparcia…</translation>
    </message>
    <message>
        <source>Save the selected incident's report for the customs service desk as PDF or CSV</source>
        <translation>Zapisz raport wybranego incydentu dla centrum wsparcia administracji celnej jako PDF lub CSV</translation>
    </message>
    <message>
        <source>&amp;Pending declarations…</source>
        <translation>&amp;Oczekujące zgłoszenia…</translation>
    </message>
    <message>
        <source>The messages queued or sent without an answer during the selected outage: to withdraw</source>
        <translation>Komunikaty w kolejce lub wysłane bez odpowiedzi podczas wybranej awarii: do wycofania</translation>
    </message>
    <message>
        <source>&amp;New movement on paper…</source>
        <translation>&amp;Nowa operacja papierowa…</translation>
    </message>
    <message>
        <source>Record a movement handled on paper (BCP-TAD or TAD) with its deadline</source>
        <translation>Zarejestruj operację obsługiwaną w formie papierowej (BCP-TAD lub TAD) wraz z terminem</translation>
    </message>
    <message>
        <source>&amp;Mark presented…</source>
        <translation>Zarejestruj &amp;przedstawienie…</translation>
    </message>
    <message>
        <source>The endorsed document was presented at the office of destination</source>
        <translation>Poświadczony dokument został przedstawiony w urzędzie przeznaczenia</translation>
    </message>
    <message>
        <source>Send &amp;electronically</source>
        <translation>Wyślij &amp;elektronicznie</translation>
    </message>
    <message>
        <source>Number &amp;ranges…</source>
        <translation>&amp;Zakresy numerów…</translation>
    </message>
    <message>
        <source>Office re&amp;gions…</source>
        <translation>&amp;Regiony urzędów…</translation>
    </message>
    <message>
        <source>Which region's public holidays count for an office of destination</source>
        <translation>Określ, święta którego regionu obowiązują dla urzędu przeznaczenia</translation>
    </message>
    <message>
        <source>Warning &amp;threshold…</source>
        <translation>&amp;Próg ostrzeżenia…</translation>
    </message>
    <message>
        <source>Warn when the share of movements on paper grows above this percentage</source>
        <translation>Ostrzegaj, gdy udział operacji papierowych przekroczy ten procent</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read everything again</source>
        <translation>Wczytaj wszystko ponownie</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Zamknij okno</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Zamknij to okno (Esc)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incydenty</translation>
    </message>
    <message>
        <source>Show the incident log</source>
        <translation>Pokaż dziennik incydentów</translation>
    </message>
    <message>
        <source>&amp;Paper movements (BCP)</source>
        <translation>Operacje &amp;papierowe (BCP)</translation>
    </message>
    <message>
        <source>Show the movements handled on paper</source>
        <translation>Pokaż operacje obsługiwane w formie papierowej</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Monitorowanie</translation>
    </message>
    <message>
        <source>Show the share of movements on paper per month</source>
        <translation>Pokaż udział operacji papierowych w poszczególnych miesiącach</translation>
    </message>
    <message>
        <source>&amp;Paper movements</source>
        <translation>Operacje &amp;papierowe</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Okno</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Wszystkie incydenty</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <comment>filter: which incidents are listed</comment>
        <translation>Pok&amp;aż:</translation>
    </message>
    <message>
        <source>Only those not &amp;presented yet</source>
        <translation>Tylko jeszcze &amp;nieprzedstawione</translation>
    </message>
    <message>
        <source>The endorsed document is presented at the office of destination at the latest on the working day after taking over the goods. A movement started on paper ends on paper.</source>
        <translation>Poświadczony dokument należy przedstawić w urzędzie przeznaczenia najpóźniej w dniu roboczym następującym po przejęciu towaru. Operacja rozpoczęta w formie papierowej kończy się w formie papierowej.</translation>
    </message>
    <message>
        <source>months</source>
        <comment>after a number of months from 6 to 12</comment>
        <translation>miesięcy</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>button: set the warning threshold</comment>
        <translation>Ustaw</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <comment>the last 6 to 12 months</comment>
        <translation>Os&amp;tatnie:</translation>
    </message>
    <message>
        <source>Warn when the share grows above:</source>
        <translation>Ostrzegaj, gdy udział przekroczy:</translation>
    </message>
    <message>
        <source>Movements on paper by the month the goods were taken over; electronic: the messages declared to customs (NCTS and ATLAS). Customs watch a growing share.</source>
        <translation>Operacje papierowe według miesiąca przejęcia towaru; elektroniczne: komunikaty złożone w urzędzie celnym (NCTS i ATLAS). Organy celne obserwują rosnący udział.</translation>
    </message>
    <message>
        <source>set when the share of paper movements is warned about</source>
        <comment>completes: Only a guarantee officer or an administrator may …</comment>
        <translation>ustalać, przy jakim udziale operacji papierowych pojawia się ostrzeżenie</translation>
    </message>
    <message>
        <source>Warn when the share on paper grows from one month to the next above this</source>
        <translation>Ostrzegaj, gdy udział operacji papierowych wzrośnie z miesiąca na miesiąc o więcej niż ta wartość</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation><numerusform>%n incydent</numerusform><numerusform>%n incydenty</numerusform><numerusform>%n incydentów</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation><numerusform>%n incydent</numerusform><numerusform>%n incydenty</numerusform><numerusform>%n incydentów</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n movement on paper, {waiting} not presented yet</source>
        <translation><numerusform>%n operacja papierowa, w tym jeszcze nieprzedstawione: {waiting}</numerusform><numerusform>%n operacje papierowe, w tym jeszcze nieprzedstawione: {waiting}</numerusform><numerusform>%n operacji papierowych, w tym jeszcze nieprzedstawione: {waiting}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n movements on paper, {waiting} not presented yet</source>
        <translation><numerusform>%n operacja papierowa, w tym jeszcze nieprzedstawione: {waiting}</numerusform><numerusform>%n operacje papierowe, w tym jeszcze nieprzedstawione: {waiting}</numerusform><numerusform>%n operacji papierowych, w tym jeszcze nieprzedstawione: {waiting}</numerusform></translation>
    </message>
    <message>
        <source>{movements}, {due} due or overdue</source>
        <translation>{movements}, z upływającym lub minionym terminem: {due}</translation>
    </message>
    <message numerus="yes">
        <source>the last %n months</source>
        <translation><numerusform>ostatni %n miesiąc</numerusform><numerusform>ostatnie %n miesiące</numerusform><numerusform>ostatnich %n miesięcy</numerusform></translation>
    </message>
    <message>
        <source>No incident recorded. &lt;b&gt;New incident&lt;/b&gt; (Ctrl+N) records an outage of customs, a failure of our own system or of the link.</source>
        <translation>Nie zarejestrowano żadnego incydentu. &lt;b&gt;Nowy incydent&lt;/b&gt; (Ctrl+N) rejestruje awarię systemu celnego, awarię własnego systemu lub połączenia.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer during this outage: &lt;b&gt;Pending declarations&lt;/b&gt; (Ctrl+Shift+P) lists them, to withdraw.</source>
        <translation><numerusform>%n komunikat w kolejce lub wysłany bez odpowiedzi podczas tej awarii: &lt;b&gt;Oczekujące zgłoszenia&lt;/b&gt; (Ctrl+Shift+P) wyświetla je do wycofania.</numerusform><numerusform>%n komunikaty w kolejce lub wysłane bez odpowiedzi podczas tej awarii: &lt;b&gt;Oczekujące zgłoszenia&lt;/b&gt; (Ctrl+Shift+P) wyświetla je do wycofania.</numerusform><numerusform>%n komunikatów w kolejce lub wysłanych bez odpowiedzi podczas tej awarii: &lt;b&gt;Oczekujące zgłoszenia&lt;/b&gt; (Ctrl+Shift+P) wyświetla je do wycofania.</numerusform></translation>
    </message>
    <message>
        <source>No message is pending from this outage.</source>
        <translation>Z tej awarii nie pozostał żaden oczekujący komunikat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected automatically:&lt;/b&gt; check it and confirm it (Edit / confirm, Ctrl+E).</source>
        <translation>&lt;b&gt;Wykryto automatycznie:&lt;/b&gt; sprawdź i potwierdź (Edytuj / potwierdź, Ctrl+E).</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>Najpierw wybierz incydent</translation>
    </message>
    <message>
        <source>Incident {number} is closed (end {end}); Edit corrects its end</source>
        <translation>Incydent {number} jest zamknięty (koniec: {end}); jego koniec można poprawić przez Edytuj</translation>
    </message>
    <message>
        <source>{movement} was presented on {when}</source>
        <translation>{movement}: przedstawiono {when}</translation>
    </message>
    <message>
        <source>Select a movement first</source>
        <translation>Najpierw wybierz operację</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <comment>completes: Only a guarantee officer or an administrator may …</comment>
        <translation>prowadzić zakresy numerów zgłoszeń papierowych</translation>
    </message>
    <message>
        <source>The paper declaration number ranges the offices allocated (read-only: {reason})</source>
        <translation>Zakresy numerów zgłoszeń papierowych przydzielone przez urzędy (tylko do odczytu: {reason})</translation>
    </message>
    <message>
        <source>Incident {number} recorded.</source>
        <translation>Zarejestrowano incydent {number}.</translation>
    </message>
    <message>
        <source>Incident {number} confirmed.</source>
        <translation>Potwierdzono incydent {number}.</translation>
    </message>
    <message>
        <source>Incident {number} saved.</source>
        <translation>Zapisano incydent {number}.</translation>
    </message>
    <message>
        <source>Empty: the end the transport saw ({end}). Local time, e.g. {example}; or with the time zone</source>
        <translation>Puste: koniec wykryty przez moduł transmisji ({end}). Czas lokalny, np. {example}; lub ze strefą czasową</translation>
    </message>
    <message>
        <source>Empty: now. Local time, e.g. {example}; or with the time zone</source>
        <translation>Puste: teraz. Czas lokalny, np. {example}; lub ze strefą czasową</translation>
    </message>
    <message>
        <source>Close incident {number}</source>
        <translation>Zamknij incydent {number}</translation>
    </message>
    <message>
        <source>{kind} since {start}: when did it end?</source>
        <translation>{kind} od {start}: kiedy nastąpił koniec?</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>the end of an incident</comment>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Zamknij incydent</translation>
    </message>
    <message>
        <source>Incident {number} closed.</source>
        <translation>Zamknięto incydent {number}.</translation>
    </message>
    <message>
        <source>Report for the service desk</source>
        <translation>Raport dla centrum wsparcia</translation>
    </message>
    <message>
        <source>Report of incident {number} saved: {path}</source>
        <translation>Zapisano raport incydentu {number}: {path}</translation>
    </message>
    <message>
        <source>now</source>
        <comment>in place of the end of an outage going on</comment>
        <translation>teraz</translation>
    </message>
    <message>
        <source>Declarations pending from incident {number}</source>
        <translation>Zgłoszenia oczekujące z incydentu {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer between {start} and {end}.</source>
        <translation><numerusform>%n komunikat w kolejce lub wysłany bez odpowiedzi między {start} a {end}.</numerusform><numerusform>%n komunikaty w kolejce lub wysłane bez odpowiedzi między {start} a {end}.</numerusform><numerusform>%n komunikatów w kolejce lub wysłanych bez odpowiedzi między {start} a {end}.</numerusform></translation>
    </message>
    <message>
        <source>No message was queued or left without an answer between {start} and {end}.</source>
        <translation>Między {start} a {end} żaden komunikat nie był w kolejce ani nie pozostał bez odpowiedzi.</translation>
    </message>
    <message>
        <source>{movement} recorded: present the endorsed document at {office} by {deadline}.</source>
        <translation>Zarejestrowano: {movement}. Przedstaw poświadczony dokument w urzędzie {office} do {deadline}.</translation>
    </message>
    <message>
        <source>{movement} presented</source>
        <translation>Przedstawienie: {movement}</translation>
    </message>
    <message>
        <source>When was the endorsed {document} presented at the office of destination {office}? (Due by {deadline}.)</source>
        <translation>Kiedy poświadczony dokument {document} został przedstawiony w urzędzie przeznaczenia {office}? (Termin: {deadline}.)</translation>
    </message>
    <message>
        <source>&amp;Presented at:</source>
        <translation>&amp;Przedstawiono:</translation>
    </message>
    <message>
        <source>Mark presented</source>
        <translation>Zarejestruj przedstawienie</translation>
    </message>
    <message>
        <source>{movement} marked presented.</source>
        <translation>{movement}: zarejestrowano przedstawienie.</translation>
    </message>
    <message>
        <source>Office regions saved: they count for the movements recorded from now on.</source>
        <translation>Zapisano regiony urzędów: obowiązują dla operacji rejestrowanych od teraz.</translation>
    </message>
    <message>
        <source>Type the percentage, then Set (Tab, Space).</source>
        <translation>Wpisz wartość procentową, a następnie naciśnij Ustaw (Tab, Space).</translation>
    </message>
    <message>
        <source>Warning when the share on paper grows above {percent} %.</source>
        <translation>Ostrzeżenie, gdy udział operacji papierowych przekroczy {percent} %.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>CustomsDesk — unexpected error</source>
        <translation>CustomsDesk — nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: nothing unfinished was written.</source>
        <translation>Coś poszło nie tak. Twoje dane są bezpieczne: nic niedokończonego nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Copy this report and send it to support; they may also ask for the log file it names.</source>
        <translation>Skopiuj ten raport i wyślij go do pomocy technicznej; mogą też poprosić o wskazany w nim plik dziennika.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopiuj raport</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>This is the first start of CustomsDesk on this computer. Create the administrator: the account that adds the other users, decides who represents which organisation and can reset passwords.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The two passwords differ: type the password again in both fields.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember. It also seals the access codes you store: nobody can read them without it, and a forgotten password cannot be recovered.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>e.g. Jana Dvořáková</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>CustomsDesk's database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a working file of CustomsDesk's database ({suffix})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>CustomsDesk's key file (it unlocks every stored secret)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>CustomsDesk's key file being written</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a backup of CustomsDesk's database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>CustomsDesk's log folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the training simulator's folder</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Certificates expire soon</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>{warning} — and %n more</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Open Settings ▸ Certificates</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1 certificate needs attention:</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n certificates need attention:</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>You are told once per threshold; the banner above the register stays until the certificate is renewed.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is {what}: CustomsDesk never writes an export over it, not even with --force. Choose another name or folder; nothing was written.</source>
        <extracomment>{what}: which of CustomsDesk's own files it is, e.g. "CustomsDesk's key file"</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{path} already exists and was left as it was: choose another name, or use --force to replace it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot write {path}: the disk holding {folder} is full. Free some space and try again; nothing was written.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder; nothing was written.</source>
        <extracomment>{reason}: the system's reason, e.g. "Permission denied"</extracomment>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>GuaranteeEditor</name>
    <message>
        <source>(empty: type the code)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{number}.  {code}   — used in declarations and queries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee {reference}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New guarantee</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Guarantee</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Access codes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>From &amp;customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>change this guarantee</source>
        <comment>a refused action: 'Only … may …'</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{reason} You can still keep your own access codes here.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>e.g. 25CZ5201010000111</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save despite the check digit (training GRN only)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>e.g. CZ520101</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Choose the customs office of guarantee from the list</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>optional, e.g. {amount}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(none)</source>
        <comment>no communication parameters</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee &amp;user:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>G&amp;RN:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Other reference:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs o&amp;ffice:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Communication &amp;parameters:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show codes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete PAC</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove the primary access code from this record (recommended after registration)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>new:</source>
        <comment>the new primary access code</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add</source>
        <comment>add a secondary access code</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove a secondary access code</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The first code is the one used in declarations and queries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Primary access code:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Secondary codes:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Access codes registered:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reference amount:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Amount in use:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remaining balance:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number of uses:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Valid to:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Last answer:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>These fields are filled from customs answers to registrations and guarantee queries.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none</source>
        <comment>no last error</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>cannot be asked: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee type {type} has no GRN</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Required for this type (EU condition C0130)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Optional for this type</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not used for this type</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee type {type} has no access codes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>✓ {grn}: format and check digit correct</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>hold or change the primary access code</source>
        <comment>a refused action: 'Only … may …'</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type {type} has no primary access code.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A primary access code is stored, held by {holder}; it is not shown to you.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No primary access code is stored. {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A primary access code is stored (you hold it). It is needed only to register secondary codes or to change it: delete it after a successful registration.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No primary access code is stored. It is needed only to register secondary codes or to change it; delete it after a successful registration.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Your secondary access code ({user}). Type {type}: the guarantor gives you one code; enter it in the first row. It is never registered electronically.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>One code only.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Your own secondary access codes ({user}). Other users' codes are never shown. If you keep several, the first one is used in declarations and queries.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Registering replaces all codes registered before for this guarantee.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete primary access code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete the primary access code from this record now?</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Guarantees</name>
    <message>
        <source>The primary access code must be exactly 4 letters (A–Z) or digits.</source>
        <translation>Główny kod dostępu musi składać się z dokładnie 4 liter (A–Z) lub cyfr.</translation>
    </message>
    <message>
        <source>The new primary access code must be exactly 4 letters (A–Z) or digits.</source>
        <translation>Nowy główny kod dostępu musi składać się z dokładnie 4 liter (A–Z) lub cyfr.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no primary access code (only types 0 and 1): clear the field.</source>
        <translation>Zabezpieczenie rodzaju {type} nie ma głównego kodu dostępu (tylko rodzaje 0 i 1): wyczyść pole.</translation>
    </message>
    <message>
        <source>To change the primary access code, enter the current one too.</source>
        <translation>Aby zmienić główny kod dostępu, wprowadź również bieżący.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no access codes.</source>
        <translation>Zabezpieczenie rodzaju {type} nie ma kodów dostępu.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has one secondary access code, given by the guarantor: keep only the first row.</source>
        <translation>Zabezpieczenie rodzaju {type} ma jeden dodatkowy kod dostępu, nadany przez gwaranta: zostaw tylko pierwszy wiersz.</translation>
    </message>
    <message>
        <source>At most {most} secondary access codes can be registered.</source>
        <translation>Można zarejestrować najwyżej {most} dodatkowych kodów dostępu.</translation>
    </message>
    <message>
        <source>Secondary code in row {row} is not 4 letters (A–Z) or digits.</source>
        <translation>Dodatkowy kod w wierszu {row} nie składa się z 4 liter (A–Z) lub cyfr.</translation>
    </message>
    <message>
        <source>Secondary code in row {row} repeats an earlier row: each code once.</source>
        <translation>Dodatkowy kod w wierszu {row} powtarza wcześniejszy wiersz: każdy kod tylko raz.</translation>
    </message>
    <message>
        <source>see its access codes</source>
        <translation>wyświetlać jego kody dostępu</translation>
    </message>
    <message>
        <source>hold or change the primary access code</source>
        <translation>przechowywać lub zmieniać główny kod dostępu</translation>
    </message>
    <message>
        <source>store access codes</source>
        <translation>zapisywać kody dostępu</translation>
    </message>
    <message>
        <source>delete the primary access code</source>
        <translation>usuwać główny kod dostępu</translation>
    </message>
    <message>
        <source>delete the primary access code another user holds</source>
        <translation>usuwać główny kod dostępu przechowywany przez innego użytkownika</translation>
    </message>
    <message>
        <source>Guarantee {id} does not exist or {login} does not represent its organisation (needed to {what}).</source>
        <extracomment>{what} is what the user wanted, e.g. "see its access codes"</extracomment>
        <translation>Zabezpieczenie {id} nie istnieje lub {login} nie reprezentuje jego organizacji (wymagane, aby {what}).</translation>
    </message>
    <message>
        <source>a digit (year)</source>
        <translation>cyfrą (rok)</translation>
    </message>
    <message>
        <source>a letter (country code)</source>
        <translation>literą (kod kraju)</translation>
    </message>
    <message>
        <source>a capital letter or digit (serial number)</source>
        <translation>wielką literą lub cyfrą (numer seryjny)</translation>
    </message>
    <message>
        <source>a digit (check digit)</source>
        <translation>cyfrą (cyfra kontrolna)</translation>
    </message>
    <message>
        <source>a letter (voucher suffix)</source>
        <translation>literą (sufiks karnetu)</translation>
    </message>
    <message>
        <source>a digit (voucher number)</source>
        <translation>cyfrą (numer karnetu)</translation>
    </message>
    <message>
        <source>The GRN is empty: enter the 17-character guarantee reference number.</source>
        <translation>GRN jest pusty: wprowadź 17-znakowy numer referencyjny zabezpieczenia.</translation>
    </message>
    <message>
        <source>Character {position} ('{character}') must be {meaning}.</source>
        <extracomment>{meaning} says what the position holds, e.g. "a letter (country code)"</extracomment>
        <translation>Znak {position} („{character}”) musi być {meaning}.</translation>
    </message>
    <message>
        <source>The check digit (character 17) is '{given}' but {expected} was expected for {body}: one of the first 16 characters or the check digit is mistyped.</source>
        <translation>Cyfra kontrolna (znak 17) to „{given}”, a dla {body} oczekiwano {expected}: jeden z pierwszych 16 znaków lub cyfra kontrolna zostały błędnie wpisane.</translation>
    </message>
    <message>
        <source>A voucher GRN (type 4) has {length} characters: the 17-character GRN plus a letter and six digits; this one has {found}.</source>
        <translation>GRN karnetu (rodzaj 4) ma {length} znaków: 17-znakowy GRN oraz litera i sześć cyfr; ten ma {found}.</translation>
    </message>
    <message>
        <source>A GRN has {length} characters; this one has {found}.</source>
        <translation>GRN ma {length} znaków; ten ma {found}.</translation>
    </message>
    <message>
        <source>A GRN has {length} characters ({voucher_length} for vouchers, type 4); this one has {found}.</source>
        <translation>GRN ma {length} znaków ({voucher_length} dla karnetów, rodzaj 4); ten ma {found}.</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(brak numeru referencyjnego)</translation>
    </message>
    <message>
        <source>{reference} · type {type} · check digit overridden</source>
        <translation>{reference} · rodzaj {type} · pominięto cyfrę kontrolną</translation>
    </message>
    <message>
        <source>{reference} · type {type}</source>
        <translation>{reference} · rodzaj {type}</translation>
    </message>
    <message>
        <source>'{text}' is not an amount: use digits with up to 2 decimals, e.g. 150000.00.</source>
        <translation>„{text}” nie jest kwotą: użyj cyfr z maksymalnie 2 miejscami po przecinku, np. 150000.00.</translation>
    </message>
    <message>
        <source>'{text}' is not an amount: write it out in digits, e.g. 150000.00.</source>
        <translation>„{text}” nie jest kwotą: zapisz ją cyframi, np. 150000.00.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no GRN (only types 0, 1, 2, 4 and 9 do): clear the GRN field.</source>
        <translation>Zabezpieczenie rodzaju {type} nie ma numeru GRN (mają go tylko rodzaje 0, 1, 2, 4 i 9): wyczyść pole GRN.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs a GRN: enter the 24-character voucher guarantee reference number.</source>
        <translation>Zabezpieczenie rodzaju {type} wymaga numeru GRN: wprowadź 24-znakowy numer referencyjny zabezpieczenia w formie karnetu.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs a GRN: enter the 17-character guarantee reference number.</source>
        <translation>Zabezpieczenie rodzaju {type} wymaga numeru GRN: wprowadź 17-znakowy numer referencyjny zabezpieczenia.</translation>
    </message>
    <message>
        <source>{problem} To keep it anyway (training data only), use the explicit check-digit override.</source>
        <translation>{problem} Aby mimo to go zachować (tylko dane szkoleniowe), użyj jawnego pominięcia cyfry kontrolnej.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs the other guarantee reference (EU condition C0130).</source>
        <translation>Zabezpieczenie rodzaju {type} wymaga innego odniesienia do zabezpieczenia (warunek UE C0130).</translation>
    </message>
    <message>
        <source>Guarantee type {type} takes no other guarantee reference (only types 3 and 8 do): clear the field.</source>
        <translation>Zabezpieczenie rodzaju {type} nie przyjmuje innego odniesienia do zabezpieczenia (tylko rodzaje 3 i 8): wyczyść pole.</translation>
    </message>
    <message>
        <source>The other guarantee reference has {length} characters; at most {most} are allowed.</source>
        <translation>Inne odniesienie do zabezpieczenia ma {length} znaków; dozwolone jest najwyżej {most}.</translation>
    </message>
    <message>
        <source>'{office}' is not a customs office reference number: 2 country letters and 6 letters or digits, e.g. CZ520101.</source>
        <translation>„{office}” nie jest numerem referencyjnym urzędu celnego: 2 litery kodu kraju i 6 liter lub cyfr, np. CZ520101.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero (or left empty).</source>
        <translation>Kwota musi być większa od zera (lub pozostać pusta).</translation>
    </message>
    <message>
        <source>The amount has at most {digits} digits before the decimal point.</source>
        <translation>Kwota może mieć najwyżej {digits} cyfr przed przecinkiem dziesiętnym.</translation>
    </message>
    <message>
        <source>The amount has at most 2 decimals.</source>
        <translation>Kwota może mieć najwyżej 2 miejsca po przecinku.</translation>
    </message>
    <message>
        <source>An amount needs its currency (ISO 4217, e.g. CZK, EUR, PLN).</source>
        <translation>Kwota wymaga podania waluty (ISO 4217, np. CZK, EUR, PLN).</translation>
    </message>
    <message>
        <source>'{currency}' is not an ISO 4217 currency code (three letters, e.g. EUR).</source>
        <translation>„{currency}” nie jest kodem waluty ISO 4217 (trzy litery, np. EUR).</translation>
    </message>
    <message>
        <source>Guarantee {id} does not exist or {login} does not represent its organisation.</source>
        <translation>Zabezpieczenie {id} nie istnieje lub {login} nie reprezentuje jego organizacji.</translation>
    </message>
    <message>
        <source>add guarantees to the organisation</source>
        <translation>dodawać zabezpieczenia do organizacji</translation>
    </message>
    <message>
        <source>change the guarantee</source>
        <translation>zmieniać zabezpieczenie</translation>
    </message>
    <message>
        <source>move the guarantee to that organisation</source>
        <translation>przenieść zabezpieczenie do tej organizacji</translation>
    </message>
    <message>
        <source>delete the guarantee</source>
        <translation>usuwać zabezpieczenie</translation>
    </message>
    <message>
        <source>record customs answers</source>
        <translation>rejestrować odpowiedzi urzędu celnego</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose the guarantee user from the organisation register.</source>
        <translation>Organizacja {id} nie istnieje: wybierz użytkownika zabezpieczenia z rejestru organizacji.</translation>
    </message>
    <message>
        <source>'{type}' is not a guarantee type (code list CL251: {codes}).</source>
        <translation>„{type}” nie jest rodzajem zabezpieczenia (lista kodów CL251: {codes}).</translation>
    </message>
    <message>
        <source>'{currency}' is not in the currency code list: choose one from the list.</source>
        <translation>Waluty „{currency}” nie ma na liście kodów walut: wybierz walutę z listy.</translation>
    </message>
    <message>
        <source>Communication parameter set {id} does not exist: choose one in Settings ▸ Communication parameters.</source>
        <translation>Zestaw parametrów komunikacji {id} nie istnieje: wybierz go w Ustawienia ▸ Parametry komunikacji.</translation>
    </message>
    <message>
        <source>Customs office {office} is not an office of guarantee (role GUA) valid today: pick the office of guarantee from the list (import the EU customs office list for all offices).</source>
        <translation>Urząd celny {office} nie jest urzędem gwarancyjnym (rola GUA) ważnym na dziś: wybierz urząd gwarancyjny z listy (aby mieć wszystkie urzędy, zaimportuj unijną listę urzędów celnych).</translation>
    </message>
    <message>
        <source>Customs office {office} is not in the customs office list: pick the office of guarantee from the list (import the EU customs office list for all offices).</source>
        <translation>Urzędu celnego {office} nie ma na liście urzędów celnych: wybierz urząd gwarancyjny z listy (aby mieć wszystkie urzędy, zaimportuj unijną listę urzędów celnych).</translation>
    </message>
    <message>
        <source>customs do not give the balance of a type {type} guarantee (EU rule R261)</source>
        <translation>organy celne nie podają salda zabezpieczenia rodzaju {type} (reguła UE R261)</translation>
    </message>
    <message>
        <source>a type {type} guarantee has no GRN to ask customs about</source>
        <translation>zabezpieczenie rodzaju {type} nie ma numeru GRN, o który można zapytać urząd celny</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Local time, e.g. 2026-11-02 08:30; or with the time zone, e.g. 2026-11-02T08:30+01:00</source>
        <translation>Czas lokalny, np. 2026-11-02 08:30; lub ze strefą czasową, np. 2026-11-02T08:30+01:00</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>RRRR-MM-DD GG:MM</translation>
    </message>
    <message>
        <source>Announced &amp;start:</source>
        <translation>Zapowiedziany &amp;początek:</translation>
    </message>
    <message>
        <source>&amp;Start of the failure:</source>
        <translation>&amp;Początek awarii:</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>jeszcze bez odpowiedzi</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nowy incydent</translation>
    </message>
    <message>
        <source>Confirm incident {number} (detected automatically)</source>
        <translation>Potwierdź incydent {number} (wykryty automatycznie)</translation>
    </message>
    <message>
        <source>Incident {number}</source>
        <translation>Incydent {number}</translation>
    </message>
    <message>
        <source>the gateway's address, when one gateway is concerned</source>
        <translation>adres bramki, jeśli dotyczy jednej bramki</translation>
    </message>
    <message>
        <source>the authorised consignee's EORI, e.g. DE1234567890123</source>
        <translation>EORI upoważnionego odbiorcy, np. DE1234567890123</translation>
    </message>
    <message>
        <source>the service desk's ticket number</source>
        <translation>numer zgłoszenia w centrum wsparcia</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Administracja:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Bramka:</translation>
    </message>
    <message>
        <source>&amp;EORI:</source>
        <translation>&amp;EORI:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>E&amp;xpected end:</source>
        <translation>Przewidywany &amp;koniec:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>Konie&amp;c:</translation>
    </message>
    <message>
        <source>Empty while it is going on</source>
        <translation>Puste, dopóki trwa</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>Przyczy&amp;na:</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>Jeśli jest znana</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>Zgłoszenie &amp;serwisowe:</translation>
    </message>
    <message>
        <source>Con&amp;firmed:</source>
        <translation>Po&amp;twierdzono:</translation>
    </message>
    <message>
        <source>The service desk's answer: customs may refuse to confirm a consignee who reports failures systematically</source>
        <translation>Odpowiedź centrum wsparcia: organy celne mogą odmówić potwierdzenia odbiorcy, który systematycznie zgłasza awarie</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>CustomsDesk opened this incident when the gateway stopped answering. Check it, complete it and confirm it: it becomes your record.</source>
        <translation>CustomsDesk otworzył ten incydent, gdy bramka przestała odpowiadać. Sprawdź go, uzupełnij i potwierdź: stanie się Twoim zapisem.</translation>
    </message>
    <message>
        <source>now</source>
        <comment>an empty moment means now</comment>
        <translation>teraz</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>CustomsDesk made these files and folders readable by their owner only (others could read them): {paths}</source>
        <translation>CustomsDesk ustawił te pliki i foldery jako czytelne tylko dla właściciela (wcześniej mogli je odczytać inni): {paths}</translation>
    </message>
    <message>
        <source>the personal key (and so the access codes) of {login}, who has no password yet</source>
        <translation>klucz osobisty (a więc i kody dostępu) użytkownika {login}, który nie ma jeszcze hasła</translation>
    </message>
    <message>
        <source>the personal key (and so the access codes) of {logins}, who have no password yet</source>
        <translation>klucze osobiste (a więc i kody dostępu) użytkowników {logins}, którzy nie mają jeszcze hasła</translation>
    </message>
    <message numerus="yes">
        <source>%n access code(s) stored before user accounts</source>
        <translation><numerusform>%n kod dostępu zapisany przed wprowadzeniem kont użytkowników</numerusform><numerusform>%n kody dostępu zapisane przed wprowadzeniem kont użytkowników</numerusform><numerusform>%n kodów dostępu zapisanych przed wprowadzeniem kont użytkowników</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the private key of %n participant certificate(s)</source>
        <translation><numerusform>klucz prywatny %n certyfikatu uczestnika</numerusform><numerusform>klucze prywatne %n certyfikatów uczestnika</numerusform><numerusform>klucze prywatne %n certyfikatów uczestnika</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing message(s)</source>
        <translation><numerusform>%n komunikat wychodzący</numerusform><numerusform>%n komunikaty wychodzące</numerusform><numerusform>%n komunikatów wychodzących</numerusform></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Unlock CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sign in to CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sign in as &amp;another user</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The window was locked. {user} can continue by typing the password; messages keep being sent and received meanwhile.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type your login name and password. Your access codes are sealed with your password.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CustomsDesk — nobody signed in</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Nobody is signed in: sign in to open the register.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No communication parameter set has a gateway: fill one in Settings ▸ Communication parameters to exchange messages with customs.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The database is not open yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>CustomsDesk cannot open its database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sign in to open the register.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>You still hold the primary access code of {grns}, although customs confirmed the registration: open the guarantee and delete it (Delete PAC).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>menu: the organisation register</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Main</source>
        <comment>name of the main toolbar</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Generate message</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs guarantees of {organisation} ({count})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>NCTS — all guarantees ({count})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee {reference}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>add organisations</source>
        <comment>completes: Only … may</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>import reference data</source>
        <comment>completes: Only … may</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>load the demo data</source>
        <comment>completes: Only … may</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select an organisation first: a guarantee belongs to its user</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>add guarantees to it</source>
        <comment>completes: To … you need</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select an organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select one organisation or guarantee</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>delete organisations</source>
        <comment>completes: Only … may</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>delete its guarantees</source>
        <comment>completes: To … you need</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select an organisation or guarantees</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sending and receiving already: wait until it has finished.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select a guarantee first (or several in the list)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select a guarantee first</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select one guarantee: its messages are shown</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>None of the %n selected guarantees can be sent. {reason}</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Organisation {name} added.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Organisation {name} saved.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee {reference} saved.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete {organisation}?</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Its %n guarantee(s) and their access codes will be deleted too:</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Organisation {name} deleted.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Delete %n guarantee(s) with their access codes?</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Delete guarantees</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) deleted.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Register read again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reference data imported.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Demo data loaded: {organisations}, {guarantees}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The demo data is already loaded.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Welcome to CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The register is empty.

Load demo data? It adds Czech, German and Polish organisations with guarantees of several types and training communication parameters, so you can try everything at once. You can delete them later.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Also start the customs simulator, so messages get answers on this computer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Starting the customs simulator, as when CustomsDesk was last used (Messages ▸ Customs simulator stops it).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The customs simulator answers on {address} (training environment).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not open yet</source>
        <comment>the database</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none (the data folder cannot be written)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{qt} (PySide6 {pyside}), Python {python} on {system} {release}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>access code registration</source>
        <comment>completes: The … cannot be sent</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Access code registration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee query: {kind}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{kind} query</source>
        <comment>completes: The … cannot be sent</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee query ({kind})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register the access codes with customs?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change the primary access code?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send the access code registration for GRN {grn} to customs?</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Send the access code registration for %n guarantees to customs?</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Customs replace every secondary code registered before for the guarantee with these: a code left out stops working, for colleagues too.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Once customs confirm, only the new primary access code works.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n of the selected guarantees cannot be registered and are left out:</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>&amp;Change PAC and register</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>button: register the access codes with customs</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The {what} cannot be sent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Some guarantees cannot be sent the {what}</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>{blocked} of the %n selected guarantees cannot be sent the {what}. Nothing has been queued yet.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the {what} for the other %n?</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send for %n</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} queued for {grns} and %n more; sending in the background.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>{what} queued for {grns}; sending in the background.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send and receive cancelled.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Send and receive stopped: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Registration confirmed for {grn}: ask {holder}, who holds the primary access code, to delete it from the record.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The primary access code of {grn} was deleted from the record.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete the primary access code?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Registration confirmed for GRN {grn}. Delete the primary access code from the record now? (Keeping it is like writing the PIN on the card.)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guarantees</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery receipt(s)</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <comment>messages</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied to the records</source>
        <comment>messages</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <comment>messages</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <comment>messages</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <comment>messages</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to be sent again later</source>
        <comment>messages</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>messages</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Send and receive: {results}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n message(s) still without an answer: see Messages ▸ Receipts and responses.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problem: {problem} (and %n more)</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1 secondary code</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n secondary codes</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>a new primary access code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the primary access code stays the same</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>GRN {grn}: {codes}; {pac}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>cannot be asked: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not asked yet</source>
        <comment>the balance</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Codes registered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>never (or the last registration failed)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Amount in use (exposure)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number of uses</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Owner according to customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reference amount</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee amount according to customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Last answer from customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(no description of this code is known)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Last error {code}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Usage of the guarantee ({period})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Usage of the guarantee</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs reported no transit operations.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Amount</source>
        <comment>column: amount of a transit operation</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Locked</source>
        <comment>column: whether the guarantee is locked for the operation</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Arrival</source>
        <comment>column: date and time of arrival</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Released</source>
        <comment>column: date and time of release</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not yet</source>
        <comment>not released yet</comment>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>… and %n more operations.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n operation(s)</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>administrator: all organisations</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(saved despite a failing check digit: training data)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>stored (held by {holder})</source>
        <comment>the primary access code</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not stored</source>
        <comment>the primary access code</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Guarantee user</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type</source>
        <comment>of the guarantee</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Other reference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs office</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Amount</source>
        <comment>of the guarantee</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Communication parameters</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none — messages cannot be sent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Your secondary codes</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n stored</source>
        <comment>secondary codes</comment>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>none stored for you</source>
        <comment>secondary codes</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Primary access code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A primary access code is stored (held by {holder}) — delete it after registration: keeping it is like writing the PIN on the card.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>User manual — CustomsDesk</source>
        <translation>Podręcznik użytkownika — CustomsDesk</translation>
    </message>
    <message>
        <source>Find in the manual (Enter: next)</source>
        <translation>Szukaj w podręczniku (Enter: następne)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Podręcznik</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Spis treści</translation>
    </message>
    <message>
        <source>Back to the top of the manual</source>
        <translation>Powrót na początek podręcznika</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Access code registration</source>
        <translation>Rejestracja kodów dostępu</translation>
    </message>
    <message>
        <source>Registration confirmation</source>
        <translation>Potwierdzenie rejestracji</translation>
    </message>
    <message>
        <source>Guarantee query</source>
        <translation>Zapytanie o zabezpieczenie</translation>
    </message>
    <message>
        <source>Query response</source>
        <translation>Odpowiedź na zapytanie</translation>
    </message>
    <message>
        <source>Guarantee not valid</source>
        <translation>Zabezpieczenie nieważne</translation>
    </message>
    <message>
        <source>Functional rejection</source>
        <translation>Odrzucenie funkcjonalne</translation>
    </message>
    <message>
        <source>XML rejection</source>
        <translation>Odrzucenie XML</translation>
    </message>
    <message>
        <source>Sent to customs</source>
        <translation>Wysłany do urzędu celnego</translation>
    </message>
    <message>
        <source>Received from customs</source>
        <translation>Odebrany z urzędu celnego</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nieczytelny)</translation>
    </message>
    <message>
        <source>{state} — no answer yet</source>
        <translation>{state} — jeszcze bez odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n kolejny</numerusform><numerusform>+%n kolejne</numerusform><numerusform>+%n kolejnych</numerusform></translation>
    </message>
    <message>
        <source>No answer since {sent}: customs have not answered for longer than expected. Check the gateway, or ask customs whether the message arrived.</source>
        <translation>Brak odpowiedzi od {sent}: urząd celny nie odpowiada dłużej, niż oczekiwano. Sprawdź bramkę lub zapytaj urząd celny, czy komunikat dotarł.</translation>
    </message>
    <message>
        <source>the message could not be opened or verified</source>
        <translation>nie można otworzyć ani zweryfikować komunikatu</translation>
    </message>
    <message>
        <source>Quarantined: {reason}. It was never applied to the records.</source>
        <translation>W kwarantannie: {reason}. Komunikat nigdy nie został uwzględniony w ewidencji.</translation>
    </message>
    <message>
        <source>this answer belongs to no message sent from here</source>
        <translation>ta odpowiedź nie dotyczy żadnego komunikatu wysłanego z tego stanowiska</translation>
    </message>
    <message>
        <source>Unmatched: {reason}. Check it by hand; the records were not changed by it.</source>
        <translation>Niedopasowany: {reason}. Sprawdź go ręcznie; nie zmienił on ewidencji.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: the state of a message in its processing (queued, sent, answered...)</extracomment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>(deleted organisation {number})</source>
        <translation>(usunięta organizacja {number})</translation>
    </message>
</context>
<context>
    <name>MessagesWindow</name>
    <message>
        <source>Apply the quarantined answer again, once its fault is put right (e.g. a certificate imported)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All directions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>→ Sent to customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>← Received from customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The first date in the list, shown as 'any date', means no limit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Receipts and responses — CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Print the preview of the selected message</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save the preview of the selected message as a PDF file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Read the messages again from the database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show every message again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Search: GRN, message id, error code, result text…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>GRN (whole number)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Type</source>
        <comment>filter: the type of message</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>filter: the earliest date</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>filter: the latest date</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Stat&amp;e</source>
        <comment>filter: the state of a message</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show the messages of every record</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>State</source>
        <comment>the state a message reached</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only messages for {reference}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only messages for guarantee {number}</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n message</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message matches the filters</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages match the filters</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n message(s) sent to customs have had no answer for more than {hours} hours (highlighted in orange). Check the gateway, or ask customs whether they arrived.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n received message(s) are quarantined or unmatched (highlighted): they were not applied to the records. Open one to see why.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(This message has no readable XML.)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>it has not been opened yet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;b&gt;This message cannot be shown:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>It was never applied to the records. The envelope as received is kept in the archive.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;b&gt;The preview cannot be made:&lt;/b&gt; {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>See the XML tab for the message as it is.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select a message first</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only a quarantined answer can be applied again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Message {number} is applied again at this send and receive.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Print message</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>PDF files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>The organisation register: principals and representatives</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All guarantees in use for NCTS</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>EORI/TIN {eori}, branch {branch}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Customs office of guarantee</source>
        <translation>Urząd gwarancyjny</translation>
    </message>
    <message>
        <source>Search by office code or name, e.g. CZ52 or Budějovice</source>
        <translation>Szukaj według kodu lub nazwy urzędu, np. CZ52 lub Budějovice</translation>
    </message>
    <message numerus="yes">
        <source>%n offices with role {role} valid today</source>
        <translation><numerusform>%n urząd z rolą {role} ważny na dziś</numerusform><numerusform>%n urzędy z rolą {role} ważne na dziś</numerusform><numerusform>%n urzędów z rolą {role} ważnych na dziś</numerusform></translation>
    </message>
    <message>
        <source>(first 200 shown; type more to narrow)</source>
        <translation>(pokazano pierwsze 200; wpisz więcej, aby zawęzić)</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>There is no participant certificate of this EORI to export: import it first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No participant code is set for this EORI and administration: fill it in the communication parameters.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No communication parameter set names a participant EORI yet. Fill in the participant EORI in Settings ▸ Communication parameters, and its onboarding checklist appears here.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Complete: every step is done or not needed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Why the step is not needed, or any remark</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save step {number}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export public certificate…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Copy mail subject</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Done:</source>
        <comment>date the step was done</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Last changed by {user} on {time}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save the public certificate (no private key) to upload it to customs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Copy “{subject}” to the clipboard</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export the public certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Certificate, PEM</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Certificate, DER</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Exported to {file}: upload this file, it holds no private key.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Mail subject copied.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Read only. {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No organisation you represent has this EORI</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{organisations} — work through the steps in order; each step is saved on its own.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>e.g. CZ25596641</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Principal (holder of the transit procedure)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Representative (customs agency)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;EORI / TIN:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Country prefix and up to 15 letters or digits</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ISO 3166 two-letter code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>change the organisation</source>
        <comment>a refused action: 'Only … may …'</comment>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>The name is required: enter the company's registered name.</source>
        <translation>Nazwa jest wymagana: wpisz zarejestrowaną nazwę firmy.</translation>
    </message>
    <message>
        <source>The name has {length} characters; customs accept at most {most}.</source>
        <translation>Nazwa ma {length} znaków; urząd celny akceptuje najwyżej {most}.</translation>
    </message>
    <message>
        <source>The country must be an ISO 3166 two-letter code, e.g. CZ, DE or PL.</source>
        <translation>Kraj musi być podany jako dwuliterowy kod ISO 3166, np. CZ, DE lub PL.</translation>
    </message>
    <message>
        <source>The branch number has exactly 4 digits (0000 for the head office).</source>
        <translation>Numer oddziału ma dokładnie 4 cyfry (0000 dla siedziby głównej).</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address (name@example.com).</source>
        <translation>„{email}” nie jest adresem e-mail (nazwa@example.com).</translation>
    </message>
    <message>
        <source>The EORI/TIN is required: the 2-letter country prefix and up to 15 letters or digits, e.g. CZ25596641.</source>
        <translation>EORI/TIN jest wymagany: 2-literowy prefiks kraju i maksymalnie 15 liter lub cyfr, np. CZ25596641.</translation>
    </message>
    <message>
        <source>The EORI/TIN has {length} characters; at most 17 are allowed (2-letter country prefix + up to 15).</source>
        <translation>EORI/TIN ma {length} znaków; dozwolonych jest najwyżej 17 (2-literowy prefiks kraju + maksymalnie 15).</translation>
    </message>
    <message>
        <source>The EORI/TIN must start with the 2-letter country prefix (e.g. CZ, DE, PL); '{prefix}' is not one.</source>
        <translation>EORI/TIN musi zaczynać się od 2-literowego prefiksu kraju (np. CZ, DE, PL); „{prefix}” nim nie jest.</translation>
    </message>
    <message>
        <source>After the country prefix the EORI/TIN may hold only letters A–Z and digits (1 to 15 of them).</source>
        <translation>Po prefiksie kraju EORI/TIN może zawierać tylko litery A–Z i cyfry (od 1 do 15 znaków).</translation>
    </message>
    <message>
        <source>list every organisation</source>
        <translation>wyświetlać wszystkie organizacje</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist or {login} does not represent it.</source>
        <translation>Organizacja {id} nie istnieje lub {login} jej nie reprezentuje.</translation>
    </message>
    <message>
        <source>add organisations</source>
        <translation>dodawać organizacje</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <translation>zmieniać organizację</translation>
    </message>
    <message>
        <source>type {type}: {reference}</source>
        <translation>rodzaj {type}: {reference}</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(brak numeru referencyjnego)</translation>
    </message>
    <message>
        <source>delete organisations</source>
        <translation>usuwać organizacje</translation>
    </message>
</context>
<context>
    <name>QueryPeriod</name>
    <message>
        <source>Customs list every operation of the period only when it is at most 31 days long. A longer period returns only the operations not yet released.</source>
        <translation>Organy celne wyświetlają wszystkie operacje z okresu tylko wtedy, gdy trwa on najwyżej 31 dni. Dłuższy okres zwraca tylko operacje jeszcze niezwolnione.</translation>
    </message>
    <message>
        <source>Guarantee query: usage</source>
        <translation>Zapytanie o zabezpieczenie: wykorzystanie</translation>
    </message>
    <message>
        <source>Ask customs which transit operations used the guarantee in this period.</source>
        <translation>Zapytaj urząd celny, które operacje tranzytowe wykorzystywały zabezpieczenie w tym okresie.</translation>
    </message>
    <message numerus="yes">
        <source>Ask customs which transit operations used the %n guarantees in this period.</source>
        <translation><numerusform>Zapytaj urząd celny, które operacje tranzytowe wykorzystywały %n zabezpieczenie w tym okresie.</numerusform><numerusform>Zapytaj urząd celny, które operacje tranzytowe wykorzystywały %n zabezpieczenia w tym okresie.</numerusform><numerusform>Zapytaj urząd celny, które operacje tranzytowe wykorzystywały %n zabezpieczeń w tym okresie.</numerusform></translation>
    </message>
    <message>
        <source>&amp;No period: only the operations not yet released</source>
        <translation>&amp;Bez okresu: tylko operacje jeszcze niezwolnione</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>start of the period</comment>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>end of the period</comment>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>&amp;Queue query</source>
        <translation>Dodaj zapytanie do &amp;kolejki</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}): swap the dates.</source>
        <translation>Okres zaczyna się ({start}) po swoim końcu ({end}): zamień daty.</translation>
    </message>
</context>
<context>
    <name>RepresentationEditor</name>
    <message>
        <source>Through an agency, the rights that count are the lesser of the two links.</source>
        <translation>W przypadku agencji obowiązują mniejsze uprawnienia spośród obu powiązań.</translation>
    </message>
    <message>
        <source>owner (statutory body)</source>
        <translation>właściciel (organ statutowy)</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <source>proxy (power of attorney)</source>
        <translation>pełnomocnik (pełnomocnictwo)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>pełnomocnik</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>podstawowe</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>rozszerzone</translation>
    </message>
    <message>
        <source>{user} — deactivated</source>
        <translation>{user} — dezaktywowany</translation>
    </message>
    <message>
        <source>Edit representation</source>
        <translation>Edytuj przedstawicielstwo</translation>
    </message>
    <message>
        <source>New representation</source>
        <translation>Nowe przedstawicielstwo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>e.g. employment contract, power of attorney PA-2025/017</source>
        <translation>np. umowa o pracę, pełnomocnictwo PA-2025/017</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>bezterminowo</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganizacja:</translation>
    </message>
    <message>
        <source>Represented by:</source>
        <translation>Reprezentowana przez:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Podstawa:</translation>
    </message>
    <message>
        <source>The contract or power of attorney; required for a proxy.</source>
        <translation>Umowa lub pełnomocnictwo; wymagane w przypadku pełnomocnika.</translation>
    </message>
    <message>
        <source>&amp;Rights:</source>
        <translation>&amp;Uprawnienia:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Ważne &amp;od:</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Ważne &amp;do:</translation>
    </message>
    <message>
        <source>The last day in force.</source>
        <translation>Ostatni dzień obowiązywania.</translation>
    </message>
    <message>
        <source>a &amp;person (user)</source>
        <translation>o&amp;soba (użytkownik)</translation>
    </message>
    <message>
        <source>an &amp;agency (organisation)</source>
        <translation>&amp;agencja (organizacja)</translation>
    </message>
    <message>
        <source>End representation</source>
        <translation>Zakończ przedstawicielstwo</translation>
    </message>
    <message>
        <source>&amp;Last day in force:</source>
        <translation>&amp;Ostatni dzień obowiązywania:</translation>
    </message>
    <message>
        <source>It stays in force until the end of that day; choose {yesterday} (yesterday) to end it at once.</source>
        <translation>Pozostaje w mocy do końca tego dnia; aby zakończyć je od razu, wybierz {yesterday} (wczoraj).</translation>
    </message>
    <message>
        <source>End the representation of &lt;b&gt;{organisation}&lt;/b&gt; by &lt;b&gt;{representative}&lt;/b&gt; ({kind}, {rights} rights, since {since}).</source>
        <translation>Zakończ przedstawicielstwo: &lt;b&gt;{representative}&lt;/b&gt; reprezentuje &lt;b&gt;{organisation}&lt;/b&gt; ({kind}, uprawnienia {rights}, od {since}).</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>this installation's key</source>
        <extracomment>completes "A stored secret cannot be unlocked with …"</extracomment>
        <translation>klucza tej instalacji</translation>
    </message>
    <message>
        <source>A stored secret cannot be unlocked with {key} (the key was replaced or the record was copied from elsewhere). Enter the code again.</source>
        <extracomment>{key}: whose key it is, e.g. "this installation's key" or "the key of jan"</extracomment>
        <translation>Nie można odblokować zapisanego sekretu przy użyciu {key} (klucz został zastąpiony lub rekord skopiowano z innego miejsca). Wprowadź kod ponownie.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, and the database beside it holds secrets locked with that key: {sealed}. A new key would not open them, so none is made. Restore {name} from this computer's backup into {folder} (CustomsDesk's own database backups, *.backup.sqlite, do not hold the key) and start CustomsDesk again; nothing was changed.</source>
        <extracomment>{sealed}: what is locked with the key, e.g. "3 outgoing message(s); 1 access code(s) stored before …"</extracomment>
        <translation>Brak pliku klucza {path}, a baza danych obok niego zawiera sekrety zablokowane tym kluczem: {sealed}. Nowy klucz by ich nie otworzył, więc nie zostanie utworzony. Przywróć {name} z kopii zapasowej tego komputera do folderu {folder} (własne kopie zapasowe bazy danych CustomsDesk, *.backup.sqlite, nie zawierają klucza) i uruchom CustomsDesk ponownie; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: CustomsDesk cannot write its key file {path}. Free some space on that disk and try again; nothing was changed.</source>
        <translation>Dysk, na którym znajduje się {folder}, jest pełny: CustomsDesk nie może zapisać pliku klucza {path}. Zwolnij miejsce na tym dysku i spróbuj ponownie; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written ({reason}). Give your user permission to write to {folder} and try again; nothing was changed.</source>
        <translation>Nie można zapisać pliku klucza {path} ({reason}). Nadaj swojemu użytkownikowi uprawnienia do zapisu w {folder} i spróbuj ponownie; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Without a copy, what it locks cannot be read again: {sealed}.</source>
        <translation>Bez kopii nie będzie można ponownie odczytać tego, co jest nim zablokowane: {sealed}.</translation>
    </message>
    <message>
        <source>Nothing in the database is locked with it yet: if you have no copy, move it aside and a new key is made.</source>
        <translation>Nic w bazie danych nie jest jeszcze nim zablokowane: jeśli nie masz kopii, przenieś go w inne miejsce, a zostanie utworzony nowy klucz.</translation>
    </message>
    <message>
        <source>{path} is a folder, not CustomsDesk's key file. Move the folder out of {folder} and restore {name} from this computer's backup. {without_it} Nothing was changed.</source>
        <extracomment>{without_it}: a sentence on what the key locks</extracomment>
        <translation>{path} jest folderem, a nie plikiem klucza CustomsDesk. Przenieś ten folder poza {folder} i przywróć {name} z kopii zapasowej tego komputera. {without_it} Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}). It must belong to the user who runs CustomsDesk and be readable by that user only: give it to that user (chown) and run chmod 600 {path}. Nothing was changed.</source>
        <translation>Nie można odczytać pliku klucza {path} ({reason}). Musi on należeć do użytkownika, który uruchamia CustomsDesk, i być czytelny tylko dla niego: przekaż go temu użytkownikowi (chown) i uruchom chmod 600 {path}. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({size} bytes instead of {expected}). Restore it from this computer's backup. {without_it} Nothing was changed.</source>
        <extracomment>{without_it}: a sentence on what the key locks</extracomment>
        <translation>Plik klucza {path} jest uszkodzony ({size} bajtów zamiast {expected}). Przywróć go z kopii zapasowej tego komputera. {without_it} Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Where the files come from: the EU reference data of NCTS phase 5 — the code lists (RD_NCTS-P5-….json.gz) and the customs office list (COL-Generic-….json.gz) — are published by the European Commission (DG TAXUD) in its Central Services / Reference Data system, CS/RD2. Your customs administration or its NCTS helpdesk tells you how to obtain the current files. Save them, then choose them all at once with Import reference data…; importing again later replaces what they contain.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No NCTS permit number: guarantee messages cannot be sent with this set</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;New</source>
        <comment>a new parameter set</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>https://gateway.example/ncts or a mailbox folder</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Participant &amp;EORI:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Participant &amp;code:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>NCTS &amp;permit number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Permit number for electronic communication; no guarantee message can be sent without it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Save parameter set</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import, check and renew certificates in Settings ▸ Certificates</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Certificates of this set</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Participant certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs encryption certificate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete the parameter set “{name}”?</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) use it; they will have no communication parameters until you choose others.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Delete parameter set</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Import reference data…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Choose message &amp;schema folder…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Use built-in schemas &amp;only</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Customs offices known: {count}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Last imports:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{file} (snapshot {snapshot}), imported {imported}: {lists} code lists, {offices} offices</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No EU reference data imported yet: the built-in default is in use (guarantee types, error codes, currencies and a few offices of guarantee).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Messages are checked against the built-in schemas and the official ones in {folder}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Messages are checked against the built-in schemas. Choose the folder of the published NCTS XSD files (cc034c.xsd, cc037c.xsd, ...) to check against them as well.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Folder of the published message schemas</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The schema folder was not changed: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Found: {schemas}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import reference data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>EU reference data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Imported {lists} code lists and {offices} customs offices.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>System follows the desktop's own style and colours. Light and Dark draw every CustomsDesk window in Qt's Fusion style with light or dark colours, whatever the desktop uses; the change applies at once and is kept for your account on this computer.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>System ({language})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The language of the windows, of the messages and of dates and amounts. It is kept for your account on this computer and applies when CustomsDesk starts again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saved: CustomsDesk speaks {language} when it starts again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;NCTS — communication parameters</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <source>Jan</source>
        <extracomment>short names of the months, under the bars of a chart: Jan, Feb, Mar...</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Share of movements handled on paper per month</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{month}: {paper} on paper, {electronic} electronic</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{month}: {paper} on paper, {electronic} electronic — {share} % on paper</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none</source>
        <comment>a month without movements</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>share on paper</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>grew above the threshold</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>warning threshold {percent} %</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ShortcutNotice</name>
    <message>
        <source>it is not available now</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{command} is not possible now: {reason}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SimulatorControl</name>
    <message>
        <source>The customs simulator stopped: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The customs simulator stopped.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is a folder, not a database file. Choose another data folder with --data-dir.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Check the file's permissions.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The database {path} is read-only. CustomsDesk needs to write to it: give your user write permission to the file and its folder, or copy it to a writable folder and use --data-dir.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a data folder with --data-dir.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}). Choose another one with --data-dir.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The database {path} was written by a newer version of CustomsDesk (it has schema changes this version does not know: {changes}). Install the newer version; the file was not changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}); it was left as it was and a copy is in {backup}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}); it was left as it was.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Before updating the database {path}, CustomsDesk could not copy it to {backup} ({reason}), so it did not update it; nothing was changed. Check the folder and try again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The disk holding {folder} is full: CustomsDesk cannot work with its database {path} without some free space. Free some space on that disk and try again; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The database {path} is read-only. Give your user write permission or use --data-dir.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The disk holding {folder} reported an error while CustomsDesk read its database {path} ({reason}). Check the disk (and its connection, for a network or removable drive) and try again; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The database {path} cannot be opened ({reason}). Check that your user may read and write the folder {folder}; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The database {path} is in use by another program (it is locked). Close the other CustomsDesk window or program using it and try again; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The file {path} is not a readable CustomsDesk database (it is damaged or not a database). It was not changed. Restore it from a backup, or move it aside to start with a new one.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SumaEditor</name>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identyfikacja</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Przedstawienie</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Przedstawiciel</translation>
    </message>
    <message>
        <source>Manifest id</source>
        <translation>Identyfikator manifestu</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Osoba przedstawiająca</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informacje dodatkowe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>confirmation flag: no flag</extracomment>
        <translation>brak</translation>
    </message>
    <message>
        <source>1 — confirm, changing them</source>
        <translation>1 — potwierdź ze zmianami</translation>
    </message>
    <message>
        <source>2 — confirm as they are</source>
        <translation>2 — potwierdź bez zmian</translation>
    </message>
    <message>
        <source>3 — create and confirm all</source>
        <translation>3 — utwórz i potwierdź wszystkie</translation>
    </message>
    <message>
        <source>The declaration is final: customs take no more messages about it.</source>
        <translation>Deklaracja jest ostateczna: organy celne nie przyjmują już dotyczących jej komunikatów.</translation>
    </message>
    <message>
        <source>Check the message against the rules of the field description</source>
        <translation>Sprawdź komunikat pod kątem reguł z opisu pól</translation>
    </message>
    <message>
        <source>Check, then build, sign and queue the message for customs</source>
        <translation>Sprawdź, a następnie utwórz, podpisz i dodaj komunikat do kolejki do urzędu celnego</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: each replaces the position of its number or is added</source>
        <translation>Wklej wiersze skopiowane z arkusza kalkulacyjnego: każdy zastępuje pozycję o swoim numerze lub zostaje dodany</translation>
    </message>
    <message>
        <source>{kind} with flag {flag}</source>
        <translation>{kind} ze znacznikiem {flag}</translation>
    </message>
    <message>
        <source>Kind of declaration</source>
        <translation>Rodzaj deklaracji</translation>
    </message>
    <message>
        <source>Registration number (MRN)</source>
        <translation>Numer ewidencyjny (MRN)</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: how a date is typed</comment>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>{field}: required</source>
        <translation>{field}: pole wymagane</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Zablokowane: {reason}</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Nagłówek</translation>
    </message>
    <message>
        <source>&amp;Positions</source>
        <translation>&amp;Pozycje</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>Reference, description, place of custody, custodian or position number</source>
        <translation>Numer referencyjny, opis, miejsce składowania, przechowujący lub numer pozycji</translation>
    </message>
    <message>
        <source>Ctrl+V in the grid pastes rows copied from a spreadsheet (a first row of column names maps them to fields) · Ctrl+End: last position</source>
        <translation>Ctrl+V w siatce wkleja wiersze skopiowane z arkusza kalkulacyjnego (pierwszy wiersz z nazwami kolumn przypisuje je do pól) · Ctrl+End: ostatnia pozycja</translation>
    </message>
    <message>
        <source>Pro&amp;blems: none checked yet — Check (F7) lists every rule the message would break.</source>
        <translation>Pro&amp;blemy: jeszcze nie sprawdzono — Sprawdź (F7) wyświetla każdą regułę, którą komunikat by naruszył.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <comment>verb: check the message</comment>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read the declaration again</source>
        <translation>Wczytaj deklarację ponownie</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close the declaration (Esc)</source>
        <translation>Zamknij deklarację (Esc)</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Wklej wiersze</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Kopiuj wiersze</translation>
    </message>
    <message>
        <source>Copy the selected positions with a header row</source>
        <translation>Kopiuj wybrane pozycje z wierszem nagłówka</translation>
    </message>
    <message>
        <source>&amp;Find position</source>
        <translation>&amp;Znajdź pozycję</translation>
    </message>
    <message>
        <source>Search the positions</source>
        <translation>Przeszukaj pozycje</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blemy</translation>
    </message>
    <message>
        <source>&amp;Declaration</source>
        <translation>&amp;Deklaracja</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>toolbar: the message sent to customs</comment>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Kind of declaration (Art der Anmeldung): only those allowed in the current status</source>
        <translation>Rodzaj deklaracji (Art der Anmeldung): tylko rodzaje dozwolone w bieżącym statusie</translation>
    </message>
    <message>
        <source>Confirmation flag: only those allowed for the kind in the current status</source>
        <translation>Znacznik potwierdzenia: tylko znaczniki dozwolone dla danego rodzaju w bieżącym statusie</translation>
    </message>
    <message>
        <source>&amp;Only the selected positions</source>
        <translation>&amp;Tylko zaznaczone pozycje</translation>
    </message>
    <message>
        <source>Send or confirm only the positions selected in the grid (otherwise: every changed one, or every unconfirmed one for a confirmation)</source>
        <translation>Wyślij lub potwierdź tylko pozycje zaznaczone w siatce (w przeciwnym razie: każdą zmienioną lub, przy potwierdzeniu, każdą niepotwierdzoną)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <comment>the kind of declaration</comment>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <comment>the confirmation flag</comment>
        <translation>&amp;Znacznik</translation>
    </message>
    <message>
        <source>Summary declaration {number} no longer exists.</source>
        <translation>Deklaracja skrócona {number} już nie istnieje.</translation>
    </message>
    <message>
        <source>Summary declaration {reference} ({status}) — CustomsDesk</source>
        <translation>Deklaracja skrócona {reference} ({status}) — CustomsDesk</translation>
    </message>
    <message>
        <source>status &lt;b&gt;{status}&lt;/b&gt; ({code})</source>
        <translation>status &lt;b&gt;{status}&lt;/b&gt; ({code})</translation>
    </message>
    <message>
        <source>status &lt;b&gt;{status}&lt;/b&gt; (not sent yet)</source>
        <translation>status &lt;b&gt;{status}&lt;/b&gt; (jeszcze niewysłana)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Declaration {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deklaracja {number}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{confirmed} of %n positions confirmed</source>
        <translation><numerusform>potwierdzono {confirmed} z %n pozycji</numerusform><numerusform>potwierdzono {confirmed} z %n pozycji</numerusform><numerusform>potwierdzono {confirmed} z %n pozycji</numerusform></translation>
    </message>
    <message>
        <source>last error {code}: {text}</source>
        <translation>ostatni błąd {code}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n position matches the search</source>
        <translation><numerusform>%n pozycja pasuje do wyszukiwania</numerusform><numerusform>%n pozycje pasują do wyszukiwania</numerusform><numerusform>%n pozycji pasuje do wyszukiwania</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n positions match the search</source>
        <translation><numerusform>%n pozycja pasuje do wyszukiwania</numerusform><numerusform>%n pozycje pasują do wyszukiwania</numerusform><numerusform>%n pozycji pasuje do wyszukiwania</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n position</source>
        <translation><numerusform>%n pozycja</numerusform><numerusform>%n pozycje</numerusform><numerusform>%n pozycji</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n positions</source>
        <translation><numerusform>%n pozycja</numerusform><numerusform>%n pozycje</numerusform><numerusform>%n pozycji</numerusform></translation>
    </message>
    <message>
        <source>Sending: wait until the message is queued.</source>
        <translation>Wysyłanie: poczekaj, aż komunikat trafi do kolejki.</translation>
    </message>
    <message>
        <source>{field} saved.</source>
        <translation>Zapisano: {field}.</translation>
    </message>
    <message numerus="yes">
        <source>The change was not stored: %n problem(s)</source>
        <translation><numerusform>Zmiana nie została zapisana: %n problem</numerusform><numerusform>Zmiana nie została zapisana: %n problemy</numerusform><numerusform>Zmiana nie została zapisana: %n problemów</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) copied with a header row.</source>
        <translation><numerusform>Skopiowano %n pozycję z wierszem nagłówka.</numerusform><numerusform>Skopiowano %n pozycje z wierszem nagłówka.</numerusform><numerusform>Skopiowano %n pozycji z wierszem nagłówka.</numerusform></translation>
    </message>
    <message>
        <source>Nothing to paste: copy rows from a spreadsheet, with a first row of column names.</source>
        <translation>Nie ma nic do wklejenia: skopiuj wiersze z arkusza kalkulacyjnego, z pierwszym wierszem zawierającym nazwy kolumn.</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>Nic nie wklejono</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored, {left_out} left out with {problems} problem(s) — put them right and paste those rows again</source>
        <translation><numerusform>Wklejono %n wiersz: zapisano {stored}, pominięto {left_out} (problemy: {problems}) — popraw je i wklej te wiersze ponownie</numerusform><numerusform>Wklejono %n wiersze: zapisano {stored}, pominięto {left_out} (problemy: {problems}) — popraw je i wklej te wiersze ponownie</numerusform><numerusform>Wklejono %n wierszy: zapisano {stored}, pominięto {left_out} (problemy: {problems}) — popraw je i wklej te wiersze ponownie</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored</source>
        <translation><numerusform>Wklejono %n wiersz: zapisano {stored}</numerusform><numerusform>Wklejono %n wiersze: zapisano {stored}</numerusform><numerusform>Wklejono %n wierszy: zapisano {stored}</numerusform></translation>
    </message>
    <message>
        <source>Nothing can be sent</source>
        <translation>Nie można nic wysłać</translation>
    </message>
    <message numerus="yes">
        <source>{message} cannot be sent: %n problem(s)</source>
        <translation><numerusform>Nie można wysłać {message}: %n problem</numerusform><numerusform>Nie można wysłać {message}: %n problemy</numerusform><numerusform>Nie można wysłać {message}: %n problemów</numerusform></translation>
    </message>
    <message>
        <source>{message} cannot be sent</source>
        <translation>Nie można wysłać {message}</translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s), confirming {confirmed}; status afterwards: {status}.</source>
        <translation><numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycję, potwierdza {confirmed}; status po wysłaniu: {status}.</numerusform><numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycje, potwierdza {confirmed}; status po wysłaniu: {status}.</numerusform><numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycji, potwierdza {confirmed}; status po wysłaniu: {status}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s); status afterwards: {status}.</source>
        <translation><numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycję; status po wysłaniu: {status}.</numerusform><numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycje; status po wysłaniu: {status}.</numerusform><numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycji; status po wysłaniu: {status}.</numerusform></translation>
    </message>
    <message>
        <source>Building, signing and queueing {message}…</source>
        <translation>Tworzenie, podpisywanie i dodawanie do kolejki: {message}…</translation>
    </message>
    <message numerus="yes">
        <source>{message} was not sent: %n problem(s)</source>
        <translation><numerusform>Nie wysłano {message}: %n problem</numerusform><numerusform>Nie wysłano {message}: %n problemy</numerusform><numerusform>Nie wysłano {message}: %n problemów</numerusform></translation>
    </message>
    <message>
        <source>Sending cancelled: nothing was queued.</source>
        <translation>Wysyłanie anulowane: nic nie dodano do kolejki.</translation>
    </message>
    <message>
        <source>{message} was not sent</source>
        <translation>Nie wysłano {message}</translation>
    </message>
    <message>
        <source>{message} queued as message {number}: it goes to customs at the next send and receive.</source>
        <translation>{message} dodano do kolejki jako komunikat {number}: trafi do urzędu celnego przy następnym „Wyślij i odbierz”.</translation>
    </message>
    <message>
        <source>{message} queued as message {number}.</source>
        <translation>{message} dodano do kolejki jako komunikat {number}.</translation>
    </message>
    <message>
        <source>Pro&amp;blems: {title}</source>
        <translation>Pro&amp;blemy: {title}</translation>
    </message>
    <message>
        <source>Position {number} is not in the declaration (a pasted row left out is not stored).</source>
        <translation>Pozycji {number} nie ma w deklaracji (pominięty wklejony wiersz nie jest zapisywany).</translation>
    </message>
</context>
<context>
    <name>SumaModel</name>
    <message>
        <source>{message} ({code} {code_name}, rule {rule})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Position {number} is confirmed by customs: it can no longer change (rules 3, 5 and 7 of the field description).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Transport number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Office</source>
        <extracomment>column header: the customs office of presentation</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Confirmed / positions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Status of processing at customs: {status}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ref. kind</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>column header, short: the custodian's branch number (a branch of a company)</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Pack. kind</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cust. status</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Pos.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Positionsnummer (number): the position's own number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Confirmed by customs (Bestätigung der Gestellung)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The last error customs gave for the position</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The position number identifies the position: paste a row to add a position.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The declaration is final: customs accept no more changes.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The declaration is final.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The column “{column}” names no field of a position: it was left out.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Two columns name {field}: the second was left out.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Row {row} has more cells than the grid has columns to the right: the extra ones were left out.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SumaWindow</name>
    <message>
        <source>No summary declaration yet: New (Ctrl+N) starts an empty one, Import (Ctrl+I) reads one from a JSON file (as the headless command suma-import does).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Summary declarations (ATLAS) — CustomsDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Start an empty summary declaration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Import JSON file…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Read a summary declaration from a JSON file (as suma-import does)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the selected declaration</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Open the selected declaration (Enter, or a double click)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Read the declarations again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close the list (Esc); open declarations stay open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Declaration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Summary declarations</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n declaration</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Select a declaration first</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New summary declaration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import a summary declaration</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>JSON files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{file} is not a JSON file that can be read: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{file} was not imported</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be read; nothing was stored.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} imported: %n position(s).</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>position {number}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Sending and receiving messages…</source>
        <translation>Wysyłanie i odbieranie komunikatów…</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>EORI / TIN</source>
        <translation>EORI / TIN</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>GRN / reference</source>
        <translation>GRN / numer referencyjny</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Urząd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Codes registered</source>
        <translation>Rejestracja kodów</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Saved despite a failing check digit (training data)</source>
        <translation>Zapisano mimo błędnej cyfry kontrolnej (dane szkoleniowe)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System (as the desktop)</source>
        <translation>Systemowy (jak pulpit)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>{subject} expired on {date}: import the renewed certificate.</source>
        <translation>Certyfikat {subject} wygasł {date}: zaimportuj odnowiony certyfikat.</translation>
    </message>
    <message>
        <source>{subject} is a test certificate and cannot be used in {environment}: import the qualified seal certificate issued for this EORI.</source>
        <translation>{subject} jest certyfikatem testowym i nie może być używany w środowisku {environment}: zaimportuj kwalifikowany certyfikat pieczęci elektronicznej wydany dla tego numeru EORI.</translation>
    </message>
    <message>
        <source>EORI {eori} sends to customs with the parameter set {names}, and this certificate is not fit for that: {problems}. Import the qualified seal certificate issued for {eori}.</source>
        <extracomment>{problems}: why the certificate is not fit, e.g. "it is not an EU qualified certificate (…)"</extracomment>
        <translation>EORI {eori} wysyła komunikaty do urzędu celnego z zestawem parametrów {names}, a ten certyfikat się do tego nie nadaje: {problems}. Zaimportuj kwalifikowany certyfikat pieczęci elektronicznej wydany dla {eori}.</translation>
    </message>
    <message>
        <source>manage certificates</source>
        <translation>zarządzać certyfikatami</translation>
    </message>
    <message>
        <source>manage certificates of {eori}</source>
        <translation>zarządzać certyfikatami EORI {eori}</translation>
    </message>
    <message>
        <source>Certificate {id} does not exist.</source>
        <translation>Certyfikat {id} nie istnieje.</translation>
    </message>
    <message>
        <source>There is no participant certificate for EORI {eori}, so messages cannot be signed: load the demo data, or import the participant certificate in {place}.</source>
        <translation>Brak certyfikatu uczestnika dla EORI {eori}, więc nie można podpisywać komunikatów: wczytaj dane demonstracyjne albo zaimportuj certyfikat uczestnika w {place}.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} has no private key: import it again with its key (PKCS#12/PFX file) in {place}.</source>
        <translation>Certyfikat uczestnika {subject} dla EORI {eori} nie ma klucza prywatnego: zaimportuj go ponownie wraz z kluczem (plik PKCS#12/PFX) w {place}.</translation>
    </message>
    <message>
        <source>it was imported as a test certificate</source>
        <translation>został zaimportowany jako certyfikat testowy</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} is a test certificate, not fit for {channel}: {why}. Import the qualified seal certificate issued for the EORI in {place}.</source>
        <extracomment>{channel}: administration and environment, e.g. "CZ NCTS production"; {why}: the reasons</extracomment>
        <translation>Certyfikat uczestnika {subject} dla EORI {eori} jest certyfikatem testowym i nie nadaje się dla {channel}: {why}. Zaimportuj kwalifikowany certyfikat pieczęci elektronicznej wydany dla tego EORI w {place}.</translation>
    </message>
    <message>
        <source>There is no customs encryption certificate for {channel}, so messages cannot be encrypted: load the demo data, or import the customs certificate in {place}.</source>
        <translation>Brak certyfikatu szyfrującego administracji celnej dla {channel}, więc nie można szyfrować komunikatów: wczytaj dane demonstracyjne albo zaimportuj certyfikat administracji celnej w {place}.</translation>
    </message>
    <message>
        <source>No customs encryption certificate of {channel} is valid on {moment} UTC (the latest, {subject}, is valid only from {start} UTC): import the current customs certificate in {place}.</source>
        <translation>Żaden certyfikat szyfrujący administracji celnej dla {channel} nie jest ważny w chwili {moment} UTC (najnowszy, {subject}, jest ważny dopiero od {start} UTC): zaimportuj aktualny certyfikat administracji celnej w {place}.</translation>
    </message>
    <message>
        <source>No customs encryption certificate of {channel} is valid on {moment} UTC (the latest, {subject}, expired on {end}): import the current customs certificate in {place}.</source>
        <translation>Żaden certyfikat szyfrujący administracji celnej dla {channel} nie jest ważny w chwili {moment} UTC (najnowszy, {subject}, wygasł {end}): zaimportuj aktualny certyfikat administracji celnej w {place}.</translation>
    </message>
    <message>
        <source>the customs certificate of {channel}</source>
        <extracomment>completes "… signed by {subject}, which is not …"</extracomment>
        <translation>certyfikat administracji celnej dla {channel}</translation>
    </message>
    <message>
        <source>The private key of the certificate {subject} cannot be unlocked with this installation's key (secrets.key was replaced or the record was copied): import the certificate with its key again in {place}.</source>
        <translation>Nie można odblokować klucza prywatnego certyfikatu {subject} kluczem tej instalacji (plik secrets.key został zastąpiony lub rekord skopiowano): zaimportuj ponownie certyfikat wraz z kluczem w {place}.</translation>
    </message>
    <message>
        <source>The certificate role must be one of {roles}.</source>
        <translation>Rola certyfikatu musi być jedną z: {roles}.</translation>
    </message>
    <message>
        <source>Administration must be one of {codes}.</source>
        <translation>Administracja musi być jedną z: {codes}.</translation>
    </message>
    <message>
        <source>Environment must be one of {codes}.</source>
        <translation>Środowisko musi być jednym z: {codes}.</translation>
    </message>
    <message>
        <source>A participant certificate signs messages, so it is needed with its private key: import the PKCS#12/PFX file, or the certificate together with its key file.</source>
        <translation>Certyfikat uczestnika podpisuje komunikaty, więc jest potrzebny wraz z kluczem prywatnym: zaimportuj plik PKCS#12/PFX albo certyfikat razem z plikiem klucza.</translation>
    </message>
    <message>
        <source>A customs certificate belongs to an administration, not to an EORI: leave the EORI empty.</source>
        <translation>Certyfikat administracji celnej należy do administracji, a nie do numeru EORI: pozostaw pole EORI puste.</translation>
    </message>
    <message>
        <source>The customs certificate is stored without a private key: import only the certificate.</source>
        <translation>Certyfikat administracji celnej jest przechowywany bez klucza prywatnego: zaimportuj sam certyfikat.</translation>
    </message>
    <message>
        <source>Messages are encrypted for the customs certificate, which needs an RSA key; {subject} has another kind. Import the customs encryption certificate published by the administration.</source>
        <translation>Komunikaty są szyfrowane dla certyfikatu administracji celnej, który wymaga klucza RSA; {subject} ma klucz innego rodzaju. Zaimportuj certyfikat szyfrujący opublikowany przez administrację celną.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} is valid only from {start} UTC; messages can be signed with it from then on.</source>
        <translation>Certyfikat uczestnika {subject} dla EORI {eori} jest ważny dopiero od {start} UTC; od tego momentu można nim podpisywać komunikaty.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} expired on {end}, so messages cannot be signed with it: import the renewed certificate in {place}.</source>
        <translation>Certyfikat uczestnika {subject} dla EORI {eori} wygasł {end}, więc nie można nim podpisywać komunikatów: zaimportuj odnowiony certyfikat w {place}.</translation>
    </message>
    <message>
        <source>Settings ▸ Certificates</source>
        <translation>Ustawienia ▸ Certyfikaty</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expired on {date}: messages of {eori} cannot be sent until the renewed certificate is imported in {place}.</source>
        <translation>Certyfikat uczestnika dla EORI {eori} ({subject}) wygasł {date}: komunikatów {eori} nie można wysyłać, dopóki odnowiony certyfikat nie zostanie zaimportowany w {place}.</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expires on {date}, in {days} days: order the renewal now, a new certificate takes 8–10 weeks to arrive.</source>
        <translation>Certyfikat uczestnika dla EORI {eori} ({subject}) wygasa {date}, za {days} dni: zamów odnowienie już teraz, na nowy certyfikat czeka się 8–10 tygodni.</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expires on {date}, in {days} days: after that no message of {eori} can be sent. Import the renewed certificate in {place} as soon as it arrives.</source>
        <translation>Certyfikat uczestnika dla EORI {eori} ({subject}) wygasa {date}, za {days} dni: potem nie będzie można wysłać żadnego komunikatu {eori}. Zaimportuj odnowiony certyfikat w {place}, gdy tylko go otrzymasz.</translation>
    </message>
    <message>
        <source>The customs encryption certificate of {channel} ({subject}) expired on {date} and no successor is stored: import the new certificate the administration publishes in {place}.</source>
        <translation>Certyfikat szyfrujący administracji celnej dla {channel} ({subject}) wygasł {date}, a nie zapisano następnego: zaimportuj w {place} nowy certyfikat opublikowany przez administrację celną.</translation>
    </message>
    <message>
        <source>The customs encryption certificate of {channel} ({subject}) expires on {date}, in {days} days, and no successor is stored: import the new certificate the administration publishes in {place}.</source>
        <translation>Certyfikat szyfrujący administracji celnej dla {channel} ({subject}) wygasa {date}, za {days} dni, a nie zapisano następnego: zaimportuj w {place} nowy certyfikat opublikowany przez administrację celną.</translation>
    </message>
    <message>
        <source>Valid now</source>
        <translation>Obecnie ważny</translation>
    </message>
    <message>
        <source>Suitable for signing customs messages: yes — it is an EU qualified seal certificate with the right key usage, a strong key and hash, and it is valid now.</source>
        <translation>Nadaje się do podpisywania komunikatów celnych: tak — jest to kwalifikowany certyfikat pieczęci elektronicznej UE z właściwym użyciem klucza, silnym kluczem i skrótem, ważny obecnie.</translation>
    </message>
    <message>
        <source>Suitable for signing customs messages: no — because {problems}.</source>
        <extracomment>{problems}: the reasons, separated by semicolons</extracomment>
        <translation>Nadaje się do podpisywania komunikatów celnych: nie — ponieważ {problems}.</translation>
    </message>
    <message>
        <source>the QCStatements extension cannot be read ({reason})</source>
        <translation>nie można odczytać rozszerzenia QCStatements ({reason})</translation>
    </message>
    <message>
        <source>EU trusted list</source>
        <translation>Zaufana lista UE</translation>
    </message>
    <message>
        <source>Whether the issuer is a qualified trust service provider on the EU trusted lists cannot be read from the certificate: check the issuer at https://eidas.ec.europa.eu/efda/tl-browser/.</source>
        <translation>Z certyfikatu nie można odczytać, czy wystawca jest kwalifikowanym dostawcą usług zaufania na zaufanych listach UE: sprawdź wystawcę na stronie https://eidas.ec.europa.eu/efda/tl-browser/.</translation>
    </message>
    <message>
        <source>EU qualified (QcCompliance)</source>
        <translation>Kwalifikowany UE (QcCompliance)</translation>
    </message>
    <message>
        <source>it is not an EU qualified certificate (no QcCompliance statement)</source>
        <translation>nie jest to kwalifikowany certyfikat UE (brak deklaracji QcCompliance)</translation>
    </message>
    <message>
        <source>it is qualified only under the law of {countries} (QcCClegislation), not under eIDAS</source>
        <translation>jest kwalifikowany tylko według prawa: {countries} (QcCClegislation), a nie według eIDAS</translation>
    </message>
    <message>
        <source>QcCompliance present: issued as an EU qualified certificate</source>
        <translation>QcCompliance obecne: wydany jako kwalifikowany certyfikat UE</translation>
    </message>
    <message>
        <source>Certificate for electronic seals (QcType)</source>
        <translation>Certyfikat pieczęci elektronicznej (QcType)</translation>
    </message>
    <message>
        <source>QcType eseal: a certificate for electronic seals of an organisation</source>
        <translation>QcType eseal: certyfikat pieczęci elektronicznej organizacji</translation>
    </message>
    <message>
        <source>no QcType: by ETSI EN 319 412-5 that means a signature of a natural person, not a seal of the organisation</source>
        <translation>brak QcType: według ETSI EN 319 412-5 oznacza to podpis osoby fizycznej, a nie pieczęć organizacji</translation>
    </message>
    <message>
        <source>QcType web, not eseal: customs messages are sealed by the organisation (a website certificate signs nothing)</source>
        <translation>QcType web, a nie eseal: komunikaty celne są opatrywane pieczęcią organizacji (certyfikat witryny internetowej niczego nie podpisuje)</translation>
    </message>
    <message>
        <source>QcType {types}, not eseal: customs messages are sealed by the organisation</source>
        <extracomment>{types}: the certificate's QcTypes, e.g. "esign"</extracomment>
        <translation>QcType {types}, a nie eseal: komunikaty celne są opatrywane pieczęcią organizacji</translation>
    </message>
    <message>
        <source>Key in a qualified device (QcSSCD or QCP-l-qscd)</source>
        <translation>Klucz w urządzeniu kwalifikowanym (QcSSCD lub QCP-l-qscd)</translation>
    </message>
    <message>
        <source>QcSSCD: the key is in a qualified seal creation device</source>
        <translation>QcSSCD: klucz znajduje się w kwalifikowanym urządzeniu do składania pieczęci</translation>
    </message>
    <message>
        <source>policy QCP-l-qscd: the key is in a qualified seal creation device</source>
        <translation>polityka QCP-l-qscd: klucz znajduje się w kwalifikowanym urządzeniu do składania pieczęci</translation>
    </message>
    <message>
        <source>the key is not declared to be in a qualified device: an advanced seal, which customs accept; a qualified seal needs a QSCD</source>
        <translation>nie zadeklarowano, że klucz znajduje się w urządzeniu kwalifikowanym: jest to zaawansowana pieczęć, akceptowana przez organy celne; pieczęć kwalifikowana wymaga QSCD</translation>
    </message>
    <message>
        <source>Key usage digitalSignature and nonRepudiation</source>
        <translation>Użycie klucza digitalSignature i nonRepudiation</translation>
    </message>
    <message>
        <source>the key usage lacks {usages}</source>
        <extracomment>{usages}: the key usages missing, e.g. "nonRepudiation"</extracomment>
        <translation>w użyciu klucza brakuje: {usages}</translation>
    </message>
    <message>
        <source>digitalSignature and nonRepudiation (contentCommitment) allowed</source>
        <translation>dozwolone digitalSignature i nonRepudiation (contentCommitment)</translation>
    </message>
    <message>
        <source>Key strength (RSA ≥ 2048 or EC ≥ 256 bits)</source>
        <translation>Siła klucza (RSA ≥ 2048 lub EC ≥ 256 bitów)</translation>
    </message>
    <message>
        <source>the key is {kind}: customs accept RSA or EC keys</source>
        <translation>klucz jest typu {kind}: organy celne akceptują klucze RSA lub EC</translation>
    </message>
    <message>
        <source>the {kind} key has {size} bits, fewer than {minimum}</source>
        <translation>długość klucza {kind} w bitach to {size}, mniej niż wymagane {minimum}</translation>
    </message>
    <message>
        <source>{kind} {size} bits</source>
        <translation>{kind}, {size}-bitowy</translation>
    </message>
    <message>
        <source>Signature hash SHA-256 or stronger</source>
        <translation>Skrót podpisu SHA-256 lub silniejszy</translation>
    </message>
    <message>
        <source>signed with {hash}</source>
        <translation>podpisany z użyciem {hash}</translation>
    </message>
    <message>
        <source>the certificate is signed with an unknown hash, weaker than SHA-256</source>
        <translation>certyfikat jest podpisany z użyciem nieznanego skrótu, słabszego niż SHA-256</translation>
    </message>
    <message>
        <source>the certificate is signed with {hash}, weaker than SHA-256</source>
        <translation>certyfikat jest podpisany z użyciem {hash}, słabszego niż SHA-256</translation>
    </message>
    <message>
        <source>it is not valid yet (from {start} UTC)</source>
        <translation>nie jest jeszcze ważny (od {start} UTC)</translation>
    </message>
    <message>
        <source>it expired on {end}</source>
        <translation>wygasł {end}</translation>
    </message>
    <message>
        <source>valid from {start} to {end}</source>
        <translation>ważny od {start} do {end}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <extracomment>{items}: names separated by commas, {last}: the last name; e.g. "esign and web"</extracomment>
        <translation>{items} i {last}</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>basic — acts in their own name only</source>
        <translation>podstawowy — działa tylko we własnym imieniu</translation>
    </message>
    <message>
        <source>advanced — acts for organisations (identity confirmed)</source>
        <translation>zaawansowany — działa w imieniu organizacji (tożsamość potwierdzona)</translation>
    </message>
    <message>
        <source>in person, identity card</source>
        <translation>osobiście, dowód osobisty</translation>
    </message>
    <message>
        <source>in person, passport</source>
        <translation>osobiście, paszport</translation>
    </message>
    <message>
        <source>qualified signature certificate</source>
        <translation>kwalifikowany certyfikat podpisu</translation>
    </message>
    <message>
        <source>bank identity</source>
        <translation>tożsamość bankowa</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Hasła się różnią: wpisz dwa razy to samo hasło.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, and not the login name.</source>
        <translation><numerusform>Co najmniej %n znak; hasło nie może być loginem.</numerusform><numerusform>Co najmniej %n znaki; hasło nie może być loginem.</numerusform><numerusform>Co najmniej %n znaków; hasło nie może być loginem.</numerusform></translation>
    </message>
    <message>
        <source>Edit user {login}</source>
        <translation>Edytuj użytkownika {login}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nowy użytkownik</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>e.g. jan.novak</source>
        <translation>np. jan.novak</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Imię i &amp;nazwisko:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;National id:</source>
        <translation>Krajowy nr &amp;identyfikacyjny:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>Access &amp;level:</source>
        <translation>&amp;Poziom dostępu:</translation>
    </message>
    <message>
        <source>&amp;Identity confirmed:</source>
        <translation>&amp;Tożsamość potwierdzona:</translation>
    </message>
    <message>
        <source>How and when the identity was checked; required for advanced access.</source>
        <translation>W jaki sposób i kiedy sprawdzono tożsamość; wymagane dla dostępu zaawansowanego.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Powtórz h&amp;asło:</translation>
    </message>
    <message>
        <source>how, e.g. in person, identity card</source>
        <translation>sposób, np. osobiście, dowód osobisty</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <source>The day the identity was confirmed</source>
        <translation>Dzień potwierdzenia tożsamości</translation>
    </message>
    <message>
        <source>on</source>
        <comment>confirmed on &lt;date&gt;</comment>
        <translation>dnia</translation>
    </message>
    <message>
        <source>Advanced access acts for organisations: record how the identity was confirmed (e.g. in person, identity card).</source>
        <translation>Dostęp zaawansowany pozwala działać w imieniu organizacji: zapisz, w jaki sposób potwierdzono tożsamość (np. osobiście, dowód osobisty).</translation>
    </message>
    <message>
        <source>Advanced access needs the day the identity was confirmed: choose the date.</source>
        <translation>Dostęp zaawansowany wymaga podania dnia potwierdzenia tożsamości: wybierz datę.</translation>
    </message>
    <message>
        <source>The identity cannot be confirmed in the future: choose today or an earlier day.</source>
        <translation>Tożsamości nie można potwierdzić w przyszłości: wybierz dzisiejszy lub wcześniejszy dzień.</translation>
    </message>
    <message>
        <source>Reset the password of {login}</source>
        <translation>Resetuj hasło użytkownika {login}</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Powtórz je:</translation>
    </message>
    <message>
        <source>Tell {login} the new password in person; they can change it afterwards (Account ▸ Change password).</source>
        <translation>Przekaż użytkownikowi {login} nowe hasło osobiście; może je potem zmienić (Konto ▸ Zmień hasło).</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Resetuj hasło</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>To {what} you need extended rights; {login} has basic access (identity not confirmed), which allows acting in one's own name only. Ask the administrator.</source>
        <extracomment>{what}: an action, e.g. "delete the guarantee"</extracomment>
        <translation>Aby {what}, potrzebne są uprawnienia rozszerzone; {login} ma dostęp podstawowy (tożsamość niepotwierdzona), który pozwala działać tylko we własnym imieniu. Zwróć się do administratora.</translation>
    </message>
    <message>
        <source>To {what} you need extended rights for this organisation; {login} has basic rights.</source>
        <extracomment>{what}: an action, e.g. "delete the guarantee"</extracomment>
        <translation>Aby {what}, potrzebne są uprawnienia rozszerzone dla tej organizacji; {login} ma uprawnienia podstawowe.</translation>
    </message>
    <message>
        <source>Only a guarantee officer may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. "delete the primary access code"; {role}: the user's role, e.g. "declarant"</extracomment>
        <translation>Tylko referent ds. zabezpieczeń może {what}; {login} ma rolę: {role}.</translation>
    </message>
    <message>
        <source>Only a guarantee officer or an administrator may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. "manage certificates"; {role}: the user's role, e.g. "declarant"</extracomment>
        <translation>Tylko referent ds. zabezpieczeń lub administrator może {what}; {login} ma rolę: {role}.</translation>
    </message>
    <message>
        <source>Only CustomsDesk itself may {what}: it does so when customs answers.</source>
        <extracomment>{what}: an action, e.g. "record customs answers"</extracomment>
        <translation>Tylko sam CustomsDesk może {what}: robi to, gdy urząd celny udziela odpowiedzi.</translation>
    </message>
    <message>
        <source>Only an administrator may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. "add users"; {role}: the user's role, e.g. "guarantee officer"</extracomment>
        <translation>Tylko administrator może {what}; {login} ma rolę: {role}.</translation>
    </message>
    <message>
        <source>{login} does not represent this organisation, so cannot {what}.</source>
        <extracomment>{what}: an action, e.g. "change the guarantee"</extracomment>
        <translation>{login} nie reprezentuje tej organizacji, więc nie może {what}.</translation>
    </message>
    <message>
        <source>The account {login} has been deactivated by an administrator: sign out.</source>
        <translation>Konto {login} zostało dezaktywowane przez administratora: wyloguj się.</translation>
    </message>
    <message>
        <source>Wrong login name or password. Check the Caps Lock key and try again.</source>
        <translation>Nieprawidłowy login lub hasło. Sprawdź klawisz Caps Lock i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The workstation is locked: {login} must sign in again to use access codes.</source>
        <translation>Stanowisko jest zablokowane: {login} musi zalogować się ponownie, aby używać kodów dostępu.</translation>
    </message>
    <message>
        <source>the key of {login}</source>
        <extracomment>completes "A stored secret cannot be unlocked with …"</extracomment>
        <translation>klucza użytkownika {login}</translation>
    </message>
    <message>
        <source>{login} has no stored access codes: nothing is lost.</source>
        <translation>{login} nie ma zapisanych kodów dostępu: nic nie zostanie utracone.</translation>
    </message>
    <message numerus="yes">
        <source>%n secondary access code(s)</source>
        <translation><numerusform>%n dodatkowy kod dostępu</numerusform><numerusform>%n dodatkowe kody dostępu</numerusform><numerusform>%n dodatkowych kodów dostępu</numerusform></translation>
    </message>
    <message>
        <source>the primary access code of {grns}</source>
        <translation>główny kod dostępu dla {grns}</translation>
    </message>
    <message>
        <source>{codes} and {pac}</source>
        <extracomment>{codes} and {pac}: "2 secondary access code(s)" and "the primary access code of 25CZ…"</extracomment>
        <translation>{codes} i {pac}</translation>
    </message>
    <message>
        <source>Resetting the password of {login} makes {codes} unreadable: they are sealed with a key only {login}'s old password opens, and nobody can recover them. {login} will have to enter them again.</source>
        <extracomment>{codes}: what becomes unreadable, e.g. "2 secondary access code(s)"</extracomment>
        <translation>Po zresetowaniu hasła użytkownika {login} nie będzie można odczytać: {codes}. Są one zabezpieczone kluczem, który otwiera tylko dotychczasowe hasło użytkownika {login}, i nikt nie może ich odzyskać. {login} będzie musiał wprowadzić je ponownie.</translation>
    </message>
    <message>
        <source>There is no user '{login}': see the list of users (Administration ▸ Users).</source>
        <translation>Nie ma użytkownika „{login}”: zobacz listę użytkowników (Administracja ▸ Użytkownicy).</translation>
    </message>
    <message>
        <source>User {id} does not exist.</source>
        <translation>Użytkownik {id} nie istnieje.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for {login}: the next attempt is possible at {time}.</source>
        <translation>Zbyt wiele nieudanych logowań użytkownika {login}: następna próba będzie możliwa o {time}.</translation>
    </message>
    <message>
        <source>{login} has no password yet: the administrator sets one (Administration ▸ Users), or on a single-user installation sign in without a password.</source>
        <translation>{login} nie ma jeszcze hasła: ustawia je administrator (Administracja ▸ Użytkownicy); w instalacji jednostanowiskowej można też zalogować się bez hasła.</translation>
    </message>
    <message>
        <source>The account {login} is deactivated: ask the administrator.</source>
        <translation>Konto {login} jest dezaktywowane: zwróć się do administratora.</translation>
    </message>
    <message>
        <source>This installation has user accounts with passwords: sign in with --user NAME --password-file FILE.</source>
        <translation>Ta instalacja ma konta użytkowników z hasłami: zaloguj się przy użyciu --user NAME --password-file FILE.</translation>
    </message>
    <message>
        <source>{login} has a password: give it (--password-file FILE).</source>
        <translation>{login} ma hasło: podaj je (--password-file FILE).</translation>
    </message>
    <message>
        <source>{login} has no password yet and this installation has administrators with passwords: ask one of them to set a password (Administration ▸ Users).</source>
        <translation>{login} nie ma jeszcze hasła, a ta instalacja ma administratorów z hasłami: poproś jednego z nich o ustawienie hasła (Administracja ▸ Użytkownicy).</translation>
    </message>
    <message>
        <source>set up another user's access codes</source>
        <translation>konfigurować kody dostępu innego użytkownika</translation>
    </message>
    <message>
        <source>The password given for {login} does not open the account's key.</source>
        <translation>Podane hasło użytkownika {login} nie otwiera klucza konta.</translation>
    </message>
    <message>
        <source>Wrong login name or password. Check the Caps Lock key and try again. After {count} failed attempts the next one is possible in {seconds} s.</source>
        <translation>Nieprawidłowy login lub hasło. Sprawdź klawisz Caps Lock i spróbuj ponownie. Po {count} nieudanych próbach następna będzie możliwa za {seconds} s.</translation>
    </message>
    <message>
        <source>{login} already has a password: use Change password.</source>
        <translation>{login} ma już hasło: użyj polecenia Zmień hasło.</translation>
    </message>
    <message>
        <source>The current password is not right: type it again.</source>
        <translation>Bieżące hasło jest nieprawidłowe: wpisz je ponownie.</translation>
    </message>
    <message>
        <source>reset another user's password</source>
        <translation>resetować hasło innego użytkownika</translation>
    </message>
    <message>
        <source>This account has a password: sign in with it.</source>
        <translation>To konto ma hasło: zaloguj się przy jego użyciu.</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>dodawać użytkowników</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>zmieniać użytkowników</translation>
    </message>
    <message>
        <source>{login} is the only active administrator: make somebody else an administrator first.</source>
        <translation>{login} jest jedynym aktywnym administratorem: najpierw nadaj rolę administratora komuś innemu.</translation>
    </message>
    <message>
        <source>A login name has 2–40 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. jan.novak).</source>
        <translation>Login składa się z 2–40 liter, cyfr, kropek, łączników lub podkreśleń i zaczyna się od litery lub cyfry (np. jan.novak).</translation>
    </message>
    <message>
        <source>The login name {login} is taken: choose another.</source>
        <translation>Login {login} jest już zajęty: wybierz inny.</translation>
    </message>
    <message>
        <source>Advanced access acts for organisations: record how the identity was confirmed (e.g. in person, signature certificate).</source>
        <translation>Dostęp zaawansowany pozwala działać w imieniu organizacji: zapisz, w jaki sposób potwierdzono tożsamość (np. osobiście, certyfikat podpisu).</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address.</source>
        <translation>„{email}” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>guarantee officer</source>
        <translation>referent ds. zabezpieczeń</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>zgłaszający</translation>
    </message>
    <message>
        <source>advanced</source>
        <comment>access level</comment>
        <translation>zaawansowany</translation>
    </message>
    <message>
        <source>basic</source>
        <comment>access level</comment>
        <translation>podstawowy</translation>
    </message>
    <message>
        <source>extended</source>
        <comment>rights</comment>
        <translation>rozszerzone</translation>
    </message>
    <message>
        <source>basic</source>
        <comment>rights</comment>
        <translation>podstawowe</translation>
    </message>
    <message>
        <source>The password must have at least {least} characters (it has {length}): a short sentence is easy to remember.</source>
        <translation>Hasło musi mieć co najmniej {least} znaków (ma {length}): krótkie zdanie łatwo zapamiętać.</translation>
    </message>
    <message>
        <source>The password must not be the login name.</source>
        <translation>Hasło nie może być takie samo jak login.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>Hasło nie może zaczynać się ani kończyć spacją.</translation>
    </message>
    <message>
        <source>see what another user may do</source>
        <translation>sprawdzać, co może robić inny użytkownik</translation>
    </message>
    <message>
        <source>Representation {id} does not exist.</source>
        <translation>Przedstawicielstwo {id} nie istnieje.</translation>
    </message>
    <message>
        <source>change representations</source>
        <translation>zmieniać przedstawicielstwa</translation>
    </message>
    <message>
        <source>end representations</source>
        <translation>kończyć przedstawicielstwa</translation>
    </message>
    <message>
        <source>The representation starts on {start}: it cannot end on {end}, before it starts. Choose {start} or later.</source>
        <translation>Przedstawicielstwo zaczyna się {start}: nie może zakończyć się {end}, przed swoim początkiem. Wybierz {start} lub późniejszą datę.</translation>
    </message>
    <message>
        <source>Choose who represents the organisation: a person (user) or an agency (another organisation), one of the two.</source>
        <translation>Wybierz, kto reprezentuje organizację: osoba (użytkownik) albo agencja (inna organizacja) — jedno z dwóch.</translation>
    </message>
    <message>
        <source>An organisation cannot be its own agency: choose another one.</source>
        <translation>Organizacja nie może być własną agencją: wybierz inną.</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose one from the register.</source>
        <translation>Organizacja {id} nie istnieje: wybierz ją z rejestru.</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose the agency from the register.</source>
        <translation>Organizacja {id} nie istnieje: wybierz agencję z rejestru.</translation>
    </message>
    <message>
        <source>User {id} does not exist: add the user first.</source>
        <translation>Użytkownik {id} nie istnieje: najpierw dodaj użytkownika.</translation>
    </message>
    <message>
        <source>The representation ends ({end}) before it starts ({start}): correct one of the dates.</source>
        <translation>Przedstawicielstwo kończy się ({end}) przed swoim początkiem ({start}): popraw jedną z dat.</translation>
    </message>
    <message>
        <source>A proxy needs its basis: enter the power of attorney reference.</source>
        <translation>Pełnomocnik wymaga podstawy: wpisz numer pełnomocnictwa.</translation>
    </message>
</context>
</TS>