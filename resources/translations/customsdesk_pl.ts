<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CustomsDesk</source>
        <translation>O programie CustomsDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CustomsDesk&lt;/b&gt; — organisations, NCTS guarantees, access codes and customs messages.&lt;br&gt;For a support request, &lt;i&gt;Copy&lt;/i&gt; these details and paste them into your message.</source>
        <translation>&lt;b&gt;CustomsDesk&lt;/b&gt; — organizacje, zabezpieczenia NCTS, kody dostępu i komunikaty celne.&lt;br&gt;Aby zgłosić prośbę o pomoc techniczną, kliknij &lt;i&gt;Kopiuj&lt;/i&gt; i wklej te dane do swojej wiadomości.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the version, the folders and the files to the clipboard</source>
        <translation>Skopiuj do schowka wersję, foldery i pliki</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Otwórz &amp;folder danych</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>S&amp;kopiowano</translation>
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
        <translation>Nowa &amp;organizacja…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Dodaj organizację do rejestru</translation>
    </message>
    <message>
        <source>&amp;New guarantee…</source>
        <translation>Nowe &amp;zabezpieczenie…</translation>
    </message>
    <message>
        <source>Add a customs guarantee to the selected organisation</source>
        <translation>Dodaj zabezpieczenie celne do wybranej organizacji</translation>
    </message>
    <message>
        <source>Customs &amp;guarantees</source>
        <translation>Zabezpieczenia &amp;celne</translation>
    </message>
    <message>
        <source>List the guarantees of the selected organisation</source>
        <translation>Wyświetl zabezpieczenia wybranej organizacji</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Edytuj wybrany rekord</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Usuń wybrany rekord</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
    <message>
        <source>Read the register again from the database</source>
        <translation>Wczytaj ponownie rejestr z bazy danych</translation>
    </message>
    <message>
        <source>&amp;Access code registration</source>
        <translation>&amp;Rejestracja kodów dostępu</translation>
    </message>
    <message>
        <source>Register the secondary access codes with customs (E_ACC_COD), using the primary code</source>
        <translation>Zarejestruj dodatkowe kody dostępu w urzędzie celnym (E_ACC_COD) przy użyciu głównego kodu</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;usage…</source>
        <translation>Zapytanie o zabezpieczenie: &amp;wykorzystanie…</translation>
    </message>
    <message>
        <source>Ask customs which transit operations used the guarantee in a period (CC034C)</source>
        <translation>Zapytaj urząd celny, które operacje tranzytowe wykorzystywały zabezpieczenie w danym okresie (CC034C)</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;balance</source>
        <translation>Zapytanie o zabezpieczenie: &amp;saldo</translation>
    </message>
    <message>
        <source>Ask customs for the amount in use and the remaining balance (CC034C)</source>
        <translation>Zapytaj urząd celny o kwotę w użyciu i pozostałe saldo (CC034C)</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;other information</source>
        <translation>Zapytanie o zabezpieczenie: &amp;inne informacje</translation>
    </message>
    <message>
        <source>Ask customs for the owner, amounts, validity and restrictions (CC034C)</source>
        <translation>Zapytaj urząd celny o właściciela, kwoty, ważność i ograniczenia (CC034C)</translation>
    </message>
    <message>
        <source>&amp;Messages for this record</source>
        <translation>&amp;Komunikaty tego rekordu</translation>
    </message>
    <message>
        <source>The messages sent and received about this guarantee</source>
        <translation>Komunikaty wysłane i odebrane w sprawie tego zabezpieczenia</translation>
    </message>
    <message>
        <source>Receipts and &amp;responses</source>
        <translation>&amp;Potwierdzenia i odpowiedzi</translation>
    </message>
    <message>
        <source>Every message sent to and received from customs</source>
        <translation>Wszystkie komunikaty wysłane do urzędu celnego i odebrane od niego</translation>
    </message>
    <message>
        <source>Summary &amp;declarations (ATLAS)…</source>
        <translation>&amp;Deklaracje skrócone (ATLAS)…</translation>
    </message>
    <message>
        <source>German summary declarations for temporary storage (ATLAS CUSPRL): header and positions, checked against the rules and sent to customs</source>
        <translation>Niemieckie deklaracje skrócone dla czasowego składowania (ATLAS CUSPRL): nagłówek i pozycje, sprawdzane pod kątem reguł i wysyłane do urzędu celnego</translation>
    </message>
    <message>
        <source>&amp;Continuity: outages and paper movements…</source>
        <translation>&amp;Ciągłość działania: awarie i operacje papierowe…</translation>
    </message>
    <message>
        <source>The incident log of outages, the movements handled on paper under the business continuity plan with their deadlines, and the share on paper per month</source>
        <translation>Dziennik incydentów (awarii), operacje obsłużone na papierze w ramach planu ciągłości działania wraz z terminami oraz miesięczny udział operacji papierowych</translation>
    </message>
    <message>
        <source>Customs simulator (&amp;training)</source>
        <translation>Symulator celny (&amp;tryb szkoleniowy)</translation>
    </message>
    <message>
        <source>Run the customs side of the training environment on this computer</source>
        <translation>Uruchom na tym komputerze symulację strony celnej środowiska szkoleniowego</translation>
    </message>
    <message>
        <source>&amp;Send and receive now</source>
        <translation>&amp;Wyślij i odbierz teraz</translation>
    </message>
    <message>
        <source>Send the messages waiting in the outbox and fetch the answers</source>
        <translation>Wyślij komunikaty oczekujące w skrzynce nadawczej i pobierz odpowiedzi</translation>
    </message>
    <message>
        <source>&amp;Import reference data…</source>
        <translation>&amp;Importuj dane referencyjne…</translation>
    </message>
    <message>
        <source>Import EU code lists and the customs office list (CS/RD2 JSON)</source>
        <translation>Importuj unijne listy kodów i listę urzędów celnych (CS/RD2 JSON)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Wczytaj &amp;dane demonstracyjne</translation>
    </message>
    <message>
        <source>Add demo organisations, guarantees and parameter sets</source>
        <translation>Dodaj demonstracyjne organizacje, zabezpieczenia i zestawy parametrów</translation>
    </message>
    <message>
        <source>&amp;Communication parameters…</source>
        <translation>&amp;Parametry komunikacji…</translation>
    </message>
    <message>
        <source>Communication parameter sets and reference data</source>
        <translation>Zestawy parametrów komunikacji i dane referencyjne</translation>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation>&amp;Certyfikaty…</translation>
    </message>
    <message>
        <source>Participant and customs certificates: checks, expiry, import and onboarding</source>
        <translation>Certyfikaty uczestników i certyfikaty celne: kontrole, wygasanie, import i wdrożenie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Close CustomsDesk</source>
        <translation>Zamknij CustomsDesk</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <source>Choose a new password; your access codes stay readable</source>
        <translation>Wybierz nowe hasło; Twoje kody dostępu pozostaną czytelne</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>Lock the window until you sign in again</source>
        <translation>Zablokuj okno do czasu ponownego zalogowania</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Wyloguj…</translation>
    </message>
    <message>
        <source>Sign out and let another user sign in</source>
        <translation>Wyloguj się i pozwól zalogować się innemu użytkownikowi</translation>
    </message>
    <message>
        <source>&amp;Users and representations…</source>
        <translation>&amp;Użytkownicy i przedstawicielstwa…</translation>
    </message>
    <message>
        <source>Accounts, roles, access levels and who represents which organisation</source>
        <translation>Konta, role, poziomy dostępu oraz to, kto reprezentuje którą organizację</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Dziennik audytu…</translation>
    </message>
    <message>
        <source>Who used which access code, signed in or changed rights, and when</source>
        <translation>Kto i kiedy użył którego kodu dostępu, zalogował się lub zmienił uprawnienia</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>How to work with CustomsDesk, in a window of its own</source>
        <translation>Jak pracować z CustomsDesk — w osobnym oknie</translation>
    </message>
    <message>
        <source>&amp;About CustomsDesk</source>
        <translation>&amp;O programie CustomsDesk</translation>
    </message>
    <message>
        <source>The version, and the folder and files support asks for</source>
        <translation>Wersja oraz folder i pliki, o które prosi pomoc techniczna</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close this window (Ctrl+W or Esc)</source>
        <translation>Zamknij to okno (Ctrl+W lub Esc)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Zn&amp;ajdź</translation>
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
    <name>Answers</name>
    <message>
        <source>Confirmation for {grn} that answers no message sent from here</source>
        <translation>Potwierdzenie dla {grn}, które nie odpowiada na żaden komunikat wysłany stąd</translation>
    </message>
    <message>
        <source>Confirmation for {grn}, which the registration did not name (not applied)</source>
        <translation>Potwierdzenie dla {grn}: tego zabezpieczenia nie wymieniono w rejestracji (nie zastosowano)</translation>
    </message>
    <message>
        <source>Registration refused: {errors}</source>
        <translation>Odrzucono rejestrację: {errors}</translation>
    </message>
    <message>
        <source>{registered}; the primary access code was changed</source>
        <translation>{registered}; główny kod dostępu został zmieniony</translation>
    </message>
    <message>
        <source>{grn}: unmatched, not asked about in this query (not applied)</source>
        <translation>{grn}: nieprzypisane, nie było przedmiotem tego zapytania (nie zastosowano)</translation>
    </message>
    <message>
        <source>{grn}: {answer}</source>
        <translation>{grn}: {answer}</translation>
    </message>
    <message>
        <source>Answer to a query not sent from here: {answers}</source>
        <translation>Odpowiedź na zapytanie niewysłane stąd: {answers}</translation>
    </message>
    <message>
        <source>Answer about guarantees this query did not ask about: {answers}</source>
        <translation>Odpowiedź dotycząca zabezpieczeń, o które to zapytanie nie pytało: {answers}</translation>
    </message>
    <message>
        <source>secondary codes registered: {count}</source>
        <translation>zarejestrowane dodatkowe kody dostępu: {count}</translation>
    </message>
    <message>
        <source>operations: {count}</source>
        <translation>operacje: {count}</translation>
    </message>
    <message>
        <source>in use {amount} {currency}, balance {balance}</source>
        <translation>wykorzystano {amount} {currency}, saldo {balance}</translation>
    </message>
    <message>
        <source>in use {amount} {currency}</source>
        <translation>wykorzystano {amount} {currency}</translation>
    </message>
    <message>
        <source>amount {amount} {currency}</source>
        <translation>kwota {amount} {currency}</translation>
    </message>
    <message>
        <source>not valid: {code}</source>
        <translation>nieważne: {code}</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>z odpowiedzią</translation>
    </message>
    <message>
        <source>{where}: {meaning}</source>
        <translation>{where}: {meaning}</translation>
    </message>
    <message>
        <source>Refused: {errors}</source>
        <translation>Odrzucono: {errors}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {error}</source>
        <translation>wiersz {line}, kolumna {column}: {error}</translation>
    </message>
    <message>
        <source>XML refused: {errors}</source>
        <translation>Odrzucono XML: {errors}</translation>
    </message>
    <message>
        <source>Guarantee not valid for {mrn}: {guarantees}</source>
        <translation>Zabezpieczenie nieważne dla {mrn}: {guarantees}</translation>
    </message>
    <message>
        <source>customs sent this message before; ignored</source>
        <translation>urząd celny wysłał już wcześniej ten komunikat; zignorowano</translation>
    </message>
    <message>
        <source>Duplicate of an earlier message</source>
        <translation>Duplikat wcześniejszego komunikatu</translation>
    </message>
    <message>
        <source>it could not be applied to the records ({error})</source>
        <translation>nie udało się go zastosować w rekordach ({error})</translation>
    </message>
    <message>
        <source>cannot decrypt: the communication parameter set it came through was deleted</source>
        <translation>nie można odszyfrować: zestaw parametrów komunikacyjnych, przez który komunikat nadszedł, został usunięty</translation>
    </message>
    <message>
        <source>cannot decrypt: {error}</source>
        <translation>nie można odszyfrować: {error}</translation>
    </message>
    <message>
        <source>the message does not match its schema (line {line}, column {column}: {problem})</source>
        <translation>komunikat nie jest zgodny ze swoim schematem (wiersz {line}, kolumna {column}: {problem})</translation>
    </message>
    <message>
        <source>answer: {result}</source>
        <translation>odpowiedź: {result}</translation>
    </message>
    <message>
        <source>{type}: a message type this version does not apply</source>
        <translation>{type}: typ komunikatu, którego ta wersja nie obsługuje</translation>
    </message>
    <message>
        <source>delivery receipt: received by customs at {at}</source>
        <translation>potwierdzenie doręczenia: odebrano w urzędzie celnym {at}</translation>
    </message>
    <message>
        <source>Answer about a summary declaration not sent from here</source>
        <translation>Odpowiedź dotycząca deklaracji skróconej niewysłanej stąd</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nie podano przyczyny</translation>
    </message>
    <message>
        <source>Accepted: MRN {mrn}, status {status}, positions: {count}</source>
        <translation>Przyjęto: MRN {mrn}, status {status}, pozycje: {count}</translation>
    </message>
    <message>
        <source>{accepted}; refused {count}: {errors}</source>
        <translation>{accepted}; odrzucono {count}: {errors}</translation>
    </message>
    <message>
        <source>{field}{code}: {text}</source>
        <translation>{field}{code}: {text}</translation>
    </message>
    <message>
        <source>position {position} {field}{code}: {text}</source>
        <translation>pozycja {position} {field}{code}: {text}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>done on {date}</source>
        <translation>wykonano {date}</translation>
    </message>
    <message>
        <source>in progress since {date}</source>
        <translation>w toku od {date}</translation>
    </message>
    <message>
        <source>not needed ({note})</source>
        <translation>niepotrzebne ({note})</translation>
    </message>
    <message>
        <source>{eori} {administration}, step {number} “{title}”: {state}</source>
        <translation>{eori} {administration}, krok {number} “{title}”: {state}</translation>
    </message>
    <message>
        <source>{change}, {label} {reference}</source>
        <translation>{change}, {label} {reference}</translation>
    </message>
    <message>
        <source>{change} (was {state})</source>
        <translation>{change} (wcześniej {state})</translation>
    </message>
    <message>
        <source>own secondary codes: {before} → {after}</source>
        <translation>własne kody dodatkowe: {before} → {after}</translation>
    </message>
    <message>
        <source>{change} of {user}, set up by the administrator</source>
        <translation>{change} użytkownika {user}, ustawione przez administratora</translation>
    </message>
    <message>
        <source>of {user}, set up by the administrator</source>
        <translation>użytkownika {user}, ustawione przez administratora</translation>
    </message>
    <message>
        <source>removed in the editor</source>
        <translation>usunięto w edytorze</translation>
    </message>
    <message>
        <source>new primary access code entered</source>
        <translation>wprowadzono nowy główny kod dostępu</translation>
    </message>
    <message>
        <source>new primary access code</source>
        <translation>nowy główny kod dostępu</translation>
    </message>
    <message>
        <source>applied during the sync of {user}</source>
        <translation>zastosowano podczas synchronizacji użytkownika {user}</translation>
    </message>
    <message>
        <source>PAC change</source>
        <translation>zmiana PAC</translation>
    </message>
    <message>
        <source>access code registration</source>
        <translation>rejestracja kodów dostępu</translation>
    </message>
    <message>
        <source>{kind}: codes registered: {count}</source>
        <translation>{kind}: zarejestrowane kody: {count}</translation>
    </message>
    <message>
        <source>sent to customs</source>
        <translation>wysłano do urzędu celnego</translation>
    </message>
    <message>
        <source>{kind} query</source>
        <translation>zapytanie: {kind}</translation>
    </message>
    <message>
        <source>message {id}</source>
        <translation>komunikat {id}</translation>
    </message>
    <message>
        <source>{organisation} ← {login}: employee, extended rights, created the record</source>
        <translation>{organisation} ← {login}: pracownik, rozszerzone uprawnienia, utworzył wpis</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rola</translation>
    </message>
    <message>
        <source>level</source>
        <translation>poziom</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>identity check</source>
        <translation>weryfikacja tożsamości</translation>
    </message>
    <message>
        <source>unknown login name ({count} characters)</source>
        <translation>nieznana nazwa użytkownika (liczba znaków: {count})</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>błędne hasło</translation>
    </message>
    <message>
        <source>single-user installation, no password set</source>
        <translation>instalacja jednostanowiskowa, nie ustawiono hasła</translation>
    </message>
    <message>
        <source>first password of the administrator</source>
        <translation>pierwsze hasło administratora</translation>
    </message>
    <message>
        <source>password of {login} reset</source>
        <translation>zresetowano hasło użytkownika {login}</translation>
    </message>
    <message>
        <source>{login}: {role}, {level} access</source>
        <translation>{login}: {role}, poziom dostępu: {level}</translation>
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
        <translation>bez zmian</translation>
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
        <source>signed in</source>
        <translation>zalogowano</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>nieudane logowanie</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>wylogowano</translation>
    </message>
    <message>
        <source>locked after inactivity</source>
        <translation>zablokowano po bezczynności</translation>
    </message>
    <message>
        <source>changed own password</source>
        <translation>zmieniono własne hasło</translation>
    </message>
    <message>
        <source>password reset by an administrator</source>
        <translation>hasło zresetowane przez administratora</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>dodano użytkownika</translation>
    </message>
    <message>
        <source>user changed</source>
        <translation>zmieniono użytkownika</translation>
    </message>
    <message>
        <source>secondary access code used in a message</source>
        <translation>użyto dodatkowego kodu dostępu w komunikacie</translation>
    </message>
    <message>
        <source>secondary access codes changed</source>
        <translation>zmieniono dodatkowe kody dostępu</translation>
    </message>
    <message>
        <source>primary access code stored</source>
        <translation>zapisano główny kod dostępu</translation>
    </message>
    <message>
        <source>primary access code revealed</source>
        <translation>wyświetlono główny kod dostępu</translation>
    </message>
    <message>
        <source>primary access code change requested</source>
        <translation>złożono wniosek o zmianę głównego kodu dostępu</translation>
    </message>
    <message>
        <source>primary access code deleted</source>
        <translation>usunięto główny kod dostępu</translation>
    </message>
    <message>
        <source>primary access code replaced after customs confirmed the change</source>
        <translation>zastąpiono główny kod dostępu po potwierdzeniu zmiany przez urząd celny</translation>
    </message>
    <message>
        <source>access codes made unreadable by a password reset</source>
        <translation>kody dostępu stały się nieczytelne po zresetowaniu hasła</translation>
    </message>
    <message>
        <source>representation added</source>
        <translation>dodano przedstawicielstwo</translation>
    </message>
    <message>
        <source>representation changed</source>
        <translation>zmieniono przedstawicielstwo</translation>
    </message>
    <message>
        <source>onboarding checklist step changed</source>
        <translation>zmieniono krok listy kontrolnej wdrożenia</translation>
    </message>
    <message>
        <source>quarantined answer applied again</source>
        <translation>ponownie zastosowano odpowiedź z kwarantanny</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>czas (UTC)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>użytkownik</translation>
    </message>
    <message>
        <source>action</source>
        <translation>akcja</translation>
    </message>
    <message>
        <source>message</source>
        <translation>komunikat</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizacja</translation>
    </message>
    <message>
        <source>guarantee</source>
        <translation>zabezpieczenie</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>szczegóły</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>bezterminowo</translation>
    </message>
    <message>
        <source>{organisation} ← {representative}: {kind}, {rights} rights, {start} – {end}</source>
        <translation>{organisation} ← {representative}: {kind}, uprawnienia: {rights}, {start} – {end}</translation>
    </message>
    <message>
        <source>{representation}, basis {basis}</source>
        <translation>{representation}, podstawa: {basis}</translation>
    </message>
    <message>
        <source>{representation} (changed: {fields})</source>
        <translation>{representation} (zmieniono: {fields})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>uprawnienia</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>podstawa</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>ważne od</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>ważne do</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>any date</source>
        <translation>dowolna data</translation>
    </message>
    <message>
        <source>The first date, shown as &apos;any date&apos;, means no limit</source>
        <translation>Pierwsza data, wyświetlana jako &apos;dowolna data&apos;, oznacza brak ograniczenia</translation>
    </message>
    <message>
        <source>Audit log — CustomsDesk</source>
        <translation>Dziennik audytu — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Save the entries shown (all that match the filters) as a CSV file</source>
        <translation>Zapisz wyświetlane wpisy (wszystkie spełniające kryteria filtrów) jako plik CSV</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Wczytaj ponownie dziennik</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Wyczyść &amp;filtry</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Pokaż ponownie wszystkie wpisy</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>wszystkie czynności</translation>
    </message>
    <message>
        <source>whole GRN</source>
        <translation>cały numer GRN</translation>
    </message>
    <message>
        <source>Search: detail, GRN, message id, user…</source>
        <translation>Szukaj: szczegóły, GRN, identyfikator komunikatu, użytkownik…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Użytkownik</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Czynność</translation>
    </message>
    <message>
        <source>&amp;GRN</source>
        <translation>&amp;GRN</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>first date</comment>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>last date</comment>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>You see only your own entries: {login} is a {role}. An administrator sees everyone&apos;s.</source>
        <translation>Widzisz tylko własne wpisy: {login} ma rolę {role}. Administrator widzi wpisy wszystkich użytkowników.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>wszyscy</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 wpis</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of {entries}</source>
        <translation>wyświetlono {shown} z {entries}</translation>
    </message>
    <message>
        <source>{entries} (yours only)</source>
        <translation>{entries} (tylko Twoje)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksportuj dziennik audytu</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Pliki CSV</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Nie można zapisać pliku: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n wpis do pliku {path}.</numerusform>
            <numerusform>Wyeksportowano %n wpisy do pliku {path}.</numerusform>
            <numerusform>Wyeksportowano %n wpisów do pliku {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BcpDialogs</name>
    <message>
        <source>The deadline appears here once the country of destination and the taking over are given.</source>
        <translation>Termin pojawi się tutaj po podaniu kraju przeznaczenia i momentu przejęcia towaru.</translation>
    </message>
    <message>
        <source>e.g. DE004600</source>
        <translation>np. DE004600</translation>
    </message>
    <message>
        <source>New movement handled on paper</source>
        <translation>Nowa operacja obsłużona na papierze</translation>
    </message>
    <message>
        <source>Next number of the &amp;range kept for the office of destination</source>
        <translation>Następny numer z &amp;zakresu prowadzonego dla urzędu przeznaczenia</translation>
    </message>
    <message>
        <source>T&amp;yped, as printed on the form:</source>
        <translation>&amp;Wpisany ręcznie, jak na wydrukowanym formularzu:</translation>
    </message>
    <message>
        <source>paper declaration number</source>
        <translation>numer zgłoszenia papierowego</translation>
    </message>
    <message>
        <source>No. {number}: {kind}, since {start}</source>
        <translation>Nr {number}: {kind}, od {start}</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <source>Office of d&amp;estination:</source>
        <translation>Urząd &amp;przeznaczenia:</translation>
    </message>
    <message>
        <source>&amp;Country of destination:</source>
        <translation>&amp;Kraj przeznaczenia:</translation>
    </message>
    <message>
        <source>Its public holidays count (and the region&apos;s, where the office&apos;s region is set)</source>
        <translation>Uwzględniane są święta tego kraju (oraz regionu, jeśli ustawiono region urzędu)</translation>
    </message>
    <message>
        <source>Office of de&amp;parture:</source>
        <translation>Urząd w&amp;yjścia:</translation>
    </message>
    <message>
        <source>&amp;Goods taken over at:</source>
        <translation>&amp;Towar przejęty:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incydent:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>verb: record the movement</comment>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>The number is taken when the movement is recorded.</source>
        <translation>Numer zostanie pobrany w chwili rejestracji operacji.</translation>
    </message>
    <message numerus="yes">
        <source>Next: {number} (range {range}; %n left)</source>
        <translation>
            <numerusform>Następny: {number} (zakres {range}; pozostał %n)</numerusform>
            <numerusform>Następny: {number} (zakres {range}; pozostały %n)</numerusform>
            <numerusform>Następny: {number} (zakres {range}; pozostało %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The ranges of {office} are used up: type the number, or add the next range (Paper movements ▸ Number ranges).</source>
        <translation>Zakresy urzędu {office} są wyczerpane: wpisz numer lub dodaj następny zakres (Operacje papierowe ▸ Zakresy numerów).</translation>
    </message>
    <message>
        <source>No range is kept for {office}: type the number, or add the range the office allocated (Paper movements ▸ Number ranges).</source>
        <translation>Dla urzędu {office} nie jest prowadzony żaden zakres: wpisz numer lub dodaj zakres przydzielony przez urząd (Operacje papierowe ▸ Zakresy numerów).</translation>
    </message>
    <message>
        <source>Type the number printed on the paper declaration, or take the next one of the office&apos;s range.</source>
        <translation>Wpisz numer wydrukowany na zgłoszeniu papierowym albo pobierz następny numer z zakresu urzędu.</translation>
    </message>
    <message>
        <source>Paper declaration number ranges</source>
        <translation>Zakresy numerów zgłoszeń papierowych</translation>
    </message>
    <message>
        <source>optional, e.g. HH-</source>
        <translation>opcjonalnie, np. HH-</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Urząd:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>Pre&amp;fiks:</translation>
    </message>
    <message>
        <source>Written before the number, e.g. HH-0001</source>
        <translation>Zapisywany przed numerem, np. HH-0001</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>&amp;Pierwszy numer:</translation>
    </message>
    <message>
        <source>&amp;Last number:</source>
        <translation>&amp;Ostatni numer:</translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <translation>&amp;Dodaj zakres</translation>
    </message>
    <message>
        <source>Each number is used once; a number typed in by hand is skipped when the range comes to it.</source>
        <translation>Każdy numer jest używany raz; numer wpisany ręcznie zostanie pominięty, gdy zakres do niego dojdzie.</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>prowadzić zakresy numerów zgłoszeń papierowych</translation>
    </message>
    <message>
        <source>Regions of the offices of destination</source>
        <translation>Regiony urzędów przeznaczenia</translation>
    </message>
    <message>
        <source>e.g. DE004600=HH DE002601=NW</source>
        <translation>np. DE004600=HH DE002601=NW</translation>
    </message>
    <message>
        <source>&amp;Offices and regions:</source>
        <translation>&amp;Urzędy i regiony:</translation>
    </message>
    <message>
        <source>OFFICE=REGION pairs, the region as the holiday calendar writes it (DE: NW, HH, BY, …): Corpus Christi counts in North Rhine-Westphalia, Reformation Day in Hamburg</source>
        <translation>Pary URZĄD=REGION, z regionem zapisanym tak jak w kalendarzu świąt (DE: NW, HH, BY, …): Boże Ciało obowiązuje w Nadrenii Północnej-Westfalii, a Święto Reformacji w Hamburgu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>set the regions of the offices</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>ustawiać regiony urzędów</translation>
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
        <source>{note}, and {eori} sends in production with &apos;{parameters}&apos;: this certificate will be refused.</source>
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
        <translation>zarządzać certyfikatami</translation>
    </message>
    <message>
        <source>Messages are encrypted for the customs certificate in effect when they are sent. Store the next one as soon as the administration publishes it, with the day it takes effect.</source>
        <translation>Komunikaty są szyfrowane certyfikatem celnym obowiązującym w chwili ich wysłania. Zapisz następny certyfikat, gdy tylko administracja go opublikuje, wraz z dniem, od którego obowiązuje.</translation>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation>Certyfikat PEM</translation>
    </message>
    <message>
        <source>DER certificate</source>
        <translation>Certyfikat DER</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported as a test certificate for training, replacing {replaced}.</source>
        <translation>Zaimportowano certyfikat dla {eori} jako certyfikat testowy do szkolenia; zastąpił on {replaced}.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported as a test certificate for training.</source>
        <translation>Zaimportowano certyfikat dla {eori} jako certyfikat testowy do szkolenia.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported, replacing {replaced}.</source>
        <translation>Zaimportowano certyfikat dla {eori}; zastąpił on {replaced}.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported.</source>
        <translation>Zaimportowano certyfikat dla {eori}.</translation>
    </message>
    <message>
        <source>Certificates — CustomsDesk</source>
        <translation>Certyfikaty — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Participant certificates</source>
        <translation>Certyfikaty &amp;uczestników</translation>
    </message>
    <message>
        <source>C&amp;ustoms certificates</source>
        <translation>Certyfikaty &amp;celne</translation>
    </message>
    <message>
        <source>&amp;Onboarding</source>
        <translation>&amp;Wdrożenie</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read the certificates again</source>
        <translation>Wczytaj ponownie certyfikaty</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>&amp;Export public certificate…</source>
        <translation>&amp;Eksportuj certyfikat publiczny…</translation>
    </message>
    <message>
        <source>&amp;Check a file…</source>
        <translation>&amp;Sprawdź plik…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>&amp;Import customs certificate…</source>
        <translation>Importuj certyfikat cel&amp;ny…</translation>
    </message>
    <message>
        <source>You see the certificates read-only. {reason}</source>
        <translation>Certyfikaty są dostępne tylko do odczytu. {reason}</translation>
    </message>
    <message>
        <source>No EORI has a participant certificate or a parameter set yet.</source>
        <translation>Żaden numer EORI nie ma jeszcze certyfikatu uczestnika ani zestawu parametrów.</translation>
    </message>
    <message>
        <source>EORI {eori} has no participant certificate, so its messages cannot be signed: import the qualified seal certificate issued for it (Import…).</source>
        <translation>EORI {eori} nie ma certyfikatu uczestnika, więc jego komunikatów nie można podpisać: zaimportuj wydany dla niego certyfikat pieczęci kwalifikowanej (Importuj…).</translation>
    </message>
    <message>
        <source>Checks of the certificate of {eori}</source>
        <translation>Kontrole certyfikatu dla {eori}</translation>
    </message>
    <message>
        <source>History of {eori}</source>
        <translation>Historia: {eori}</translation>
    </message>
    <message>
        <source>Import the participant certificate of an EORI (PKCS#12/PFX, PEM or DER)</source>
        <translation>Importuj certyfikat uczestnika dla numeru EORI (PKCS#12/PFX, PEM lub DER)</translation>
    </message>
    <message>
        <source>Store an administration&apos;s encryption certificate, with the day it takes effect</source>
        <translation>Zapisz certyfikat szyfrujący administracji wraz z dniem, od którego obowiązuje</translation>
    </message>
    <message>
        <source>Select an EORI with a certificate first</source>
        <translation>Najpierw wybierz EORI z certyfikatem</translation>
    </message>
    <message>
        <source>{eori} has no certificate yet</source>
        <translation>{eori} nie ma jeszcze certyfikatu</translation>
    </message>
    <message>
        <source>Write the public certificate only (for customs or the gateway operator): never the private key</source>
        <translation>Zapisz wyłącznie certyfikat publiczny (dla urzędu celnego lub operatora bramki): nigdy klucza prywatnego</translation>
    </message>
    <message>
        <source>Show what the certificate in a file is fit for, without importing it</source>
        <translation>Pokaż, do czego nadaje się certyfikat zawarty w pliku, bez importowania go</translation>
    </message>
    <message>
        <source>Export public certificate</source>
        <translation>Eksportuj certyfikat publiczny</translation>
    </message>
    <message>
        <source>Public certificate of {eori} written to {path} (no private key).</source>
        <translation>Certyfikat publiczny dla {eori} zapisano w pliku {path} (bez klucza prywatnego).</translation>
    </message>
    <message>
        <source>Customs certificate {subject} stored for {administration} {environment}, in effect from {date}.</source>
        <translation>Zapisano certyfikat celny {subject} dla {administration} {environment}, obowiązujący od {date}.</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>Suitable for customs</source>
        <translation>Odpowiedni dla urzędu celnego</translation>
    </message>
    <message>
        <source>Test certificate — training only</source>
        <translation>Certyfikat testowy — tylko do szkolenia</translation>
    </message>
    <message>
        <source>Expired — sending blocked</source>
        <translation>Wygasł — wysyłanie zablokowane</translation>
    </message>
    <message>
        <source>No certificate — import one</source>
        <translation>Brak certyfikatu — zaimportuj go</translation>
    </message>
    <message>
        <source>Expires within a day</source>
        <translation>Wygasa w ciągu doby</translation>
    </message>
    <message>
        <source>Expires in 1 day</source>
        <translation>Wygasa za 1 dzień</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Wygasa za %n dzień</numerusform>
            <numerusform>Wygasa za %n dni</numerusform>
            <numerusform>Wygasa za %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Takes effect on {date}</source>
        <translation>Obowiązuje od {date}</translation>
    </message>
    <message>
        <source>{expiry} · test certificate</source>
        <translation>{expiry} · certyfikat testowy</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Podmiot</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>added {time} by {user}</source>
        <translation>dodany {time} przez {user}</translation>
    </message>
    <message>
        <source>in use</source>
        <comment>not replaced yet</comment>
        <translation>w użyciu</translation>
    </message>
    <message>
        <source>test certificate</source>
        <translation>certyfikat testowy</translation>
    </message>
    <message>
        <source>qualified seal</source>
        <translation>pieczęć kwalifikowana</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Data dodania</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Dodany przez</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Data zastąpienia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasły</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>W użyciu</translation>
    </message>
    <message>
        <source>Superseded since {date}</source>
        <translation>Zastąpiony od {date}</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>none: fill in the participant EORI</source>
        <translation>brak: uzupełnij EORI uczestnika</translation>
    </message>
    <message>
        <source>none: import it in {place}</source>
        <translation>brak: zaimportuj go ({place})</translation>
    </message>
    <message>
        <source>{certificate} expired on {date} — sending blocked: import the renewed certificate in {place}</source>
        <translation>{certificate} wygasł {date} — wysyłanie zablokowane: zaimportuj odnowiony certyfikat ({place})</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — suitable</source>
        <translation>{certificate} ważny do {date} — odpowiedni</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — test certificate: a production set cannot send with a test certificate</source>
        <translation>{certificate} ważny do {date} — certyfikat testowy: zestaw produkcyjny nie może wysyłać komunikatów z certyfikatem testowym</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — test certificate — training only</source>
        <translation>{certificate} ważny do {date} — certyfikat testowy — tylko do szkolenia</translation>
    </message>
    <message>
        <source>next: {certificate} from {date}</source>
        <translation>następny: {certificate} od {date}</translation>
    </message>
    <message>
        <source>{certificate} in effect since {date}</source>
        <translation>{certificate} obowiązuje od {date}</translation>
    </message>
    <message>
        <source>{current}, {next}</source>
        <translation>{current}, {next}</translation>
    </message>
    <message>
        <source>none in effect now; {next}</source>
        <translation>obecnie żaden nie obowiązuje; {next}</translation>
    </message>
    <message>
        <source>{certificate} expired on {date}: import the current one in {place}</source>
        <translation>{certificate} wygasł {date}: zaimportuj aktualny certyfikat ({place})</translation>
    </message>
    <message>
        <source>none: import the administration&apos;s encryption certificate in {place}</source>
        <translation>brak: zaimportuj certyfikat szyfrujący administracji ({place})</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your access codes stay readable: they are sealed with your own key, and the new password takes over protecting that key. A forgotten password cannot be recovered — an administrator can only set a new one, and then your stored access codes are lost.</source>
        <translation>Twoje kody dostępu pozostaną czytelne: są zaszyfrowane Twoim własnym kluczem, a ochronę tego klucza przejmuje nowe hasło. Zapomnianego hasła nie da się odzyskać — administrator może jedynie ustawić nowe, a wtedy zapisane kody dostępu zostaną utracone.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the new password again in both fields.</source>
        <translation>Nowe hasła się różnią: wpisz nowe hasło ponownie w obu polach.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Bieżące hasło:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Co najmniej %n znak</numerusform>
            <numerusform>Co najmniej %n znaki</numerusform>
            <numerusform>Co najmniej %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Powtórz nowe hasło:</translation>
    </message>
    <message>
        <source>Change the password of {user}</source>
        <translation>Zmień hasło użytkownika {user}</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Zmień hasło</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>folder holding the database (default: the user&apos;s data folder)</source>
        <translation>folder z bazą danych (domyślnie: folder danych użytkownika)</translation>
    </message>
    <message>
        <source>the office database on a PostgreSQL server, e.g. postgresql://clerk@server/customsdesk?sslmode=require (default: $CUSTOMSDESK_DATABASE_URL, else the data folder&apos;s own database); the password comes from PGPASSWORD, the system keyring (db-password) or a password file (~/.pgpass, PGPASSFILE), never from this option</source>
        <translation>baza danych biura na serwerze PostgreSQL, np. postgresql://clerk@server/customsdesk?sslmode=require (domyślnie: $CUSTOMSDESK_DATABASE_URL, w przeciwnym razie własna baza folderu danych); hasło pochodzi z PGPASSWORD, z systemowego pęku kluczy (db-password) lub z pliku haseł (~/.pgpass, PGPASSFILE), nigdy z tej opcji</translation>
    </message>
    <message>
        <source>act as this user</source>
        <translation>działaj jako ten użytkownik</translation>
    </message>
    <message>
        <source>file whose first line is the user&apos;s password</source>
        <translation>plik, którego pierwszy wiersz to hasło użytkownika</translation>
    </message>
    <message>
        <source>language of the messages people read (JSON keys and codes never change); the window: as chosen in its settings, else the desktop&apos;s; the commands: English</source>
        <translation>język tekstów czytanych przez ludzi (klucze JSON i kody nigdy się nie zmieniają); okno: jak wybrano w jego ustawieniach, w przeciwnym razie język pulpitu; polecenia: angielski</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>check a certificate file (PEM, DER, PKCS#12) for signing customs messages</source>
        <translation>sprawdź plik certyfikatu (PEM, DER, PKCS#12) do podpisywania komunikatów celnych</translation>
    </message>
    <message>
        <source>read the PKCS#12 or key password from stdin</source>
        <translation>odczytaj hasło do PKCS#12 lub klucza ze stdin</translation>
    </message>
    <message>
        <source>import the participant certificate of an EORI (PKCS#12 with its key), or with --customs an administration&apos;s encryption certificate</source>
        <translation>zaimportuj certyfikat uczestnika dla numeru EORI (PKCS#12 z kluczem) lub, z --customs, certyfikat szyfrujący administracji celnej</translation>
    </message>
    <message>
        <source>the EORI whose participant certificate it is (it replaces the current one)</source>
        <translation>numer EORI, do którego należy certyfikat uczestnika (zastępuje bieżący)</translation>
    </message>
    <message>
        <source>CZ, DE or PL: a customs encryption certificate</source>
        <translation>CZ, DE lub PL: certyfikat szyfrujący administracji celnej</translation>
    </message>
    <message>
        <source>with --customs: production, test or training</source>
        <translation>z --customs: production, test lub training</translation>
    </message>
    <message>
        <source>with --customs: the day customs switch to it (YYYY-MM-DD)</source>
        <translation>z --customs: dzień, w którym administracja celna przełącza się na ten certyfikat (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>list the certificates with their checks and expiry warnings</source>
        <translation>wyświetl certyfikaty z wynikami kontroli i ostrzeżeniami o wygaśnięciu</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>wypisz JSON</translation>
    </message>
    <message>
        <source>also the replaced ones (history)</source>
        <translation>także zastąpione (historia)</translation>
    </message>
    <message>
        <source>write the public certificate only (never the key) to a file</source>
        <translation>zapisz do pliku tylko certyfikat publiczny (nigdy klucz)</translation>
    </message>
    <message>
        <source>the certificate&apos;s id (see certs)</source>
        <translation>identyfikator certyfikatu (zob. certs)</translation>
    </message>
    <message>
        <source>FILE.pem, or FILE.cer/.der for DER</source>
        <translation>FILE.pem lub FILE.cer/.der dla DER</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>zastąp FILE, jeśli istnieje</translation>
    </message>
    <message>
        <source>the onboarding checklists of the participant certificate, per EORI and administration</source>
        <translation>listy kontrolne wdrożenia certyfikatu uczestnika według EORI i administracji</translation>
    </message>
    <message>
        <source>only this EORI</source>
        <translation>tylko ten numer EORI</translation>
    </message>
    <message>
        <source>only this administration: CZ, DE or PL</source>
        <translation>tylko ta administracja: CZ, DE lub PL</translation>
    </message>
    <message>
        <source>record the state of one onboarding step; prints the checklist</source>
        <translation>zapisz stan jednego kroku wdrożenia; wypisuje listę kontrolną</translation>
    </message>
    <message>
        <source>CZ, DE or PL</source>
        <translation>CZ, DE lub PL</translation>
    </message>
    <message>
        <source>apply, register, send_to_gateway or send_password</source>
        <translation>apply, register, send_to_gateway lub send_password</translation>
    </message>
    <message>
        <source>open, in_progress, done or not_needed</source>
        <translation>open, in_progress, done lub not_needed</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default for a done step: today)</source>
        <translation>YYYY-MM-DD (domyślnie dla ukończonego kroku: dziś)</translation>
    </message>
    <message>
        <source>the ticket number (step send_to_gateway) or order number (step apply)</source>
        <translation>numer zgłoszenia (krok send_to_gateway) lub numer zamówienia (krok apply)</translation>
    </message>
    <message>
        <source>why a step is not needed, or any remark</source>
        <translation>dlaczego krok nie jest potrzebny lub dowolna uwaga</translation>
    </message>
    <message>
        <source>CustomsDesk: NCTS guarantees and customs messages.</source>
        <translation>CustomsDesk: zabezpieczenia NCTS i komunikaty celne.</translation>
    </message>
    <message>
        <source>when it started: YYYY-MM-DDTHH:MM, local time or with the time zone (default: now)</source>
        <translation>kiedy się zaczął: YYYY-MM-DDTHH:MM, czas lokalny lub ze strefą czasową (domyślnie: teraz)</translation>
    </message>
    <message>
        <source>a planned outage: when customs expect it to end</source>
        <translation>planowana przerwa: kiedy według administracji celnej się zakończy</translation>
    </message>
    <message>
        <source>when it ended</source>
        <translation>kiedy się zakończył</translation>
    </message>
    <message>
        <source>own-system: the authorised consignee&apos;s EORI</source>
        <translation>own-system: numer EORI upoważnionego odbiorcy</translation>
    </message>
    <message>
        <source>the cause, if known</source>
        <translation>przyczyna, jeśli jest znana</translation>
    </message>
    <message>
        <source>the service desk&apos;s ticket number</source>
        <translation>numer zgłoszenia w centrum wsparcia</translation>
    </message>
    <message>
        <source>the gateway concerned</source>
        <translation>bramka, której to dotyczy</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>dowolne notatki</translation>
    </message>
    <message>
        <source>the incident log: outages of customs, of our own system and of the link</source>
        <translation>rejestr incydentów: awarie systemu celnego, własnego systemu i połączenia</translation>
    </message>
    <message>
        <source>record an incident (with --end: one that is over); prints it</source>
        <translation>zarejestruj incydent (z --end: już zakończony); wypisuje go</translation>
    </message>
    <message>
        <source>own-system: the service desk&apos;s answer</source>
        <translation>own-system: odpowiedź centrum wsparcia</translation>
    </message>
    <message>
        <source>correct or complete an incident (a detected draft becomes yours)</source>
        <translation>popraw lub uzupełnij incydent (wykryty szkic staje się Twój)</translation>
    </message>
    <message>
        <source>Correct or complete an incident; &apos;&apos; clears a text.</source>
        <translation>Popraw lub uzupełnij incydent; &apos;&apos; czyści tekst.</translation>
    </message>
    <message>
        <source>the outage is over; prints the incident</source>
        <translation>awaria się zakończyła; wypisuje incydent</translation>
    </message>
    <message>
        <source>when it ended (default: now)</source>
        <translation>kiedy się zakończył (domyślnie: teraz)</translation>
    </message>
    <message>
        <source>write the report of an incident for the customs service desk</source>
        <translation>zapisz raport z incydentu dla centrum wsparcia administracji celnej</translation>
    </message>
    <message>
        <source>default: as FILE ends (.csv), else pdf</source>
        <translation>domyślnie: według rozszerzenia FILE (.csv), w przeciwnym razie pdf</translation>
    </message>
    <message>
        <source>outbound messages queued or sent without an answer during an incident: declarations to withdraw</source>
        <translation>komunikaty wychodzące, które w trakcie incydentu czekały w kolejce lub zostały wysłane bez odpowiedzi: zgłoszenia do wycofania</translation>
    </message>
    <message>
        <source>a range of paper declaration numbers the office allocated</source>
        <translation>zakres numerów zgłoszeń papierowych przydzielony przez urząd</translation>
    </message>
    <message>
        <source>the customs office the range belongs to, e.g. DE004600</source>
        <translation>urząd celny, do którego należy zakres, np. DE004600</translation>
    </message>
    <message>
        <source>written before the number, e.g. BCP-</source>
        <translation>zapisywany przed numerem, np. BCP-</translation>
    </message>
    <message>
        <source>the paper number ranges</source>
        <translation>zakresy numerów zgłoszeń papierowych</translation>
    </message>
    <message>
        <source>record a movement handled on paper (BCP); prints it with its deadline</source>
        <translation>zarejestruj operację obsłużoną na papierze (BCP); wypisuje ją wraz z terminem</translation>
    </message>
    <message>
        <source>the country of destination, e.g. DE</source>
        <translation>kraj przeznaczenia, np. DE</translation>
    </message>
    <message>
        <source>when the goods were taken over</source>
        <translation>kiedy towary zostały przejęte</translation>
    </message>
    <message>
        <source>the paper declaration&apos;s number (default: the next of a range of the office of destination)</source>
        <translation>numer zgłoszenia papierowego (domyślnie: następny z zakresu urzędu przeznaczenia)</translation>
    </message>
    <message>
        <source>the paper document</source>
        <translation>dokument papierowy</translation>
    </message>
    <message>
        <source>the incident that made it go on paper</source>
        <translation>incydent, z powodu którego operację obsłużono na papierze</translation>
    </message>
    <message>
        <source>the movements handled on paper, with deadlines and reminders</source>
        <translation>operacje obsłużone na papierze, z terminami i przypomnieniami</translation>
    </message>
    <message>
        <source>only those due today, tomorrow or overdue</source>
        <translation>tylko te z terminem dziś lub jutro oraz po terminie</translation>
    </message>
    <message>
        <source>the endorsed paper document was presented at the office of destination</source>
        <translation>poświadczony dokument papierowy został przedstawiony w urzędzie przeznaczenia</translation>
    </message>
    <message>
        <source>when (default: now)</source>
        <translation>kiedy (domyślnie: teraz)</translation>
    </message>
    <message>
        <source>refused: a movement handled on paper is never sent electronically</source>
        <translation>odrzucane: operacja obsłużona na papierze nigdy nie jest wysyłana elektronicznie</translation>
    </message>
    <message>
        <source>per month: movements on paper, messages declared electronically, the share</source>
        <translation>w poszczególnych miesiącach: operacje papierowe, komunikaty zgłoszone elektronicznie, udział</translation>
    </message>
    <message>
        <source>show or set the offices&apos; regions and the share that draws a warning</source>
        <translation>pokaż lub ustaw regiony urzędów i udział, powyżej którego pojawia się ostrzeżenie</translation>
    </message>
    <message>
        <source>e.g. &apos;DE004600=HH DE002601=NW&apos; (&apos;&apos; for none)</source>
        <translation>np. &apos;DE004600=HH DE002601=NW&apos; (&apos;&apos; oznacza brak)</translation>
    </message>
    <message>
        <source>warn above this share (default 5)</source>
        <translation>ostrzegaj powyżej tego udziału (domyślnie 5)</translation>
    </message>
    <message>
        <source>store your access codes for a guarantee: JSON {&quot;pac&quot;, &quot;new_pac&quot;, &quot;spk&quot;: [...]} on stdin</source>
        <translation>zapisz swoje kody dostępu do zabezpieczenia: JSON {&quot;pac&quot;, &quot;new_pac&quot;, &quot;spk&quot;: [...]} na stdin</translation>
    </message>
    <message>
        <source>show your own access codes for a guarantee</source>
        <translation>pokaż własne kody dostępu do zabezpieczenia</translation>
    </message>
    <message>
        <source>queue the access code registration (E_ACC_COD) with your codes</source>
        <translation>dodaj do kolejki rejestrację kodów dostępu (E_ACC_COD) z Twoimi kodami</translation>
    </message>
    <message>
        <source>send it before the others (first when the gateway is back after an outage)</source>
        <translation>wyślij przed innymi (jako pierwsze, gdy bramka po awarii znów działa)</translation>
    </message>
    <message>
        <source>send it now and fetch answers (like sync)</source>
        <translation>wyślij od razu i pobierz odpowiedzi (jak sync)</translation>
    </message>
    <message>
        <source>queue a guarantee query (CC034C) for one or more GRNs</source>
        <translation>dodaj do kolejki zapytanie o zabezpieczenie (CC034C) dla jednego lub kilku GRN</translation>
    </message>
    <message>
        <source>usage period start, YYYY-MM-DD (default: 30 days ago)</source>
        <translation>początek okresu wykorzystania, YYYY-MM-DD (domyślnie: 30 dni temu)</translation>
    </message>
    <message>
        <source>usage period end, YYYY-MM-DD (default: today)</source>
        <translation>koniec okresu wykorzystania, YYYY-MM-DD (domyślnie: dziś)</translation>
    </message>
    <message>
        <source>usage without a period: only the operations not yet released</source>
        <translation>wykorzystanie bez okresu: tylko operacje jeszcze niezwolnione</translation>
    </message>
    <message>
        <source>send the outbox, fetch and apply the inbox; prints a JSON summary</source>
        <translation>wyślij komunikaty ze skrzynki nadawczej, pobierz i zastosuj odebrane; wypisuje podsumowanie w JSON</translation>
    </message>
    <message>
        <source>list messages in and out</source>
        <translation>wyświetl komunikaty przychodzące i wychodzące</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>wyszukiwanie pełnotekstowe</translation>
    </message>
    <message>
        <source>print a message as XML or as its preview HTML</source>
        <translation>wypisz komunikat jako XML lub jako podgląd HTML</translation>
    </message>
    <message>
        <source>the message&apos;s number or its message identification</source>
        <translation>numer komunikatu lub jego identyfikator</translation>
    </message>
    <message>
        <source>its fields and its history</source>
        <translation>jego pola i historia</translation>
    </message>
    <message>
        <source>apply a quarantined answer again at the next send and receive</source>
        <translation>ponownie zastosuj odpowiedź z kwarantanny przy następnym wysyłaniu i odbieraniu</translation>
    </message>
    <message>
        <source>the message&apos;s number</source>
        <translation>numer komunikatu</translation>
    </message>
    <message>
        <source>list the communication parameter sets</source>
        <translation>wyświetl zestawy parametrów komunikacyjnych</translation>
    </message>
    <message>
        <source>change a communication parameter set; prints it</source>
        <translation>zmień zestaw parametrów komunikacyjnych; wypisuje go</translation>
    </message>
    <message>
        <source>the parameter set&apos;s id (see params)</source>
        <translation>identyfikator zestawu parametrów (zob. params)</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>jego nazwa</translation>
    </message>
    <message>
        <source>the gateway: an http(s) URL or a mailbox folder</source>
        <translation>bramka: URL http(s) lub folder skrzynki pocztowej</translation>
    </message>
    <message>
        <source>the participant&apos;s EORI</source>
        <translation>numer EORI uczestnika</translation>
    </message>
    <message>
        <source>the participant code</source>
        <translation>kod uczestnika</translation>
    </message>
    <message>
        <source>the NCTS permit number</source>
        <translation>numer zezwolenia NCTS</translation>
    </message>
    <message>
        <source>check a message file against the schemas</source>
        <translation>sprawdź plik komunikatu względem schematów</translation>
    </message>
    <message>
        <source>run the customs simulator (training environment) on loopback</source>
        <translation>uruchom symulator systemu celnego (środowisko szkoleniowe) na interfejsie loopback</translation>
    </message>
    <message>
        <source>JSON file of register entries to add or replace</source>
        <translation>plik JSON z wpisami rejestru do dodania lub zastąpienia</translation>
    </message>
    <message>
        <source>minimum time between queries on one GRN</source>
        <translation>minimalny odstęp między zapytaniami o jeden GRN</translation>
    </message>
    <message>
        <source>folder of official XSDs to validate against as well</source>
        <translation>folder z oficjalnymi plikami XSD, względem których również walidować</translation>
    </message>
    <message>
        <source>also serve a mailbox folder (out/ and in/)</source>
        <translation>obsługuj także folder skrzynki pocztowej (out/ i in/)</translation>
    </message>
    <message>
        <source>start in a simulated outage</source>
        <translation>uruchom w stanie symulowanej awarii</translation>
    </message>
    <message>
        <source>seconds before answers become available</source>
        <translation>liczba sekund do udostępnienia odpowiedzi</translation>
    </message>
    <message>
        <source>create or migrate the database</source>
        <translation>utwórz lub zmigruj bazę danych</translation>
    </message>
    <message>
        <source>load the demo organisations, guarantees and parameter sets</source>
        <translation>wczytaj przykładowe organizacje, zabezpieczenia i zestawy parametrów</translation>
    </message>
    <message>
        <source>import EU CS/RD2 code lists and the customs office list</source>
        <translation>importuj unijne listy kodów CS/RD2 i listę urzędów celnych</translation>
    </message>
    <message>
        <source>check a GRN and its check digit</source>
        <translation>sprawdź GRN i jego cyfrę kontrolną</translation>
    </message>
    <message>
        <source>add an organisation</source>
        <translation>dodaj organizację</translation>
    </message>
    <message>
        <source>add a guarantee to an organisation</source>
        <translation>dodaj zabezpieczenie do organizacji</translation>
    </message>
    <message>
        <source>keep a GRN whose only fault is its check digit (training data)</source>
        <translation>zachowaj GRN, którego jedynym błędem jest cyfra kontrolna (dane szkoleniowe)</translation>
    </message>
    <message>
        <source>list organisations</source>
        <translation>wyświetl organizacje</translation>
    </message>
    <message>
        <source>list guarantees</source>
        <translation>wyświetl zabezpieczenia</translation>
    </message>
    <message>
        <source>a summary declaration (ATLAS CUSPRL) from a JSON file: new, or with --id replacing the working copy of one</source>
        <translation>deklaracja skrócona (ATLAS CUSPRL) z pliku JSON: nowa lub, z --id, zastępująca kopię roboczą istniejącej</translation>
    </message>
    <message>
        <source>the JSON declaration (&apos;-&apos; for stdin)</source>
        <translation>deklaracja w JSON (&apos;-&apos; oznacza stdin)</translation>
    </message>
    <message>
        <source>the declaration whose working copy it replaces</source>
        <translation>deklaracja, której kopię roboczą zastępuje</translation>
    </message>
    <message>
        <source>check a summary declaration against what customs hold and queue it</source>
        <translation>sprawdź deklarację skróconą względem danych administracji celnej i dodaj ją do kolejki</translation>
    </message>
    <message>
        <source>the confirmation flag (ESA: 1 or 2; ESV: 3)</source>
        <translation>znacznik potwierdzenia (ESA: 1 lub 2; ESV: 3)</translation>
    </message>
    <message>
        <source>the positions to send or confirm, e.g. 1,2,5</source>
        <translation>pozycje do wysłania lub potwierdzenia, np. 1,2,5</translation>
    </message>
    <message>
        <source>list the summary declarations</source>
        <translation>wyświetl deklaracje skrócone</translation>
    </message>
    <message>
        <source>a summary declaration with its positions</source>
        <translation>deklaracja skrócona wraz z pozycjami</translation>
    </message>
    <message>
        <source>add a user (administrators)</source>
        <translation>dodaj użytkownika (administratorzy)</translation>
    </message>
    <message>
        <source>advanced acts for organisations and needs the identity confirmed (default: basic)</source>
        <translation>advanced działa w imieniu organizacji i wymaga potwierdzonej tożsamości (domyślnie: basic)</translation>
    </message>
    <message>
        <source>file whose first line is the new password</source>
        <translation>plik, którego pierwszy wiersz to nowe hasło</translation>
    </message>
    <message>
        <source>how the identity was confirmed (advanced level; default: confirmed by the administrator)</source>
        <translation>jak potwierdzono tożsamość (poziom advanced; domyślnie: potwierdzona przez administratora)</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>wyświetl użytkowników</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>zmień swoje hasło</translation>
    </message>
    <message>
        <source>set a new password for a user (administrators; their codes are lost)</source>
        <translation>ustaw nowe hasło użytkownika (administratorzy; jego kody zostaną utracone)</translation>
    </message>
    <message>
        <source>let a user (or an agency organisation) act for an organisation</source>
        <translation>pozwól użytkownikowi (lub organizacji będącej agencją) działać w imieniu organizacji</translation>
    </message>
    <message>
        <source>the person who represents</source>
        <translation>osoba, która reprezentuje</translation>
    </message>
    <message>
        <source>the agency organisation that represents</source>
        <translation>agencja (organizacja), która reprezentuje</translation>
    </message>
    <message>
        <source>the organisation represented</source>
        <translation>reprezentowana organizacja</translation>
    </message>
    <message>
        <source>power of attorney reference</source>
        <translation>oznaczenie pełnomocnictwa</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD (domyślnie: dziś)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: open-ended)</source>
        <translation>ostatni dzień, YYYY-MM-DD (domyślnie: bezterminowo)</translation>
    </message>
    <message>
        <source>list representations</source>
        <translation>wyświetl przedstawicielstwa</translation>
    </message>
    <message>
        <source>the audit log, newest first</source>
        <translation>dziennik audytu, od najnowszych</translation>
    </message>
    <message>
        <source>only this user&apos;s entries</source>
        <translation>tylko wpisy tego użytkownika</translation>
    </message>
    <message>
        <source>only this action (e.g. spk_used, login_failed)</source>
        <translation>tylko ta akcja (np. spk_used, login_failed)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or a time (UTC) YYYY-MM-DDTHH:MM:SS</source>
        <translation>YYYY-MM-DD lub czas (UTC) YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (the whole day), or a time (UTC)</source>
        <translation>YYYY-MM-DD (cały dzień) lub czas (UTC)</translation>
    </message>
    <message>
        <source>at most this many entries (default: all)</source>
        <translation>najwyżej tyle wpisów (domyślnie: wszystkie)</translation>
    </message>
    <message>
        <source>copy this data folder&apos;s database into an empty office database (--to), or an office database into a new data folder (--from); verified by counts and checksums; prints JSON</source>
        <translation>skopiuj bazę danych tego folderu danych do pustej bazy danych biura (--to) lub bazę danych biura do nowego folderu danych (--from); weryfikacja liczbą rekordów i sumami kontrolnymi; wypisuje JSON</translation>
    </message>
    <message>
        <source>the empty office database to fill</source>
        <translation>pusta baza danych biura do wypełnienia</translation>
    </message>
    <message>
        <source>the office database to copy into the data folder</source>
        <translation>baza danych biura do skopiowania do folderu danych</translation>
    </message>
    <message>
        <source>write this workstation&apos;s key, which every workstation of the office needs, to FILE locked with a passphrase (administrators)</source>
        <translation>zapisz klucz tego stanowiska, potrzebny każdemu stanowisku biura, do FILE, zablokowany frazą hasła (administratorzy)</translation>
    </message>
    <message>
        <source>file whose first line is the passphrase (at least 12 characters)</source>
        <translation>plik, którego pierwszy wiersz to fraza hasła (co najmniej 12 znaków)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>zastąp FILE, jeśli istnieje</translation>
    </message>
    <message>
        <source>make the office key exported on another workstation this one&apos;s; a different key it had is kept beside it</source>
        <translation>ustaw klucz biura wyeksportowany na innym stanowisku jako klucz tego stanowiska; dotychczasowy inny klucz zostaje zachowany obok</translation>
    </message>
    <message>
        <source>file whose first line is the passphrase</source>
        <translation>plik, którego pierwszy wiersz to fraza hasła</translation>
    </message>
    <message>
        <source>let the server role ROLE use the office database given with --database-url, without the right to change or delete the audit log; run as the role owning its tables; prints JSON</source>
        <translation>zezwól roli serwera ROLE na korzystanie z bazy danych biura podanej w --database-url, bez prawa zmiany lub usuwania dziennika audytu; uruchom jako rola będąca właścicielem jej tabel; wypisuje JSON</translation>
    </message>
    <message>
        <source>keep the password of the office database&apos;s server account in the system keyring once the server has taken it, or remove it with --forget; prints JSON</source>
        <translation>zachować hasło konta serwerowego bazy danych biura w systemowym pęku kluczy, gdy serwer je przyjmie, lub usunąć je opcją --forget; wypisuje JSON</translation>
    </message>
    <message>
        <source>file whose first line is the password; without it, the password is asked for (or read from standard input)</source>
        <translation>plik, którego pierwszym wierszem jest hasło; bez niego hasło jest pobierane interaktywnie (lub ze standardowego wejścia)</translation>
    </message>
    <message>
        <source>remove the password the system keyring keeps for this account</source>
        <translation>usunąć hasło, które systemowy pęk kluczy przechowuje dla tego konta</translation>
    </message>
    <message>
        <source>which database this workstation uses; for an office database, whether it answers, the server&apos;s version and the schema&apos;s; prints JSON</source>
        <translation>której bazy danych używa to stanowisko; w przypadku bazy danych biura także, czy odpowiada, wersja serwera i wersja schematu; wypisuje JSON</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>--password-file needs --user NAME: say whose password it is.</source>
        <translation>--password-file wymaga --user NAME: podaj, czyje to hasło.</translation>
    </message>
    <message>
        <source>A command line is shown to everyone on the computer and kept in logs: leave the password out of {option} and keep it in the system keyring with db-password, or give it in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Wiersz poleceń widzi każdy na tym komputerze i jest on zapisywany w dziennikach: nie umieszczaj hasła w {option}; zachowaj je w systemowym pęku kluczy poleceniem db-password albo podaj je w PGPASSWORD lub w pliku haseł (~/.pgpass).</translation>
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
        <source>Not JSON ({reason}): give an object with &quot;pac&quot;, &quot;new_pac&quot; and &quot;spk&quot;.</source>
        <translation>To nie jest JSON ({reason}): podaj obiekt z polami &quot;pac&quot;, &quot;new_pac&quot; i &quot;spk&quot;.</translation>
    </message>
    <message>
        <source>Give a JSON object like {&quot;pac&quot;: &quot;AB12&quot;, &quot;spk&quot;: [&quot;CD34&quot;]}; &quot;spk&quot; is a list.</source>
        <translation>Podaj obiekt JSON, np. {&quot;pac&quot;: &quot;AB12&quot;, &quot;spk&quot;: [&quot;CD34&quot;]}; &quot;spk&quot; to lista.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a code in quotes, e.g. &quot;AB12&quot;, or null to clear it.</source>
        <translation>&quot;{field}&quot; musi być kodem w cudzysłowie, np. &quot;AB12&quot;, lub null, aby go wyczyścić.</translation>
    </message>
    <message>
        <source>&quot;spk&quot; must be a list of codes in quotes, e.g. [&quot;CD34&quot;, &quot;EF56&quot;].</source>
        <translation>&quot;spk&quot; musi być listą kodów w cudzysłowie, np. [&quot;CD34&quot;, &quot;EF56&quot;].</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a message number: give a whole number from 1 to {largest}, or the message identification.</source>
        <translation>„{given}” nie jest numerem komunikatu: podaj liczbę całkowitą od 1 do {largest} lub identyfikator komunikatu.</translation>
    </message>
    <message>
        <source>Message {id} has no readable content (state: {state}); see its history with &apos;messages --json&apos;.</source>
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
    <message>
        <source>Note: PGPASSWORD is set, and comes first: the password kept in the system keyring is used where PGPASSWORD is not.</source>
        <translation>Uwaga: ustawiono PGPASSWORD, które ma pierwszeństwo: hasło zachowane w systemowym pęku kluczy zostanie użyte tam, gdzie PGPASSWORD nie jest ustawione.</translation>
    </message>
    <message>
        <source>Name the office database with --database-url or CUSTOMSDESK_DATABASE_URL.</source>
        <translation>Podaj bazę danych biura za pomocą --database-url lub CUSTOMSDESK_DATABASE_URL.</translation>
    </message>
    <message>
        <source>Password of the server account: </source>
        <translation>Hasło konta serwerowego: </translation>
    </message>
    <message>
        <source>No password was given: type it, or give a file whose first line it is with --password-file.</source>
        <translation>Nie podano hasła: wpisz je albo wskaż opcją --password-file plik, którego pierwszym wierszem jest hasło.</translation>
    </message>
</context>
<context>
    <name>Communication</name>
    <message>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonany</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Niepotrzebny</translation>
    </message>
    <message>
        <source>Settings ▸ Communication parameters ▸ Participant code</source>
        <translation>Ustawienia ▸ Parametry komunikacji ▸ Kod uczestnika</translation>
    </message>
    <message>
        <source>change the onboarding checklist</source>
        <translation>zmieniać listę kontrolną wdrożenia</translation>
    </message>
    <message>
        <source>Only port orders for sea-freight export are created here: the certificate is needed only for exit summary declarations and re-export notifications.</source>
        <translation>Tworzone są tu tylko zlecenia portowe dla eksportu drogą morską: certyfikat jest potrzebny wyłącznie do wywozowych deklaracji skróconych i powiadomień o powrotnym wywozie.</translation>
    </message>
    <message>
        <source>Register the certificate with German customs. Open a business account in the customs business portal (Zoll-Portal) with the company&apos;s ELSTER certificate and wait for the confirmation, which can take a few days. Then sign in to the portal, open Services ▸ “Certificate administration for B2A” (Zertifikatsverwaltung für B2A) ▸ Add certificate and choose the purpose “ATLAS digital signature for web-service communication” (ATLAS Digitale Signatur zur Webservice Kommunikation). Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Zarejestruj certyfikat w niemieckiej administracji celnej. Załóż konto firmowe w portalu biznesowym niemieckiej administracji celnej (Zoll-Portal) przy użyciu certyfikatu ELSTER firmy i poczekaj na potwierdzenie, co może potrwać kilka dni. Następnie zaloguj się do portalu, otwórz Usługi ▸ „Zarządzanie certyfikatami dla B2A” (Zertifikatsverwaltung für B2A) ▸ Dodaj certyfikat i wybierz cel „Podpis cyfrowy ATLAS do komunikacji przez usługi sieciowe” (ATLAS Digitale Signatur zur Webservice Kommunikation). Prześlij wyłącznie certyfikat — nigdy klucza prywatnego ani pliku PKCS#12/PFX.</translation>
    </message>
    <message>
        <source>Register the certificate with the {administration} customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <extracomment>{administration}: the code of an administration that has no text of its own</extracomment>
        <translation>Zarejestruj certyfikat w administracji celnej {administration} jako certyfikat podpisujący Twoje komunikaty elektroniczne (system–system), zgodnie z procedurą rejestracji opisaną na jej portalu celnym. Prześlij wyłącznie certyfikat — nigdy klucza prywatnego ani pliku PKCS#12/PFX.</translation>
    </message>
    <message>
        <source>Register the certificate with the Czech customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Zarejestruj certyfikat w czeskiej administracji celnej jako certyfikat podpisujący Twoje komunikaty elektroniczne (system–system), zgodnie z procedurą rejestracji opisaną na jej portalu celnym. Prześlij wyłącznie certyfikat — nigdy klucza prywatnego ani pliku PKCS#12/PFX.</translation>
    </message>
    <message>
        <source>Register the certificate with the Polish customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Zarejestruj certyfikat w polskiej administracji celnej jako certyfikat podpisujący Twoje komunikaty elektroniczne (system–system), zgodnie z procedurą rejestracji opisaną na jej portalu celnym. Prześlij wyłącznie certyfikat — nigdy klucza prywatnego ani pliku PKCS#12/PFX.</translation>
    </message>
    <message>
        <source>Apply for the participant certificate</source>
        <translation>Złóż wniosek o certyfikat uczestnika</translation>
    </message>
    <message>
        <source>Order a certificate for this EORI from a qualified trust service provider: an eIDAS qualified or advanced seal certificate (sold for example as “Qualified Seal ID”) with an RSA or ECC key and the key usages digital signature and non-repudiation — ask the provider if unsure. It costs money and takes 8–10 weeks to arrive. It is valid for one year and has to be renewed every year. One certificate serves every administration and module of the EORI.</source>
        <translation>Zamów certyfikat dla tego numeru EORI u kwalifikowanego dostawcy usług zaufania: kwalifikowany lub zaawansowany certyfikat pieczęci zgodny z eIDAS (sprzedawany np. jako „Qualified Seal ID”) z kluczem RSA lub ECC oraz użyciami klucza „podpis cyfrowy” i „niezaprzeczalność” — w razie wątpliwości zapytaj dostawcę. Certyfikat jest płatny, a jego dostarczenie trwa 8–10 tygodni. Jest ważny przez rok i trzeba go odnawiać co roku. Jeden certyfikat obsługuje wszystkie administracje i moduły danego numeru EORI.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <source>Register the certificate with customs</source>
        <translation>Zarejestruj certyfikat w administracji celnej</translation>
    </message>
    <message>
        <source>Send the certificate to the gateway operator</source>
        <translation>Wyślij certyfikat do operatora bramki</translation>
    </message>
    <message>
        <source>Mail the certificate file you received from the trust service provider to the service provider or gateway operator that runs your connection, without its password, with the subject line “Einrichtung WKS, &lt;participant code&gt;” so that it is set up for the right participant. An automatic receipt comes first and later a mail with a ticket number: enter the ticket number here.</source>
        <translation>Wyślij e-mailem plik certyfikatu otrzymany od dostawcy usług zaufania do usługodawcy lub operatora bramki obsługującego Twoje połączenie — bez hasła, z tematem „Einrichtung WKS, &lt;participant code&gt;”, aby certyfikat został skonfigurowany dla właściwego uczestnika. Najpierw przychodzi automatyczne potwierdzenie, a później wiadomość z numerem zgłoszenia: wpisz tutaj ten numer.</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <source>Send the password in a separate reply</source>
        <translation>Wyślij hasło w osobnej odpowiedzi</translation>
    </message>
    <message>
        <source>Once the mail with the ticket number has arrived, reply to it with the certificate&apos;s password and nothing else, so that the operator matches the password to the right certificate. Never send the certificate and its password in the same mail. CustomsDesk never exports a certificate together with its password.</source>
        <translation>Gdy dotrze wiadomość z numerem zgłoszenia, odpowiedz na nią, podając wyłącznie hasło certyfikatu, aby operator przypisał hasło do właściwego certyfikatu. Nigdy nie wysyłaj certyfikatu i jego hasła w tej samej wiadomości. CustomsDesk nigdy nie eksportuje certyfikatu razem z hasłem.</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>the whole checklist</comment>
        <translation>niepotrzebna</translation>
    </message>
    <message>
        <source>{done} of {total} done ({not_needed} not needed)</source>
        <translation>Wykonano: {done} z {total} (niepotrzebne: {not_needed})</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>Wykonano: {done} z {total}</translation>
    </message>
    <message>
        <source>The step must be one of {steps}.</source>
        <translation>Krok musi mieć jedną z wartości: {steps}.</translation>
    </message>
    <message>
        <source>The state must be one of {states}.</source>
        <translation>Stan musi mieć jedną z wartości: {states}.</translation>
    </message>
    <message>
        <source>An open step has not started: set the state to in progress or done, or leave the start date empty.</source>
        <translation>Otwarty krok nie został rozpoczęty: ustaw stan „W toku” lub „Wykonany” albo pozostaw datę rozpoczęcia pustą.</translation>
    </message>
    <message>
        <source>Only a step that is done has a done date: set the state to done, or leave the done date empty.</source>
        <translation>Datę wykonania ma tylko wykonany krok: ustaw stan „Wykonany” albo pozostaw datę wykonania pustą.</translation>
    </message>
    <message>
        <source>Step {number} has no reference to record: leave it empty (the ticket number belongs to step 3).</source>
        <translation>Krok {number} nie ma numeru referencyjnego do zapisania: pozostaw to pole puste (numer zgłoszenia dotyczy kroku 3).</translation>
    </message>
    <message>
        <source>A step that is not needed says why: write the reason in the note, e.g. “{reason}”.</source>
        <translation>Przy niepotrzebnym kroku trzeba podać powód: wpisz go w notatce, np. „{reason}”.</translation>
    </message>
    <message>
        <source>A step that is not needed says why: write the reason in the note.</source>
        <translation>Przy niepotrzebnym kroku trzeba podać powód: wpisz go w notatce.</translation>
    </message>
    <message>
        <source>Step {number} can be done only with the participant certificate of EORI {eori} at hand, and none is imported: import it in {place} first, then mark this step done.</source>
        <translation>Krok {number} można wykonać tylko wtedy, gdy masz certyfikat uczestnika dla EORI {eori}, a żaden nie został zaimportowany: najpierw zaimportuj go ({place}), a następnie oznacz ten krok jako wykonany.</translation>
    </message>
    <message>
        <source>The password is sent only in a separate reply after the gateway operator has answered with a ticket number — never together with the certificate. Mark step 3 done with its ticket number first.</source>
        <translation>Hasło wysyła się tylko w osobnej odpowiedzi, gdy operator bramki odpowie, podając numer zgłoszenia — nigdy razem z certyfikatem. Najpierw oznacz krok 3 jako wykonany i podaj jego numer zgłoszenia.</translation>
    </message>
    <message>
        <source>Step 4 records the password as done for ticket {ticket}, so step 3 has to stay done with that ticket number: set step 4 back to open first.</source>
        <translation>W kroku 4 zapisano wysłanie hasła dla zgłoszenia {ticket}, więc krok 3 musi pozostać wykonany z tym numerem zgłoszenia: najpierw przywróć krok 4 do stanu „Otwarty”.</translation>
    </message>
    <message>
        <source>Step 4 records the password as in progress for ticket {ticket}, so step 3 has to stay done with that ticket number: set step 4 back to open first.</source>
        <translation>W kroku 4 zapisano, że wysyłanie hasła dla zgłoszenia {ticket} jest w toku, więc krok 3 musi pozostać wykonany z tym numerem zgłoszenia: najpierw przywróć krok 4 do stanu „Otwarty”.</translation>
    </message>
    <message>
        <source>Applied on {date}: the certificate is expected between {early} and {late}.</source>
        <translation>Wniosek złożono {date}: certyfikat powinien dotrzeć między {early} a {late}.</translation>
    </message>
    <message>
        <source>That is past: ask the trust service provider where it is.</source>
        <translation>Ten termin już minął: zapytaj dostawcę usług zaufania, co się dzieje z certyfikatem.</translation>
    </message>
    <message>
        <source>Import it in {place} when it arrives.</source>
        <translation>Gdy certyfikat dotrze, zaimportuj go ({place}).</translation>
    </message>
    <message>
        <source>No participant certificate is imported for this EORI yet: import it in {place} (the PKCS#12/PFX file and its password) so that steps 2 and 3 can use it.</source>
        <translation>Dla tego numeru EORI nie zaimportowano jeszcze certyfikatu uczestnika: zaimportuj go ({place}) — plik PKCS#12/PFX wraz z hasłem — aby można go było użyć w krokach 2 i 3.</translation>
    </message>
    <message>
        <source>A new certificate costs money and takes 8–10 weeks: applied today, it would arrive between {early} and {late}.</source>
        <translation>Nowy certyfikat jest płatny, a jego dostarczenie trwa 8–10 tygodni: zamówiony dzisiaj, dotarłby między {early} a {late}.</translation>
    </message>
    <message>
        <source>The participant certificate was imported on {date}, valid until {end}.</source>
        <translation>Certyfikat uczestnika zaimportowano {date}; jest ważny do {end}.</translation>
    </message>
    <message>
        <source>It is a test certificate, usable in training only.</source>
        <translation>To certyfikat testowy, którego można używać tylko w środowisku szkoleniowym.</translation>
    </message>
    <message>
        <source>It has expired: apply for a new one now.</source>
        <translation>Certyfikat wygasł: złóż teraz wniosek o nowy.</translation>
    </message>
    <message>
        <source>Order the yearly renewal by {date}: a new one takes 8–10 weeks.</source>
        <translation>Zamów coroczne odnowienie do {date}: dostarczenie nowego certyfikatu trwa 8–10 tygodni.</translation>
    </message>
    <message>
        <source>Mark this step done.</source>
        <translation>Oznacz ten krok jako wykonany.</translation>
    </message>
    <message>
        <source>Import the participant certificate in {place} first: this step can be marked done only then.</source>
        <translation>Najpierw zaimportuj certyfikat uczestnika ({place}): dopiero wtedy można oznaczyć ten krok jako wykonany.</translation>
    </message>
    <message>
        <source>Registered. Step 3 sends the certificate to the gateway operator.</source>
        <translation>Zarejestrowano. W kroku 3 certyfikat jest wysyłany do operatora bramki.</translation>
    </message>
    <message>
        <source>Use “Export public certificate…” and upload that file: it holds the public certificate only. Never upload the PKCS#12/PFX file or the private key.</source>
        <translation>Użyj polecenia „Eksportuj certyfikat publiczny…” i prześlij ten plik: zawiera on tylko certyfikat publiczny. Nigdy nie przesyłaj pliku PKCS#12/PFX ani klucza prywatnego.</translation>
    </message>
    <message>
        <source>No participant code is set for EORI {eori} in {administration}, and the mail subject names it: fill it in {setting}.</source>
        <translation>Dla EORI {eori} nie ustawiono kodu uczestnika w administracji {administration}, a jest on podawany w temacie wiadomości: uzupełnij go ({setting}).</translation>
    </message>
    <message>
        <source>Mail subject: “{subject}”.</source>
        <translation>Temat wiadomości: „{subject}”.</translation>
    </message>
    <message>
        <source>One mail per participant code, with the subjects {subjects}.</source>
        <translation>Osobna wiadomość dla każdego kodu uczestnika, z tematami: {subjects}.</translation>
    </message>
    <message>
        <source>Ticket number {ticket}: reply to that mail with the password (step 4).</source>
        <translation>Numer zgłoszenia {ticket}: odpowiedz na tę wiadomość, podając hasło (krok 4).</translation>
    </message>
    <message>
        <source>Waiting for the ticket number: enter it here when the operator&apos;s mail arrives.</source>
        <translation>Oczekiwanie na numer zgłoszenia: wpisz go tutaj, gdy dotrze wiadomość od operatora.</translation>
    </message>
    <message>
        <source>Send it once it is registered with customs (step 2), without its password.</source>
        <translation>Wyślij certyfikat bez hasła, gdy zostanie zarejestrowany w administracji celnej (krok 2).</translation>
    </message>
    <message>
        <source>Send the certificate without its password.</source>
        <translation>Wyślij certyfikat bez hasła.</translation>
    </message>
    <message>
        <source>Wait for the ticket number of step 3 before sending the password. Never send the certificate and its password together.</source>
        <translation>Przed wysłaniem hasła poczekaj na numer zgłoszenia z kroku 3. Nigdy nie wysyłaj certyfikatu i hasła razem.</translation>
    </message>
    <message>
        <source>The password was sent in reply to ticket {ticket}.</source>
        <translation>Hasło wysłano w odpowiedzi na zgłoszenie {ticket}.</translation>
    </message>
    <message>
        <source>Reply to the operator&apos;s mail with ticket number {ticket}, with the certificate&apos;s password only — no attachment.</source>
        <translation>Odpowiedz na wiadomość operatora z numerem zgłoszenia {ticket}, podając wyłącznie hasło certyfikatu — bez załącznika.</translation>
    </message>
    <message>
        <source>The administration must be one of {codes}.</source>
        <translation>Administracja musi mieć jedną z wartości: {codes}.</translation>
    </message>
    <message>
        <source>The start date {date} is in the future: give the day the step was started, today at the latest.</source>
        <translation>Data rozpoczęcia {date} jest w przyszłości: podaj dzień rozpoczęcia kroku — najpóźniej dzisiejszy.</translation>
    </message>
    <message>
        <source>The done date {date} is in the future: mark the step done on the day it was done, today at the latest.</source>
        <translation>Data wykonania {date} jest w przyszłości: podaj dzień, w którym krok został wykonany — najpóźniej dzisiejszy.</translation>
    </message>
    <message>
        <source>The done date {date} is before the start date {start}: correct one of the two dates.</source>
        <translation>Data wykonania {date} jest wcześniejsza niż data rozpoczęcia {start}: popraw jedną z tych dat.</translation>
    </message>
    <message>
        <source>Settings ▸ Communication parameters ▸ NCTS permit number for electronic communication</source>
        <translation>Ustawienia ▸ Parametry komunikacji ▸ Numer zezwolenia NCTS na komunikację elektroniczną</translation>
    </message>
    <message>
        <source>Give the parameter set a name, e.g. &apos;CZ NCTS production&apos;.</source>
        <translation>Nadaj zestawowi parametrów nazwę, np. &apos;CZ NCTS produkcja&apos;.</translation>
    </message>
    <message>
        <source>Administration must be one of {codes}.</source>
        <translation>Administracja musi mieć jedną z wartości: {codes}.</translation>
    </message>
    <message>
        <source>Environment must be one of {codes}.</source>
        <translation>Środowisko musi mieć jedną z wartości: {codes}.</translation>
    </message>
    <message>
        <source>The branch number has exactly 4 digits (0000 for the head office).</source>
        <translation>Numer oddziału ma dokładnie 4 cyfry (0000 dla siedziby głównej).</translation>
    </message>
    <message>
        <source>The gateway is an http(s):// address or a mailbox folder path.</source>
        <translation>Bramka to adres http(s):// lub ścieżka do folderu skrzynki pocztowej.</translation>
    </message>
    <message>
        <source>{what} has no communication parameters: choose a parameter set in the guarantee editor.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot; or &quot;The balance query for 25CZ…&quot;</extracomment>
        <translation>{what}: brak parametrów komunikacji — wybierz zestaw parametrów w edytorze zabezpieczenia.</translation>
    </message>
    <message>
        <source>{what} cannot be sent: the communication parameters &apos;{name}&apos; have no NCTS permit number for electronic communication. Fill it in {setting}.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot;; {setting}: where to fill the number in</extracomment>
        <translation>{what}: nie można wysłać — parametry komunikacji &apos;{name}&apos; nie zawierają numeru zezwolenia NCTS na komunikację elektroniczną. Uzupełnij go ({setting}).</translation>
    </message>
    <message>
        <source>{what} cannot be sent: the communication parameters &apos;{name}&apos; have no gateway. Fill it in Settings ▸ Communication parameters.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot;</extracomment>
        <translation>{what}: nie można wysłać — parametry komunikacji &apos;{name}&apos; nie zawierają bramki. Uzupełnij ją (Ustawienia ▸ Parametry komunikacji).</translation>
    </message>
    <message>
        <source>Communication parameter set {id} does not exist.</source>
        <translation>Zestaw parametrów komunikacji {id} nie istnieje.</translation>
    </message>
    <message>
        <source>change communication parameter sets</source>
        <translation>zmieniać zestawy parametrów komunikacji</translation>
    </message>
    <message>
        <source>The parameter set “{name}” was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Zestaw parametrów „{name}” został w międzyczasie zmieniony przez kogoś innego (być może na innym stanowisku). Twoje zmiany nie zostały zapisane: wczytaj go ponownie, aby zobaczyć tamte zmiany, a następnie wprowadź swoje jeszcze raz.</translation>
    </message>
    <message>
        <source>delete communication parameter sets</source>
        <translation>usuwać zestawy parametrów komunikacji</translation>
    </message>
</context>
<context>
    <name>Continuity</name>
    <message>
        <source>BCP transit accompanying document (BCP-TAD)</source>
        <translation>Tranzytowy dokument towarzyszący BCP (BCP-TAD)</translation>
    </message>
    <message>
        <source>transit accompanying document (TAD)</source>
        <translation>tranzytowy dokument towarzyszący (TAD)</translation>
    </message>
    <message>
        <source>Present the endorsed document by {deadline}: the working day after taking over the goods on {taken_over} ({where}).</source>
        <translation>Przedstaw poświadczony dokument do {deadline}: to dzień roboczy ({where}) następujący po przejęciu towaru w dniu {taken_over}.</translation>
    </message>
    <message>
        <source>Present the endorsed document by {deadline}: the working day after taking over the goods on {taken_over} ({where}); not a working day: {skipped}.</source>
        <translation>Przedstaw poświadczony dokument do {deadline}: to dzień roboczy ({where}) następujący po przejęciu towaru w dniu {taken_over}; dni wolne od pracy: {skipped}.</translation>
    </message>
    <message>
        <source>office of destination</source>
        <translation>urzędu przeznaczenia</translation>
    </message>
    <message>
        <source>office of departure</source>
        <translation>urzędu wyjścia</translation>
    </message>
    <message>
        <source>The office of destination {office} is in {office_country}, not {country}: the deadline follows the public holidays of the destination country, so give {office_country}.</source>
        <translation>Urząd przeznaczenia {office} znajduje się w kraju {office_country}, a nie {country}: termin zależy od świąt w kraju przeznaczenia, więc podaj {office_country}.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a paper document: {kinds}.</source>
        <translation>&apos;{kind}&apos; nie jest dokumentem papierowym: {kinds}.</translation>
    </message>
    <message>
        <source>Incident {id} does not exist: see the incident log.</source>
        <translation>Incydent {id} nie istnieje: sprawdź dziennik incydentów.</translation>
    </message>
    <message>
        <source>The notes have {count} characters; at most {most}.</source>
        <translation>Uwagi mają {count} znaków; dozwolone jest najwyżej {most}.</translation>
    </message>
    <message>
        <source>the taking over of the goods</source>
        <translation>przejęcia towaru</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>święto</translation>
    </message>
    <message>
        <source>{holiday}, a public holiday</source>
        <translation>{holiday} (święto)</translation>
    </message>
    <message>
        <source>Paper movement {id} does not exist: see the list of movements handled on paper for the numbers.</source>
        <translation>Operacja papierowa {id} nie istnieje: numery znajdziesz na liście operacji obsługiwanych w formie papierowej.</translation>
    </message>
    <message>
        <source>the presentation</source>
        <translation>przedstawienia</translation>
    </message>
    <message>
        <source>{movement} was presented already, on {presented}.</source>
        <translation>{movement}: dokument został już przedstawiony {presented}.</translation>
    </message>
    <message>
        <source>The presentation ({presented}) cannot come before the goods were taken over ({taken_over}).</source>
        <translation>Data przedstawienia ({presented}) nie może być wcześniejsza niż przejęcie towaru ({taken_over}).</translation>
    </message>
    <message>
        <source>{movement} was placed under transit on paper under the business continuity plan: it ends on paper at the office of destination {office} and is never entered into NCTS afterwards ({rule}). Present the endorsed {document} there by {deadline}. Nothing was sent.</source>
        <translation>{movement}: towar objęto tranzytem w formie papierowej w ramach planu ciągłości działania. Operacja kończy się w formie papierowej w urzędzie przeznaczenia {office} i nigdy nie jest później wprowadzana do NCTS ({rule}). Przedstaw tam poświadczony dokument {document} do {deadline}. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <translation>prowadzić zakresy numerów zgłoszeń papierowych</translation>
    </message>
    <message>
        <source>office</source>
        <translation>urzędu</translation>
    </message>
    <message>
        <source>The prefix holds up to 20 letters, digits, &apos;/&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Prefiks może zawierać do 20 liter, cyfr oraz znaków &apos;/&apos;, &apos;.&apos; lub &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The first number is a whole number from 0 to {most}.</source>
        <translation>Pierwszy numer musi być liczbą całkowitą od 0 do {most}.</translation>
    </message>
    <message>
        <source>The last number is a whole number from 0 to {most}.</source>
        <translation>Ostatni numer musi być liczbą całkowitą od 0 do {most}.</translation>
    </message>
    <message>
        <source>The last number ({last}) comes before the first ({first}).</source>
        <translation>Ostatni numer ({last}) jest mniejszy niż pierwszy ({first}).</translation>
    </message>
    <message>
        <source>The range overlaps range {id} ({range}) of office {office}: give numbers the office has not allocated before.</source>
        <translation>Zakres pokrywa się z zakresem {id} ({range}) urzędu {office}: podaj numery, których urząd wcześniej nie przydzielił.</translation>
    </message>
    <message>
        <source>The paper number ranges of office {office} are used up ({used}): add the range the office allocated (bcp-range-add --office {office} --first N --last N), or give the number printed on the paper declaration.</source>
        <translation>Zakresy numerów zgłoszeń papierowych urzędu {office} są wyczerpane ({used}): dodaj zakres przydzielony przez urząd (bcp-range-add --office {office} --first N --last N) lub podaj numer wydrukowany na zgłoszeniu papierowym.</translation>
    </message>
    <message>
        <source>No paper number range is kept for office {office}: add the range the office allocated (bcp-range-add --office {office} --first N --last N), or give the number printed on the paper declaration.</source>
        <translation>Dla urzędu {office} nie jest prowadzony żaden zakres numerów zgłoszeń papierowych: dodaj zakres przydzielony przez urząd (bcp-range-add --office {office} --first N --last N) lub podaj numer wydrukowany na zgłoszeniu papierowym.</translation>
    </message>
    <message>
        <source>&apos;{office}&apos; is not the reference number of the {what}: the country&apos;s two letters and six letters or digits, e.g. DE004600.</source>
        <translation>&apos;{office}&apos; nie jest numerem referencyjnym {what}: podaj dwie litery kraju i sześć liter lub cyfr, np. DE004600.</translation>
    </message>
    <message>
        <source>Give the reference number of the {what}: the country&apos;s two letters and six letters or digits, e.g. DE004600.</source>
        <translation>Podaj numer referencyjny {what}: dwie litery kraju i sześć liter lub cyfr, np. DE004600.</translation>
    </message>
    <message>
        <source>{office} is not in the customs office list (imported, with the offices of {country}): check the reference number of the {what}, or import the current list.</source>
        <translation>Urzędu {office} nie ma na liście urzędów celnych (zaimportowanej, z urzędami kraju {country}): sprawdź numer referencyjny {what} lub zaimportuj aktualną listę.</translation>
    </message>
    <message>
        <source>set the regions of the offices</source>
        <translation>ustawiać regiony urzędów</translation>
    </message>
    <message>
        <source>&apos;{pair}&apos; is not OFFICE=REGION, e.g. DE004600=HH.</source>
        <translation>&apos;{pair}&apos; nie ma postaci URZĄD=REGION, np. DE004600=HH.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>&apos;{region}&apos; is not a region of {country} the holiday calendar knows (known: {known}).</source>
        <translation>&apos;{region}&apos; nie jest regionem kraju {country} znanym w kalendarzu świąt (znane: {known}).</translation>
    </message>
    <message>
        <source>set when the share of paper movements is warned about</source>
        <translation>ustalać, przy jakim udziale operacji papierowych pojawia się ostrzeżenie</translation>
    </message>
    <message>
        <source>&apos;{percent}&apos; is not a percentage from 0 to 100.</source>
        <translation>&apos;{percent}&apos; nie jest wartością procentową od 0 do 100.</translation>
    </message>
    <message>
        <source>Incident {id} does not exist: see the incident log for the numbers.</source>
        <translation>Incydent {id} nie istnieje: numery znajdziesz w dzienniku incydentów.</translation>
    </message>
    <message>
        <source>Give a number of months from 1 to {most}.</source>
        <translation>Podaj liczbę miesięcy od 1 do {most}.</translation>
    </message>
    <message>
        <source>In {month} {share} % of movements were handled on paper under the business continuity plan ({paper} of {all}), up from {before} % the month before and above {threshold} %: customs watch this share. Check why NCTS could not be used and record the incidents.</source>
        <translation>W miesiącu {month} {share} % operacji obsłużono w formie papierowej w ramach planu ciągłości działania ({paper} z {all}), wobec {before} % w poprzednim miesiącu i powyżej progu {threshold} %: organy celne obserwują ten udział. Sprawdź, dlaczego nie można było użyć NCTS, i zarejestruj incydenty.</translation>
    </message>
    <message>
        <source>{number} is an MRN: a movement with an MRN was placed under transit in NCTS and ends in NCTS. A paper declaration under the business continuity plan has a number from the office&apos;s range instead.</source>
        <translation>{number} to numer MRN: operację z numerem MRN objęto tranzytem w NCTS i kończy się ona w NCTS. Zgłoszenie papierowe w ramach planu ciągłości działania ma zamiast tego numer z zakresu urzędu.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a paper declaration number: up to 35 letters, digits, spaces, &apos;/&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>&apos;{number}&apos; nie jest numerem zgłoszenia papierowego: dozwolone jest do 35 liter, cyfr, spacji oraz znaków &apos;/&apos;, &apos;.&apos; lub &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The paper declaration number {number} is recorded already (movement {id}): each number is used once. Check the number on the form.</source>
        <translation>Numer zgłoszenia papierowego {number} jest już zarejestrowany (operacja {id}): każdy numer używany jest tylko raz. Sprawdź numer na formularzu.</translation>
    </message>
    <message>
        <source>The paper declaration number {number} is recorded already: each number is used once. Check the number on the form.</source>
        <translation>Numer zgłoszenia papierowego {number} jest już zarejestrowany: każdy numer używany jest tylko raz. Sprawdź numer na formularzu.</translation>
    </message>
    <message>
        <source>{movement} was due at the office of destination {office} on {deadline}: present the endorsed document without delay.</source>
        <translation>{movement}: termin przedstawienia w urzędzie przeznaczenia {office} upłynął {deadline}. Niezwłocznie przedstaw poświadczony dokument.</translation>
    </message>
    <message>
        <source>{movement} must be presented at the office of destination {office} today ({deadline}) at the latest.</source>
        <translation>{movement}: dokument należy przedstawić w urzędzie przeznaczenia {office} najpóźniej dziś ({deadline}).</translation>
    </message>
    <message>
        <source>{movement} must be presented at the office of destination {office} by tomorrow, {deadline}.</source>
        <translation>{movement}: dokument należy przedstawić w urzędzie przeznaczenia {office} najpóźniej jutro, {deadline}.</translation>
    </message>
    <message>
        <source>Planned customs outage</source>
        <translation>Planowana przerwa w systemie celnym</translation>
    </message>
    <message>
        <source>Unplanned customs outage</source>
        <translation>Nieplanowana awaria systemu celnego</translation>
    </message>
    <message>
        <source>Failure of our own system (authorised consignee)</source>
        <translation>Awaria własnego systemu (upoważniony odbiorca)</translation>
    </message>
    <message>
        <source>Failure of the link to customs</source>
        <translation>Awaria połączenia z systemem celnym</translation>
    </message>
    <message>
        <source>Draft (detected automatically)</source>
        <translation>Szkic (wykryty automatycznie)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <source>Confirmed by the service desk</source>
        <translation>Potwierdzony przez centrum wsparcia</translation>
    </message>
    <message>
        <source>Not confirmed (yet)</source>
        <translation>Niepotwierdzony (jeszcze)</translation>
    </message>
    <message>
        <source>Confirmation refused by customs</source>
        <translation>Urząd celny odmówił potwierdzenia</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>przyczyna</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>uwagi</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>zgłoszenie serwisowe</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>bramka</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be changed; an incident has {fields}.</source>
        <translation>Pola &apos;{name}&apos; nie można zmienić; pola incydentu to: {fields}.</translation>
    </message>
    <message>
        <source>Incident {id} was closed already (end {end}): give the end to correct it.</source>
        <translation>Incydent {id} został już zamknięty (koniec: {end}): aby poprawić koniec, podaj nową wartość.</translation>
    </message>
    <message>
        <source>the start of the outage</source>
        <translation>początku awarii</translation>
    </message>
    <message>
        <source>the end of the outage</source>
        <translation>końca awarii</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incydent</translation>
    </message>
    <message>
        <source>No. {id}: {kind}</source>
        <translation>Nr {id}: {kind}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Start (date and time)</source>
        <translation>Początek (data i godzina)</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Przewidywany koniec</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>still going on</source>
        <translation>nadal trwa</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>Service desk ticket</source>
        <translation>Zgłoszenie serwisowe w centrum wsparcia</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzenie</translation>
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
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zarejestrowane przez</translation>
    </message>
    <message>
        <source>CustomsDesk (automatic detection)</source>
        <translation>CustomsDesk (wykrywanie automatyczne)</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Data rejestracji</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Incident report for the customs service desk: {kind}</source>
        <translation>Raport incydentu dla centrum wsparcia administracji celnej: {kind}</translation>
    </message>
    <message>
        <source>Written by CustomsDesk for {user} on {moment}. Times are UTC.</source>
        <translation>Raport utworzony przez CustomsDesk dla użytkownika {user}, {moment}. Czas podano w UTC.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a report format: pdf or csv.</source>
        <translation>&apos;{format}&apos; nie jest formatem raportu: pdf lub csv.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of incident: {kinds}.</source>
        <translation>&apos;{kind}&apos; nie jest rodzajem incydentu: {kinds}.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>początku</translation>
    </message>
    <message>
        <source>the expected end</source>
        <translation>przewidywanego końca</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>końca</translation>
    </message>
    <message>
        <source>The start (date and time) is required: the service desk asks for it.</source>
        <translation>Początek (data i godzina) jest wymagany: centrum wsparcia o niego pyta.</translation>
    </message>
    <message>
        <source>The expected end ({end}) must come after the start ({start}).</source>
        <translation>Przewidywany koniec ({end}) musi przypadać po początku ({start}).</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>Koniec ({end}) musi przypadać po początku ({start}).</translation>
    </message>
    <message>
        <source>A failure of our own system is reported to the service desk with the authorised consignee&apos;s EORI, e.g. DE1234567890123: give it.</source>
        <translation>Awarię własnego systemu zgłasza się do centrum wsparcia z numerem EORI upoważnionego odbiorcy, np. DE1234567890123: podaj go.</translation>
    </message>
    <message>
        <source>The {name} has {count} characters; at most {most} are kept.</source>
        <translation>Pole „{name}” ma {count} znaków; zachowywanych jest najwyżej {most}.</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not an answer of the service desk: yes, no or refused.</source>
        <translation>&apos;{answer}&apos; nie jest odpowiedzią centrum wsparcia: yes, no lub refused.</translation>
    </message>
    <message>
        <source>Only a failure of our own system is confirmed by the service desk; leave it empty for a {kind}.</source>
        <translation>Centrum wsparcia potwierdza tylko awarię własnego systemu; dla incydentu rodzaju „{kind}” pozostaw to pole puste.</translation>
    </message>
    <message>
        <source>The service desk confirms with a ticket number: give it.</source>
        <translation>Centrum wsparcia potwierdza numerem zgłoszenia: podaj go.</translation>
    </message>
    <message>
        <source>&apos;{administration}&apos; is not an administration: {known}.</source>
        <translation>&apos;{administration}&apos; nie jest administracją: {known}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time for {what}: write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-02T08:30 (local time) or with the time zone, e.g. 2026-11-02T08:30+01:00 or 2026-11-02T07:30Z.</source>
        <translation>&apos;{value}&apos; nie jest datą i godziną {what}: wpisz ją jako RRRR-MM-DDTgg:mm, np. 2026-11-02T08:30 (czas lokalny), lub ze strefą czasową, np. 2026-11-02T08:30+01:00 lub 2026-11-02T07:30Z.</translation>
    </message>
    <message>
        <source>{what}: {value} is not a plausible date: give a year from {first} to {last}.</source>
        <translation>{what}: {value} nie jest wiarygodną datą: podaj rok od {first} do {last}.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code: give the ISO 3166 two-letter code of the country of destination, e.g. CZ, DE or PL.</source>
        <translation>&apos;{country}&apos; nie jest kodem kraju: podaj dwuliterowy kod ISO 3166 kraju przeznaczenia, np. CZ, DE lub PL.</translation>
    </message>
    <message>
        <source>No public holiday calendar is known for the country {country}, so the working day after taking over the goods cannot be computed: check the country code of the office of destination (e.g. CZ, DE, PL).</source>
        <translation>Dla kraju {country} nie jest znany kalendarz świąt, więc nie można wyznaczyć dnia roboczego po przejęciu towaru: sprawdź kod kraju urzędu przeznaczenia (np. CZ, DE, PL).</translation>
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
        <translation>
            <numerusform>%n komunikat czeka; zostanie wysłany po przywróceniu działania</numerusform>
            <numerusform>%n komunikaty czekają; zostaną wysłane po przywróceniu działania</numerusform>
            <numerusform>%n komunikatów czeka; zostaną wysłane po przywróceniu działania</numerusform>
        </translation>
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
        <translation>
            <numerusform>… i jeszcze %n incydent</numerusform>
            <numerusform>… i jeszcze %n incydenty</numerusform>
            <numerusform>… i jeszcze %n incydentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more paper movements</source>
        <translation>
            <numerusform>… i jeszcze %n operacja papierowa</numerusform>
            <numerusform>… i jeszcze %n operacje papierowe</numerusform>
            <numerusform>… i jeszcze %n operacji papierowych</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n poświadczony dokument papierowy należy przedstawić w urzędzie przeznaczenia</numerusform>
            <numerusform>%n poświadczone dokumenty papierowe należy przedstawić w urzędzie przeznaczenia</numerusform>
            <numerusform>%n poświadczonych dokumentów papierowych należy przedstawić w urzędzie przeznaczenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue:</source>
        <translation>
            <numerusform>, w tym %n po terminie:</numerusform>
            <numerusform>, w tym %n po terminie:</numerusform>
            <numerusform>, w tym %n po terminie:</numerusform>
        </translation>
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
        <source>Save the selected incident&apos;s report for the customs service desk as PDF or CSV</source>
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
        <source>Which region&apos;s public holidays count for an office of destination</source>
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
        <translation>
            <numerusform>%n incydent</numerusform>
            <numerusform>%n incydenty</numerusform>
            <numerusform>%n incydentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incydent</numerusform>
            <numerusform>%n incydenty</numerusform>
            <numerusform>%n incydentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement on paper, {waiting} not presented yet</source>
        <translation>
            <numerusform>%n operacja papierowa, w tym jeszcze nieprzedstawione: {waiting}</numerusform>
            <numerusform>%n operacje papierowe, w tym jeszcze nieprzedstawione: {waiting}</numerusform>
            <numerusform>%n operacji papierowych, w tym jeszcze nieprzedstawione: {waiting}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movements on paper, {waiting} not presented yet</source>
        <translation>
            <numerusform>%n operacja papierowa, w tym jeszcze nieprzedstawione: {waiting}</numerusform>
            <numerusform>%n operacje papierowe, w tym jeszcze nieprzedstawione: {waiting}</numerusform>
            <numerusform>%n operacji papierowych, w tym jeszcze nieprzedstawione: {waiting}</numerusform>
        </translation>
    </message>
    <message>
        <source>{movements}, {due} due or overdue</source>
        <translation>{movements}, z upływającym lub minionym terminem: {due}</translation>
    </message>
    <message numerus="yes">
        <source>the last %n months</source>
        <translation>
            <numerusform>ostatni %n miesiąc</numerusform>
            <numerusform>ostatnie %n miesiące</numerusform>
            <numerusform>ostatnich %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident recorded. &lt;b&gt;New incident&lt;/b&gt; (Ctrl+N) records an outage of customs, a failure of our own system or of the link.</source>
        <translation>Nie zarejestrowano żadnego incydentu. &lt;b&gt;Nowy incydent&lt;/b&gt; (Ctrl+N) rejestruje awarię systemu celnego, awarię własnego systemu lub połączenia.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer during this outage: &lt;b&gt;Pending declarations&lt;/b&gt; (Ctrl+Shift+P) lists them, to withdraw.</source>
        <translation>
            <numerusform>%n komunikat w kolejce lub wysłany bez odpowiedzi podczas tej awarii: &lt;b&gt;Oczekujące zgłoszenia&lt;/b&gt; (Ctrl+Shift+P) wyświetla je do wycofania.</numerusform>
            <numerusform>%n komunikaty w kolejce lub wysłane bez odpowiedzi podczas tej awarii: &lt;b&gt;Oczekujące zgłoszenia&lt;/b&gt; (Ctrl+Shift+P) wyświetla je do wycofania.</numerusform>
            <numerusform>%n komunikatów w kolejce lub wysłanych bez odpowiedzi podczas tej awarii: &lt;b&gt;Oczekujące zgłoszenia&lt;/b&gt; (Ctrl+Shift+P) wyświetla je do wycofania.</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n komunikat w kolejce lub wysłany bez odpowiedzi między {start} a {end}.</numerusform>
            <numerusform>%n komunikaty w kolejce lub wysłane bez odpowiedzi między {start} a {end}.</numerusform>
            <numerusform>%n komunikatów w kolejce lub wysłanych bez odpowiedzi między {start} a {end}.</numerusform>
        </translation>
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
        <translation>To pierwsze uruchomienie CustomsDesk na tym komputerze. Utwórz konto administratora: konto, które dodaje pozostałych użytkowników, decyduje, kto reprezentuje którą organizację, i może resetować hasła.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the password again in both fields.</source>
        <translation>Hasła się różnią: wpisz hasło ponownie w obu polach.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember. It also seals the access codes you store: nobody can read them without it, and a forgotten password cannot be recovered.</source>
        <translation>
            <numerusform>Co najmniej %n znak; łatwo zapamiętać krótkie zdanie. Hasło chroni też przechowywane kody dostępu: nikt nie odczyta ich bez niego, a zapomnianego hasła nie da się odzyskać.</numerusform>
            <numerusform>Co najmniej %n znaki; łatwo zapamiętać krótkie zdanie. Hasło chroni też przechowywane kody dostępu: nikt nie odczyta ich bez niego, a zapomnianego hasła nie da się odzyskać.</numerusform>
            <numerusform>Co najmniej %n znaków; łatwo zapamiętać krótkie zdanie. Hasło chroni też przechowywane kody dostępu: nikt nie odczyta ich bez niego, a zapomnianego hasła nie da się odzyskać.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Utwórz konto administratora</translation>
    </message>
    <message>
        <source>e.g. Jana Dvořáková</source>
        <translation>np. Anna Kowalska</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes or underscores</source>
        <translation>Litery, cyfry, kropki, myślniki lub podkreślenia</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Utwórz administratora</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>CustomsDesk&apos;s database</source>
        <translation>baza danych CustomsDesk</translation>
    </message>
    <message>
        <source>a working file of CustomsDesk&apos;s database ({suffix})</source>
        <translation>plik roboczy bazy danych CustomsDesk ({suffix})</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s key file (it unlocks every stored secret)</source>
        <translation>plik klucza CustomsDesk (odblokowuje wszystkie przechowywane dane poufne)</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s key file being written</source>
        <translation>zapisywany właśnie plik klucza CustomsDesk</translation>
    </message>
    <message>
        <source>a backup of CustomsDesk&apos;s database</source>
        <translation>kopia zapasowa bazy danych CustomsDesk</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s log folder</source>
        <translation>folder dziennika CustomsDesk</translation>
    </message>
    <message>
        <source>the training simulator&apos;s folder</source>
        <translation>folder symulatora szkoleniowego</translation>
    </message>
    <message>
        <source>the choice of the office database</source>
        <translation>wybór bazy danych biura</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Certificates expire soon</source>
        <translation>Certyfikaty wkrótce wygasną</translation>
    </message>
    <message numerus="yes">
        <source>{warning} — and %n more</source>
        <translation>
            <numerusform>{warning} — i %n inny</numerusform>
            <numerusform>{warning} — i %n inne</numerusform>
            <numerusform>{warning} — i %n innych</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certyfikaty…</translation>
    </message>
    <message>
        <source>Open Settings ▸ Certificates</source>
        <translation>Otwórz Ustawienia ▸ Certyfikaty</translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation>Ukryj do następnego uruchomienia</translation>
    </message>
    <message>
        <source>1 certificate needs attention:</source>
        <translation>1 certyfikat wymaga uwagi:</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates need attention:</source>
        <translation>
            <numerusform>%n certyfikat wymaga uwagi:</numerusform>
            <numerusform>%n certyfikaty wymagają uwagi:</numerusform>
            <numerusform>%n certyfikatów wymaga uwagi:</numerusform>
        </translation>
    </message>
    <message>
        <source>You are told once per threshold; the banner above the register stays until the certificate is renewed.</source>
        <translation>Powiadomienie pojawia się raz dla każdego progu; baner nad rejestrem pozostaje widoczny do czasu odnowienia certyfikatu.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is {what}: CustomsDesk never writes an export over it, not even with --force. Choose another name or folder; nothing was written.</source>
        <extracomment>{what}: which of CustomsDesk&apos;s own files it is, e.g. &quot;CustomsDesk&apos;s key file&quot;</extracomment>
        <translation>{path} to {what}: CustomsDesk nigdy nie zapisuje eksportu pod tą ścieżką, nawet z opcją --force. Wybierz inną nazwę lub folder; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} jest folderem: podaj nazwę pliku do zapisania.</translation>
    </message>
    <message>
        <source>{path} already exists and was left as it was: choose another name, or use --force to replace it.</source>
        <translation>Plik {path} już istnieje i pozostał bez zmian: wybierz inną nazwę lub użyj --force, aby go zastąpić.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk holding {folder} is full. Free some space and try again; nothing was written.</source>
        <translation>Nie można zapisać {path}: dysk, na którym znajduje się {folder}, jest pełny. Zwolnij miejsce i spróbuj ponownie; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder; nothing was written.</source>
        <extracomment>{reason}: the system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>Nie można zapisać {path}: {reason}. Wybierz inny folder; nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>GuaranteeEditor</name>
    <message>
        <source>(empty: type the code)</source>
        <translation>(puste: wpisz kod)</translation>
    </message>
    <message>
        <source>{number}.  {code}   — used in declarations and queries</source>
        <translation>{number}.  {code}   — używany w zgłoszeniach i zapytaniach</translation>
    </message>
    <message>
        <source>Guarantee {reference}</source>
        <translation>Zabezpieczenie {reference}</translation>
    </message>
    <message>
        <source>New guarantee</source>
        <translation>Nowe zabezpieczenie</translation>
    </message>
    <message>
        <source>&amp;Guarantee</source>
        <translation>&amp;Zabezpieczenie</translation>
    </message>
    <message>
        <source>&amp;Access codes</source>
        <translation>&amp;Kody dostępu</translation>
    </message>
    <message>
        <source>From &amp;customs</source>
        <translation>Z urzędu &amp;celnego</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Show the guarantee as it is saved now</source>
        <translation>Pokaż zabezpieczenie w obecnie zapisanej postaci</translation>
    </message>
    <message>
        <source>change this guarantee</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>zmieniać to zabezpieczenie</translation>
    </message>
    <message>
        <source>{reason} You can still keep your own access codes here.</source>
        <translation>{reason} Własne kody dostępu możesz nadal przechowywać tutaj.</translation>
    </message>
    <message>
        <source>e.g. 25CZ5201010000111</source>
        <translation>np. 25CZ5201010000111</translation>
    </message>
    <message>
        <source>Save despite the check digit (training GRN only)</source>
        <translation>Zapisz mimo błędnej cyfry kontrolnej (tylko szkoleniowy GRN)</translation>
    </message>
    <message>
        <source>e.g. CZ520101</source>
        <translation>np. CZ520101</translation>
    </message>
    <message>
        <source>Choose the customs office of guarantee from the list</source>
        <translation>Wybierz urząd gwarancyjny z listy</translation>
    </message>
    <message>
        <source>optional, e.g. {amount}</source>
        <translation>opcjonalnie, np. {amount}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no communication parameters</comment>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Guarantee &amp;user:</source>
        <translation>&amp;Użytkownik zabezpieczenia:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Ro&amp;dzaj:</translation>
    </message>
    <message>
        <source>G&amp;RN:</source>
        <translation>G&amp;RN:</translation>
    </message>
    <message>
        <source>&amp;Other reference:</source>
        <translation>&amp;Inny numer referencyjny:</translation>
    </message>
    <message>
        <source>Customs o&amp;ffice:</source>
        <translation>Urząd ce&amp;lny:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Kwo&amp;ta:</translation>
    </message>
    <message>
        <source>Communication &amp;parameters:</source>
        <translation>&amp;Parametry komunikacji:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Pokaż kody</translation>
    </message>
    <message>
        <source>Delete PAC</source>
        <translation>Usuń PAC</translation>
    </message>
    <message>
        <source>Remove the primary access code from this record (recommended after registration)</source>
        <translation>Usuń główny kod dostępu z tego rekordu (zalecane po rejestracji)</translation>
    </message>
    <message>
        <source>new:</source>
        <comment>the new primary access code</comment>
        <translation>nowy:</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>add a secondary access code</comment>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove a secondary access code</comment>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <source>The first code is the one used in declarations and queries</source>
        <translation>Pierwszy kod jest używany w zgłoszeniach i zapytaniach</translation>
    </message>
    <message>
        <source>&amp;Primary access code:</source>
        <translation>&amp;Główny kod dostępu:</translation>
    </message>
    <message>
        <source>&amp;Secondary codes:</source>
        <translation>&amp;Dodatkowe kody:</translation>
    </message>
    <message>
        <source>Access codes registered:</source>
        <translation>Zarejestrowane kody dostępu:</translation>
    </message>
    <message>
        <source>Reference amount:</source>
        <translation>Kwota referencyjna:</translation>
    </message>
    <message>
        <source>Amount in use:</source>
        <translation>Kwota w użyciu:</translation>
    </message>
    <message>
        <source>Remaining balance:</source>
        <translation>Pozostałe saldo:</translation>
    </message>
    <message>
        <source>Number of uses:</source>
        <translation>Liczba wykorzystań:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Ważne od:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Ważne do:</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Ograniczenia:</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>Ostatnia odpowiedź:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Ostatni błąd:</translation>
    </message>
    <message>
        <source>These fields are filled from customs answers to registrations and guarantee queries.</source>
        <translation>Te pola są wypełniane na podstawie odpowiedzi urzędu celnego na rejestracje i zapytania o zabezpieczenie.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no last error</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>cannot be asked: {reason}</source>
        <translation>nie można zapytać: {reason}</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no GRN</source>
        <translation>Rodzaj zabezpieczenia {type} nie ma numeru GRN</translation>
    </message>
    <message>
        <source>Required for this type (EU condition C0130)</source>
        <translation>Wymagane dla tego rodzaju (warunek UE C0130)</translation>
    </message>
    <message>
        <source>Optional for this type</source>
        <translation>Opcjonalne dla tego rodzaju</translation>
    </message>
    <message>
        <source>Not used for this type</source>
        <translation>Nieużywane dla tego rodzaju</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no access codes</source>
        <translation>Rodzaj zabezpieczenia {type} nie ma kodów dostępu</translation>
    </message>
    <message>
        <source>✓ {grn}: format and check digit correct</source>
        <translation>✓ {grn}: format i cyfra kontrolna są poprawne</translation>
    </message>
    <message>
        <source>hold or change the primary access code</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>przechowywać lub zmieniać główny kod dostępu</translation>
    </message>
    <message>
        <source>Type {type} has no primary access code.</source>
        <translation>Rodzaj {type} nie ma głównego kodu dostępu.</translation>
    </message>
    <message>
        <source>A primary access code is stored, held by {holder}; it is not shown to you.</source>
        <translation>Przechowywany jest główny kod dostępu (posiadacz: {holder}); nie jest on dla Ciebie widoczny.</translation>
    </message>
    <message>
        <source>No primary access code is stored. {reason}</source>
        <translation>Nie jest przechowywany żaden główny kod dostępu. {reason}</translation>
    </message>
    <message>
        <source>A primary access code is stored (you hold it). It is needed only to register secondary codes or to change it: delete it after a successful registration.</source>
        <translation>Przechowywany jest główny kod dostępu (jego posiadaczem jesteś Ty). Jest potrzebny tylko do rejestracji dodatkowych kodów lub do jego zmiany: usuń go po udanej rejestracji.</translation>
    </message>
    <message>
        <source>No primary access code is stored. It is needed only to register secondary codes or to change it; delete it after a successful registration.</source>
        <translation>Nie jest przechowywany żaden główny kod dostępu. Jest on potrzebny tylko do rejestracji dodatkowych kodów lub do jego zmiany; usuń go po udanej rejestracji.</translation>
    </message>
    <message>
        <source>Your secondary access code ({user}). Type {type}: the guarantor gives you one code; enter it in the first row. It is never registered electronically.</source>
        <translation>Twój dodatkowy kod dostępu ({user}). Rodzaj {type}: gwarant przekazuje Ci jeden kod; wpisz go w pierwszym wierszu. Ten kod nigdy nie jest rejestrowany elektronicznie.</translation>
    </message>
    <message>
        <source>One code only.</source>
        <translation>Tylko jeden kod.</translation>
    </message>
    <message>
        <source>Your own secondary access codes ({user}). Other users&apos; codes are never shown. If you keep several, the first one is used in declarations and queries.</source>
        <translation>Twoje własne dodatkowe kody dostępu ({user}). Kody innych użytkowników nigdy nie są wyświetlane. Jeśli masz ich kilka, w zgłoszeniach i zapytaniach używany jest pierwszy.</translation>
    </message>
    <message>
        <source>Registering replaces all codes registered before for this guarantee.</source>
        <translation>Rejestracja zastępuje wszystkie kody zarejestrowane wcześniej dla tego zabezpieczenia.</translation>
    </message>
    <message>
        <source>Delete primary access code</source>
        <translation>Usuń główny kod dostępu</translation>
    </message>
    <message>
        <source>Delete the primary access code from this record now?</source>
        <translation>Usunąć teraz główny kod dostępu z tego rekordu?</translation>
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
        <extracomment>{what} is what the user wanted, e.g. &quot;see its access codes&quot;</extracomment>
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
        <source>Character {position} (&apos;{character}&apos;) must be {meaning}.</source>
        <extracomment>{meaning} says what the position holds, e.g. &quot;a letter (country code)&quot;</extracomment>
        <translation>Znak {position} („{character}”) musi być {meaning}.</translation>
    </message>
    <message>
        <source>The check digit (character 17) is &apos;{given}&apos; but {expected} was expected for {body}: one of the first 16 characters or the check digit is mistyped.</source>
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
        <source>&apos;{text}&apos; is not an amount: use digits with up to 2 decimals, e.g. 150000.00.</source>
        <translation>„{text}” nie jest kwotą: użyj cyfr z maksymalnie 2 miejscami po przecinku, np. 150000.00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: write it out in digits, e.g. 150000.00.</source>
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
        <source>&apos;{office}&apos; is not a customs office reference number: 2 country letters and 6 letters or digits, e.g. CZ520101.</source>
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
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code (three letters, e.g. EUR).</source>
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
        <source>The guarantee {reference} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Zabezpieczenie {reference} zostało zmienione przez kogoś innego po jego otwarciu przez Ciebie (być może na innym stanowisku). Twoje zmiany nie zostały zapisane: wczytaj zabezpieczenie ponownie, aby zobaczyć zmiany tej osoby, a następnie wprowadź swoje zmiany jeszcze raz.</translation>
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
        <source>&apos;{type}&apos; is not a guarantee type (code list CL251: {codes}).</source>
        <translation>„{type}” nie jest rodzajem zabezpieczenia (lista kodów CL251: {codes}).</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not in the currency code list: choose one from the list.</source>
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
        <source>the gateway&apos;s address, when one gateway is concerned</source>
        <translation>adres bramki, jeśli dotyczy jednej bramki</translation>
    </message>
    <message>
        <source>the authorised consignee&apos;s EORI, e.g. DE1234567890123</source>
        <translation>EORI upoważnionego odbiorcy, np. DE1234567890123</translation>
    </message>
    <message>
        <source>the service desk&apos;s ticket number</source>
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
        <source>The service desk&apos;s answer: customs may refuse to confirm a consignee who reports failures systematically</source>
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
        <translation>
            <numerusform>%n kod dostępu zapisany przed wprowadzeniem kont użytkowników</numerusform>
            <numerusform>%n kody dostępu zapisane przed wprowadzeniem kont użytkowników</numerusform>
            <numerusform>%n kodów dostępu zapisanych przed wprowadzeniem kont użytkowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the private key of %n participant certificate(s)</source>
        <translation>
            <numerusform>klucz prywatny %n certyfikatu uczestnika</numerusform>
            <numerusform>klucze prywatne %n certyfikatów uczestnika</numerusform>
            <numerusform>klucze prywatne %n certyfikatów uczestnika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing message(s)</source>
        <translation>
            <numerusform>%n komunikat wychodzący</numerusform>
            <numerusform>%n komunikaty wychodzące</numerusform>
            <numerusform>%n komunikatów wychodzących</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Unlock CustomsDesk</source>
        <translation>Odblokuj CustomsDesk</translation>
    </message>
    <message>
        <source>Sign in to CustomsDesk</source>
        <translation>Zaloguj się do CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user</source>
        <translation>Zaloguj jako &amp;inny użytkownik</translation>
    </message>
    <message>
        <source>The window was locked. {user} can continue by typing the password; messages keep being sent and received meanwhile.</source>
        <translation>Okno zostało zablokowane. {user} może kontynuować po wpisaniu hasła; w tym czasie komunikaty są nadal wysyłane i odbierane.</translation>
    </message>
    <message>
        <source>Type your login name and password. Your access codes are sealed with your password.</source>
        <translation>Wpisz nazwę użytkownika i hasło. Twoje kody dostępu są zaszyfrowane Twoim hasłem.</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CustomsDesk — nobody signed in</source>
        <translation>CustomsDesk — nikt nie jest zalogowany</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to open the register.</source>
        <translation>Nikt nie jest zalogowany: zaloguj się, aby otworzyć rejestr.</translation>
    </message>
    <message>
        <source>No communication parameter set has a gateway: fill one in Settings ▸ Communication parameters to exchange messages with customs.</source>
        <translation>Żaden zestaw parametrów komunikacji nie ma bramki: wpisz ją w jednym z zestawów (Ustawienia ▸ Parametry komunikacji), aby wymieniać komunikaty z urzędem celnym.</translation>
    </message>
    <message>
        <source>The database is not open yet</source>
        <translation>Baza danych nie jest jeszcze otwarta</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>CustomsDesk cannot open its database</source>
        <translation>CustomsDesk nie może otworzyć swojej bazy danych</translation>
    </message>
    <message>
        <source>Sign in to open the register.</source>
        <translation>Zaloguj się, aby otworzyć rejestr.</translation>
    </message>
    <message>
        <source>Connecting to the office database {url}…</source>
        <translation>Łączenie z bazą danych biura {url}…</translation>
    </message>
    <message>
        <source>The office database cannot be reached</source>
        <translation>Baza danych biura jest nieosiągalna</translation>
    </message>
    <message>
        <source>Until the network or the server is back, the paper procedures of the manual&apos;s chapter “Outages and paper movements” apply.</source>
        <translation>Dopóki sieć lub serwer nie będą znów dostępne, obowiązują procedury papierowe z rozdziału podręcznika „Awarie i operacje papierowe”.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Spróbuj ponownie</translation>
    </message>
    <message>
        <source>&amp;Close CustomsDesk</source>
        <translation>&amp;Zamknij CustomsDesk</translation>
    </message>
    <message>
        <source>You still hold the primary access code of {grns}, although customs confirmed the registration: open the guarantee and delete it (Delete PAC).</source>
        <translation>Nadal przechowujesz główny kod dostępu dla {grns}, chociaż urząd celny potwierdził rejestrację: otwórz zabezpieczenie i usuń ten kod (Usuń PAC).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>menu: the organisation register</comment>
        <translation>&amp;Rejestr</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministracja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>name of the main toolbar</comment>
        <translation>Główny</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>Ko&amp;munikaty</translation>
    </message>
    <message>
        <source>&amp;Generate message</source>
        <translation>&amp;Generuj komunikat</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organizacje ({count})</translation>
    </message>
    <message>
        <source>Customs guarantees of {organisation} ({count})</source>
        <translation>Zabezpieczenia celne organizacji {organisation} ({count})</translation>
    </message>
    <message>
        <source>NCTS — all guarantees ({count})</source>
        <translation>NCTS — wszystkie zabezpieczenia ({count})</translation>
    </message>
    <message>
        <source>Guarantee {reference}</source>
        <translation>Zabezpieczenie {reference}</translation>
    </message>
    <message>
        <source>add organisations</source>
        <comment>completes: Only … may</comment>
        <translation>dodawać organizacje</translation>
    </message>
    <message>
        <source>import reference data</source>
        <comment>completes: Only … may</comment>
        <translation>importować dane referencyjne</translation>
    </message>
    <message>
        <source>load the demo data</source>
        <comment>completes: Only … may</comment>
        <translation>wczytywać dane demonstracyjne</translation>
    </message>
    <message>
        <source>Select an organisation first: a guarantee belongs to its user</source>
        <translation>Najpierw wybierz organizację: zabezpieczenie należy do organizacji, która z niego korzysta</translation>
    </message>
    <message>
        <source>add guarantees to it</source>
        <comment>completes: To … you need</comment>
        <translation>dodać do niej zabezpieczenia</translation>
    </message>
    <message>
        <source>Select an organisation</source>
        <translation>Wybierz organizację</translation>
    </message>
    <message>
        <source>Select one organisation or guarantee</source>
        <translation>Wybierz jedną organizację lub jedno zabezpieczenie</translation>
    </message>
    <message>
        <source>delete organisations</source>
        <comment>completes: Only … may</comment>
        <translation>usuwać organizacje</translation>
    </message>
    <message>
        <source>delete its guarantees</source>
        <comment>completes: To … you need</comment>
        <translation>usunąć jej zabezpieczenia</translation>
    </message>
    <message>
        <source>Select an organisation or guarantees</source>
        <translation>Wybierz organizację lub zabezpieczenia</translation>
    </message>
    <message>
        <source>Sending and receiving already: wait until it has finished.</source>
        <translation>Wysyłanie i odbieranie już trwa: poczekaj, aż się zakończy.</translation>
    </message>
    <message>
        <source>Select a guarantee first (or several in the list)</source>
        <translation>Najpierw wybierz zabezpieczenie (lub kilka na liście)</translation>
    </message>
    <message>
        <source>Select a guarantee first</source>
        <translation>Najpierw wybierz zabezpieczenie</translation>
    </message>
    <message>
        <source>Select one guarantee: its messages are shown</source>
        <translation>Wybierz jedno zabezpieczenie: wyświetlane są jego komunikaty</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected guarantees can be sent. {reason}</source>
        <translation>
            <numerusform>Dla %n wybranego zabezpieczenia nie można wysłać komunikatu. {reason}</numerusform>
            <numerusform>Dla żadnego z %n wybranych zabezpieczeń nie można wysłać komunikatu. {reason}</numerusform>
            <numerusform>Dla żadnego z %n wybranych zabezpieczeń nie można wysłać komunikatu. {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation {name} added.</source>
        <translation>Dodano organizację {name}.</translation>
    </message>
    <message>
        <source>Organisation {name} saved.</source>
        <translation>Zapisano organizację {name}.</translation>
    </message>
    <message>
        <source>Guarantee {reference} saved.</source>
        <translation>Zapisano zabezpieczenie {reference}.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Usuń organizację</translation>
    </message>
    <message>
        <source>Delete {organisation}?</source>
        <translation>Usunąć organizację {organisation}?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n guarantee(s) and their access codes will be deleted too:</source>
        <translation>
            <numerusform>Jej %n zabezpieczenie wraz z kodami dostępu również zostanie usunięte:</numerusform>
            <numerusform>Jej %n zabezpieczenia wraz z kodami dostępu również zostaną usunięte:</numerusform>
            <numerusform>Jej %n zabezpieczeń wraz z kodami dostępu również zostanie usuniętych:</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation {name} deleted.</source>
        <translation>Usunięto organizację {name}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guarantee(s) with their access codes?</source>
        <translation>
            <numerusform>Usunąć %n zabezpieczenie wraz z kodami dostępu?</numerusform>
            <numerusform>Usunąć %n zabezpieczenia wraz z kodami dostępu?</numerusform>
            <numerusform>Usunąć %n zabezpieczeń wraz z kodami dostępu?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete guarantees</source>
        <translation>Usuń zabezpieczenia</translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) deleted.</source>
        <translation>
            <numerusform>Usunięto %n zabezpieczenie.</numerusform>
            <numerusform>Usunięto %n zabezpieczenia.</numerusform>
            <numerusform>Usunięto %n zabezpieczeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register read again.</source>
        <translation>Ponownie wczytano rejestr.</translation>
    </message>
    <message>
        <source>Reference data imported.</source>
        <translation>Zaimportowano dane referencyjne.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
    </message>
    <message>
        <source>Demo data loaded: {organisations}, {guarantees}.</source>
        <translation>Wczytano dane demonstracyjne: {organisations}, {guarantees}.</translation>
    </message>
    <message>
        <source>The demo data is already loaded.</source>
        <translation>Dane demonstracyjne są już wczytane.</translation>
    </message>
    <message>
        <source>Welcome to CustomsDesk</source>
        <translation>Witamy w CustomsDesk</translation>
    </message>
    <message>
        <source>The register is empty.

Load demo data? It adds Czech, German and Polish organisations with guarantees of several types and training communication parameters, so you can try everything at once. You can delete them later.</source>
        <translation>Rejestr jest pusty.

Czy wczytać dane demonstracyjne? Zawierają czeskie, niemieckie i polskie organizacje z zabezpieczeniami różnych rodzajów oraz szkoleniowe parametry komunikacji, dzięki czemu możesz od razu wypróbować wszystkie funkcje. Możesz je później usunąć.</translation>
    </message>
    <message>
        <source>Also start the customs simulator, so messages get answers on this computer</source>
        <translation>Uruchom też symulator celny, aby komunikaty otrzymywały odpowiedzi na tym komputerze</translation>
    </message>
    <message>
        <source>Starting the customs simulator, as when CustomsDesk was last used (Messages ▸ Customs simulator stops it).</source>
        <translation>Uruchamianie symulatora celnego, tak jak przy ostatnim użyciu CustomsDesk (można go zatrzymać poleceniem Komunikaty ▸ Symulator celny).</translation>
    </message>
    <message>
        <source>The customs simulator answers on {address} (training environment).</source>
        <translation>Symulator celny odpowiada pod adresem {address} (środowisko szkoleniowe).</translation>
    </message>
    <message>
        <source>not open yet</source>
        <comment>the database</comment>
        <translation>jeszcze nie otwarta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Wersja schematu</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Plik dziennika</translation>
    </message>
    <message>
        <source>none (the data folder cannot be written)</source>
        <translation>brak (nie można zapisywać w folderze danych)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Zalogowany użytkownik</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>{qt} (PySide6 {pyside}), Python {python} on {system} {release}</source>
        <translation>{qt} (PySide6 {pyside}), Python {python} w systemie {system} {release}</translation>
    </message>
    <message>
        <source>access code registration</source>
        <comment>completes: The … cannot be sent</comment>
        <translation>rejestracja kodów dostępu</translation>
    </message>
    <message>
        <source>Access code registration</source>
        <translation>Rejestracja kodów dostępu</translation>
    </message>
    <message>
        <source>Guarantee query: {kind}</source>
        <translation>Zapytanie o zabezpieczenie: {kind}</translation>
    </message>
    <message>
        <source>{kind} query</source>
        <comment>completes: The … cannot be sent</comment>
        <translation>zapytanie o zabezpieczenie ({kind})</translation>
    </message>
    <message>
        <source>Guarantee query ({kind})</source>
        <translation>Zapytanie o zabezpieczenie ({kind})</translation>
    </message>
    <message>
        <source>Register the access codes with customs?</source>
        <translation>Zarejestrować kody dostępu w urzędzie celnym?</translation>
    </message>
    <message>
        <source>Change the primary access code?</source>
        <translation>Zmienić główny kod dostępu?</translation>
    </message>
    <message>
        <source>Send the access code registration for GRN {grn} to customs?</source>
        <translation>Wysłać do urzędu celnego rejestrację kodów dostępu dla GRN {grn}?</translation>
    </message>
    <message numerus="yes">
        <source>Send the access code registration for %n guarantees to customs?</source>
        <translation>
            <numerusform>Wysłać do urzędu celnego rejestrację kodów dostępu dla %n zabezpieczenia?</numerusform>
            <numerusform>Wysłać do urzędu celnego rejestrację kodów dostępu dla %n zabezpieczeń?</numerusform>
            <numerusform>Wysłać do urzędu celnego rejestrację kodów dostępu dla %n zabezpieczeń?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Customs replace every secondary code registered before for the guarantee with these: a code left out stops working, for colleagues too.</source>
        <translation>Urząd celny zastępuje tymi kodami wszystkie dodatkowe kody zarejestrowane wcześniej dla zabezpieczenia: kod, który zostanie tu pominięty, przestanie działać — również dla współpracowników.</translation>
    </message>
    <message>
        <source>Once customs confirm, only the new primary access code works.</source>
        <translation>Po potwierdzeniu przez urząd celny działa tylko nowy główny kod dostępu.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected guarantees cannot be registered and are left out:</source>
        <translation>
            <numerusform>Nie można zarejestrować %n z wybranych zabezpieczeń; zostanie ono pominięte:</numerusform>
            <numerusform>Nie można zarejestrować %n z wybranych zabezpieczeń; zostaną one pominięte:</numerusform>
            <numerusform>Nie można zarejestrować %n z wybranych zabezpieczeń; zostaną one pominięte:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change PAC and register</source>
        <translation>&amp;Zmień PAC i zarejestruj</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>button: register the access codes with customs</comment>
        <translation>&amp;Zarejestruj</translation>
    </message>
    <message>
        <source>The {what} cannot be sent</source>
        <translation>Nie można wysłać komunikatu „{what}”</translation>
    </message>
    <message>
        <source>Some guarantees cannot be sent the {what}</source>
        <translation>Dla niektórych zabezpieczeń nie można wysłać komunikatu „{what}”</translation>
    </message>
    <message numerus="yes">
        <source>{blocked} of the %n selected guarantees cannot be sent the {what}. Nothing has been queued yet.</source>
        <translation>
            <numerusform>Dla {blocked} z %n wybranego zabezpieczenia nie można wysłać komunikatu „{what}”. Nic nie zostało jeszcze dodane do kolejki.</numerusform>
            <numerusform>Dla {blocked} z %n wybranych zabezpieczeń nie można wysłać komunikatu „{what}”. Nic nie zostało jeszcze dodane do kolejki.</numerusform>
            <numerusform>Dla {blocked} z %n wybranych zabezpieczeń nie można wysłać komunikatu „{what}”. Nic nie zostało jeszcze dodane do kolejki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the {what} for the other %n?</source>
        <translation>
            <numerusform>Wysłać komunikat „{what}” dla pozostałego %n zabezpieczenia?</numerusform>
            <numerusform>Wysłać komunikat „{what}” dla pozostałych %n zabezpieczeń?</numerusform>
            <numerusform>Wysłać komunikat „{what}” dla pozostałych %n zabezpieczeń?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send for %n</source>
        <translation>
            <numerusform>&amp;Wyślij dla %n</numerusform>
            <numerusform>&amp;Wyślij dla %n</numerusform>
            <numerusform>&amp;Wyślij dla %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} queued for {grns} and %n more; sending in the background.</source>
        <translation>
            <numerusform>Komunikat „{what}” dodano do kolejki dla {grns} i %n innego; wysyłanie odbywa się w tle.</numerusform>
            <numerusform>Komunikat „{what}” dodano do kolejki dla {grns} i %n innych; wysyłanie odbywa się w tle.</numerusform>
            <numerusform>Komunikat „{what}” dodano do kolejki dla {grns} i %n innych; wysyłanie odbywa się w tle.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} queued for {grns}; sending in the background.</source>
        <translation>Komunikat „{what}” dodano do kolejki dla {grns}; wysyłanie odbywa się w tle.</translation>
    </message>
    <message>
        <source>Send and receive cancelled.</source>
        <translation>Anulowano wysyłanie i odbieranie.</translation>
    </message>
    <message>
        <source>Send and receive stopped: {error}</source>
        <translation>Przerwano wysyłanie i odbieranie: {error}</translation>
    </message>
    <message>
        <source>Registration confirmed for {grn}: ask {holder}, who holds the primary access code, to delete it from the record.</source>
        <translation>Rejestracja dla {grn} została potwierdzona: główny kod dostępu przechowuje {holder} — poproś o usunięcie go z rekordu.</translation>
    </message>
    <message>
        <source>The primary access code of {grn} was deleted from the record.</source>
        <translation>Główny kod dostępu dla {grn} został usunięty z rekordu.</translation>
    </message>
    <message>
        <source>Delete the primary access code?</source>
        <translation>Usunąć główny kod dostępu?</translation>
    </message>
    <message>
        <source>Registration confirmed for GRN {grn}. Delete the primary access code from the record now? (Keeping it is like writing the PIN on the card.)</source>
        <translation>Rejestracja dla GRN {grn} została potwierdzona. Usunąć teraz główny kod dostępu z rekordu? (Przechowywanie go to jak zapisanie PIN-u na karcie.)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Zachowaj</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organizacja</numerusform>
            <numerusform>%n organizacje</numerusform>
            <numerusform>%n organizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guarantees</source>
        <translation>
            <numerusform>%n zabezpieczenie</numerusform>
            <numerusform>%n zabezpieczenia</numerusform>
            <numerusform>%n zabezpieczeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n wysłany</numerusform>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery receipt(s)</source>
        <translation>
            <numerusform>%n potwierdzenie doręczenia</numerusform>
            <numerusform>%n potwierdzenia doręczenia</numerusform>
            <numerusform>%n potwierdzeń doręczenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n odebrany</numerusform>
            <numerusform>%n odebrane</numerusform>
            <numerusform>%n odebranych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied to the records</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n zastosowany w rekordach</numerusform>
            <numerusform>%n zastosowane w rekordach</numerusform>
            <numerusform>%n zastosowanych w rekordach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n nieprzypisany</numerusform>
            <numerusform>%n nieprzypisane</numerusform>
            <numerusform>%n nieprzypisanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n w kwarantannie</numerusform>
            <numerusform>%n w kwarantannie</numerusform>
            <numerusform>%n w kwarantannie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n zignorowany duplikat</numerusform>
            <numerusform>%n zignorowane duplikaty</numerusform>
            <numerusform>%n zignorowanych duplikatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to be sent again later</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n do ponownego wysłania później</numerusform>
            <numerusform>%n do ponownego wysłania później</numerusform>
            <numerusform>%n do ponownego wysłania później</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n nieudany</numerusform>
            <numerusform>%n nieudane</numerusform>
            <numerusform>%n nieudanych</numerusform>
        </translation>
    </message>
    <message>
        <source>Send and receive: {results}.</source>
        <translation>Wysyłanie i odbieranie: {results}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nic nowego</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still without an answer: see Messages ▸ Receipts and responses.</source>
        <translation>
            <numerusform>%n komunikat nadal bez odpowiedzi: zobacz Komunikaty ▸ Potwierdzenia i odpowiedzi.</numerusform>
            <numerusform>%n komunikaty nadal bez odpowiedzi: zobacz Komunikaty ▸ Potwierdzenia i odpowiedzi.</numerusform>
            <numerusform>%n komunikatów nadal bez odpowiedzi: zobacz Komunikaty ▸ Potwierdzenia i odpowiedzi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problem: {problem} (and %n more)</source>
        <translation>
            <numerusform>Problem: {problem} (i %n inny)</numerusform>
            <numerusform>Problem: {problem} (i %n inne)</numerusform>
            <numerusform>Problem: {problem} (i %n innych)</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>1 secondary code</source>
        <translation>1 dodatkowy kod</translation>
    </message>
    <message numerus="yes">
        <source>%n secondary codes</source>
        <translation>
            <numerusform>%n dodatkowy kod</numerusform>
            <numerusform>%n dodatkowe kody</numerusform>
            <numerusform>%n dodatkowych kodów</numerusform>
        </translation>
    </message>
    <message>
        <source>a new primary access code</source>
        <translation>nowy główny kod dostępu</translation>
    </message>
    <message>
        <source>the primary access code stays the same</source>
        <translation>główny kod dostępu pozostaje bez zmian</translation>
    </message>
    <message>
        <source>GRN {grn}: {codes}; {pac}</source>
        <translation>GRN {grn}: {codes}; {pac}</translation>
    </message>
    <message>
        <source>cannot be asked: {reason}</source>
        <translation>nie można zapytać: {reason}</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <comment>the balance</comment>
        <translation>jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>bez daty końcowej</translation>
    </message>
    <message>
        <source>Codes registered</source>
        <translation>Zarejestrowane kody</translation>
    </message>
    <message>
        <source>never (or the last registration failed)</source>
        <translation>nigdy (lub ostatnia rejestracja nie powiodła się)</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Pozostałe saldo</translation>
    </message>
    <message>
        <source>Amount in use (exposure)</source>
        <translation>Kwota w użyciu (zaangażowanie)</translation>
    </message>
    <message>
        <source>Number of uses</source>
        <translation>Liczba wykorzystań</translation>
    </message>
    <message>
        <source>Owner according to customs</source>
        <translation>Właściciel według urzędu celnego</translation>
    </message>
    <message>
        <source>Reference amount</source>
        <translation>Kwota referencyjna</translation>
    </message>
    <message>
        <source>Guarantee amount according to customs</source>
        <translation>Kwota zabezpieczenia według urzędu celnego</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Ograniczenia</translation>
    </message>
    <message>
        <source>Last answer from customs</source>
        <translation>Ostatnia odpowiedź urzędu celnego</translation>
    </message>
    <message>
        <source>(no description of this code is known)</source>
        <translation>(opis tego kodu jest nieznany)</translation>
    </message>
    <message>
        <source>Last error {code}</source>
        <translation>Ostatni błąd {code}</translation>
    </message>
    <message>
        <source>Usage of the guarantee ({period})</source>
        <translation>Wykorzystanie zabezpieczenia ({period})</translation>
    </message>
    <message>
        <source>Usage of the guarantee</source>
        <translation>Wykorzystanie zabezpieczenia</translation>
    </message>
    <message>
        <source>Customs reported no transit operations.</source>
        <translation>Urząd celny nie zgłosił żadnych operacji tranzytowych.</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column: amount of a transit operation</comment>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>column: whether the guarantee is locked for the operation</comment>
        <translation>Blokada</translation>
    </message>
    <message>
        <source>Arrival</source>
        <comment>column: date and time of arrival</comment>
        <translation>Przybycie</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>column: date and time of release</comment>
        <translation>Zwolnienie</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>not released yet</comment>
        <translation>jeszcze nie</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more operations.</source>
        <translation>
            <numerusform>… i jeszcze %n operacja.</numerusform>
            <numerusform>… i jeszcze %n operacje.</numerusform>
            <numerusform>… i jeszcze %n operacji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n operation(s)</source>
        <translation>
            <numerusform>{title}: %n operacja</numerusform>
            <numerusform>{title}: %n operacje</numerusform>
            <numerusform>{title}: %n operacji</numerusform>
        </translation>
    </message>
    <message>
        <source>administrator: all organisations</source>
        <translation>administrator: wszystkie organizacje</translation>
    </message>
    <message>
        <source>(saved despite a failing check digit: training data)</source>
        <translation>(zapisano mimo błędnej cyfry kontrolnej: dane szkoleniowe)</translation>
    </message>
    <message>
        <source>stored (held by {holder})</source>
        <comment>the primary access code</comment>
        <translation>przechowywany (posiadacz: {holder})</translation>
    </message>
    <message>
        <source>not stored</source>
        <comment>the primary access code</comment>
        <translation>nieprzechowywany</translation>
    </message>
    <message>
        <source>Guarantee user</source>
        <translation>Użytkownik zabezpieczenia</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>of the guarantee</comment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Other reference</source>
        <translation>Inny numer referencyjny</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Urząd celny</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>of the guarantee</comment>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Communication parameters</source>
        <translation>Parametry komunikacji</translation>
    </message>
    <message>
        <source>none — messages cannot be sent</source>
        <translation>brak — nie można wysyłać komunikatów</translation>
    </message>
    <message>
        <source>Your secondary codes</source>
        <translation>Twoje dodatkowe kody</translation>
    </message>
    <message numerus="yes">
        <source>%n stored</source>
        <comment>secondary codes</comment>
        <translation>
            <numerusform>%n przechowywany</numerusform>
            <numerusform>%n przechowywane</numerusform>
            <numerusform>%n przechowywanych</numerusform>
        </translation>
    </message>
    <message>
        <source>none stored for you</source>
        <comment>secondary codes</comment>
        <translation>brak przechowywanych kodów</translation>
    </message>
    <message>
        <source>Primary access code</source>
        <translation>Główny kod dostępu</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Twoje uprawnienia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>A primary access code is stored (held by {holder}) — delete it after registration: keeping it is like writing the PIN on the card.</source>
        <translation>Przechowywany jest główny kod dostępu (posiadacz: {holder}) — usuń go po rejestracji: przechowywanie go to jak zapisanie PIN-u na karcie.</translation>
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
    <name>Messages</name>
    <message>
        <source>Unknown query kind &apos;{name}&apos;: use usage, balance, usage and balance or info.</source>
        <translation>Nieznany rodzaj zapytania &apos;{name}&apos;: użyj usage, balance, usage and balance lub info.</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>wykorzystanie</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>usage and balance</source>
        <translation>wykorzystanie i saldo</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>inne informacje</translation>
    </message>
    <message>
        <source>{path}/queryIdentifier &apos;{value}&apos; is not a known query kind (1 usage, 2 balance, 3 usage and balance, 4 other information) (line {line}).</source>
        <translation>Wartość &apos;{value}&apos; w {path}/queryIdentifier nie jest znanym rodzajem zapytania (1 – wykorzystanie, 2 – saldo, 3 – wykorzystanie i saldo, 4 – inne informacje) (wiersz {line}).</translation>
    </message>
    <message>
        <source>An access code is exactly 4 letters (A–Z) or digits.</source>
        <translation>Kod dostępu składa się z dokładnie 4 liter (A–Z) lub cyfr.</translation>
    </message>
    <message>
        <source>A GRN is 2 digits (year), 2 letters (country), 12 capitals or digits and a check digit (vouchers add a letter and 6 digits).</source>
        <translation>GRN składa się z 2 cyfr (rok), 2 liter (kraj), 12 wielkich liter lub cyfr oraz cyfry kontrolnej (w przypadku bonów dochodzi litera i 6 cyfr).</translation>
    </message>
    <message>
        <source>An MRN is 18 characters: year, country, serial number and check character.</source>
        <translation>MRN ma 18 znaków: rok, kraj, numer kolejny i znak kontrolny.</translation>
    </message>
    <message>
        <source>A customs office is 2 letters (country) and 6 capitals or digits, e.g. CZ510201.</source>
        <translation>Numer urzędu celnego składa się z 2 liter (kraj) i 6 wielkich liter lub cyfr, np. CZ510201.</translation>
    </message>
    <message>
        <source>Only guarantee types 0 and 1 have access codes to register.</source>
        <translation>Kody dostępu do zarejestrowania mają tylko zabezpieczenia rodzaju 0 i 1.</translation>
    </message>
    <message>
        <source>Date and time are written YYYY-MM-DDThh:mm:ss, without fractions or time zone.</source>
        <translation>Datę i godzinę zapisuje się jako RRRR-MM-DDTgg:mm:ss, bez ułamków sekund i strefy czasowej.</translation>
    </message>
    <message>
        <source>The MRN of a summary declaration is 18 characters: 2 digits (year), 2 letters (country), 12 capitals or digits, the procedure letter U and a check digit.</source>
        <translation>MRN deklaracji skróconej ma 18 znaków: 2 cyfry (rok), 2 litery (kraj), 12 wielkich liter lub cyfr, literę procedury U i cyfrę kontrolną.</translation>
    </message>
    <message>
        <source>The kind of declaration is VSA (create), VSM (modify), ESA (confirm) or ESV (create and confirm).</source>
        <translation>Rodzaj deklaracji to VSA (utwórz), VSM (zmień), ESA (potwierdź) lub ESV (utwórz i potwierdź).</translation>
    </message>
    <message>
        <source>The confirmation flag is 1 or 2 (ESA) or 3 (ESV).</source>
        <translation>Znacznik potwierdzenia to 1 lub 2 (ESA) albo 3 (ESV).</translation>
    </message>
    <message>
        <source>Positions are numbered 1 to 9,999, each number once.</source>
        <translation>Pozycje są numerowane od 1 do 9999, każdy numer tylko raz.</translation>
    </message>
    <message>
        <source>The declaration is identified by REG (registration number) or MID (manifest id).</source>
        <translation>Deklarację identyfikuje REG (numer ewidencyjny) lub MID (identyfikator manifestu).</translation>
    </message>
    <message>
        <source>The mode of transport is one of 1, 2, 3, 4, 5, 7, 8, 9.</source>
        <translation>Rodzaj transportu to jeden z kodów: 1, 2, 3, 4, 5, 7, 8, 9.</translation>
    </message>
    <message>
        <source>The previous document type is MAWB, FLI, MAN, ENS or OTH (empty deletes it).</source>
        <translation>Rodzaj poprzedniego dokumentu to MAWB, FLI, MAN, ENS lub OTH (pusta wartość go usuwa).</translation>
    </message>
    <message>
        <source>The previous document type is MAWB, FLI, MAN, ENS or OTH.</source>
        <translation>Rodzaj poprzedniego dokumentu to MAWB, FLI, MAN, ENS lub OTH.</translation>
    </message>
    <message>
        <source>A customs office is 2 letters (country) and 6 capitals or digits, e.g. DE002601.</source>
        <translation>Numer urzędu celnego składa się z 2 liter (kraj) i 6 wielkich liter lub cyfr, np. DE002601.</translation>
    </message>
    <message>
        <source>A country is 2 capital letters, e.g. DE.</source>
        <translation>Kraj to 2 wielkie litery, np. DE.</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD (empty deletes an optional one).</source>
        <translation>Datę zapisuje się jako RRRR-MM-DD (pusta wartość usuwa datę opcjonalną).</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD (empty deletes it).</source>
        <translation>Datę zapisuje się jako RRRR-MM-DD (pusta wartość ją usuwa).</translation>
    </message>
    <message>
        <source>The kind of reference is AWB, MAWB, BL, CMR, CIM or OTH.</source>
        <translation>Rodzaj numeru referencyjnego to AWB, MAWB, BL, CMR, CIM lub OTH.</translation>
    </message>
    <message>
        <source>The package kind is a code of 2 capitals or digits, e.g. PK.</source>
        <translation>Rodzaj opakowania to kod z 2 wielkich liter lub cyfr, np. PK.</translation>
    </message>
    <message>
        <source>The number of packages is a whole number of at most 8 digits.</source>
        <translation>Liczba opakowań to liczba całkowita o najwyżej 8 cyfrach.</translation>
    </message>
    <message>
        <source>The gross mass is in kilograms with at most 3 decimals and 16 characters, e.g. 1250.5.</source>
        <translation>Masę brutto podaje się w kilogramach, z najwyżej 3 miejscami po przecinku i w maksymalnie 16 znakach, np. 1250.5.</translation>
    </message>
    <message>
        <source>The customs status is N (non-Union goods) or U (Union goods).</source>
        <translation>Status celny to N (towary nieunijne) lub U (towary unijne).</translation>
    </message>
    <message>
        <source>The field is named by its JSON path, e.g. presenter.tin.</source>
        <translation>Pole wskazuje się ścieżką JSON, np. presenter.tin.</translation>
    </message>
    <message>
        <source>One registration carries 1 to 999 secondary access codes.</source>
        <translation>Jedna rejestracja obejmuje od 1 do 999 dodatkowych kodów dostępu.</translation>
    </message>
    <message>
        <source>One message carries 1 to 99 guarantees.</source>
        <translation>Jeden komunikat obejmuje od 1 do 99 zabezpieczeń.</translation>
    </message>
    <message>
        <source>A confirmation carries at most 9 error codes.</source>
        <translation>Potwierdzenie zawiera najwyżej 9 kodów błędów.</translation>
    </message>
    <message>
        <source>One guarantee lists at most 9,999 usages.</source>
        <translation>Jedno zabezpieczenie obejmuje najwyżej 9999 pozycji wykorzystania.</translation>
    </message>
    <message>
        <source>A summary declaration carries at most 9,999 positions.</source>
        <translation>Deklaracja skrócona zawiera najwyżej 9999 pozycji.</translation>
    </message>
    <message>
        <source>An answer lists at most 9,999 accepted positions.</source>
        <translation>Odpowiedź wymienia najwyżej 9999 przyjętych pozycji.</translation>
    </message>
    <message>
        <source>The {message_type} root element must be in the namespace {namespace}.</source>
        <translation>Element główny komunikatu {message_type} musi należeć do przestrzeni nazw {namespace}.</translation>
    </message>
    <message>
        <source>The schema folder {folder} does not exist: choose the folder with the published XSD files.</source>
        <translation>Folder schematów {folder} nie istnieje: wybierz folder z opublikowanymi plikami XSD.</translation>
    </message>
    <message>
        <source>The folder {folder} holds none of the message schemas ({files}): choose the folder of the published NCTS XSD files.</source>
        <translation>Folder {folder} nie zawiera żadnego ze schematów komunikatów ({files}): wybierz folder z opublikowanymi plikami XSD NCTS.</translation>
    </message>
    <message>
        <source>unknown message type {message_type}: no schema is known for it. It looks like an old NCTS phase 4 message, which CustomsDesk does not process.</source>
        <translation>nieznany rodzaj komunikatu {message_type}: brak dla niego schematu. Wygląda na stary komunikat NCTS fazy 4, którego CustomsDesk nie przetwarza.</translation>
    </message>
    <message>
        <source>unknown message type {message_type}: no schema is known for it.</source>
        <translation>nieznany rodzaj komunikatu {message_type}: brak dla niego schematu.</translation>
    </message>
    <message>
        <source>The schema file {path} cannot be used: {error}. Replace it with the published file.</source>
        <translation>Nie można użyć pliku schematu {path}: {error}. Zastąp go opublikowanym plikiem.</translation>
    </message>
    <message>
        <source>The message is not well-formed XML: {reason} (line {line}, column {column}).</source>
        <translation>Komunikat nie jest poprawnym składniowo dokumentem XML: {reason} (wiersz {line}, kolumna {column}).</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Komunikat jest pusty.</translation>
    </message>
    <message>
        <source>The message declares a document type (&lt;!DOCTYPE …&gt;): DTDs and entities are not accepted in customs messages. Ask the sender for the message without it.</source>
        <translation>Komunikat deklaruje typ dokumentu (&lt;!DOCTYPE …&gt;): definicje DTD i encje są niedozwolone w komunikatach celnych. Poproś nadawcę o komunikat bez tej deklaracji.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDThh:mm:ss)</source>
        <translation>datą i godziną (RRRR-MM-DDTgg:mm:ss)</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>kwotą</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>liczbą całkowitą</translation>
    </message>
    <message>
        <source>a flag (0 or 1)</source>
        <translation>znacznikiem (0 lub 1)</translation>
    </message>
    <message>
        <source>The message is incomplete: {path} has no {element}, which is required (line {line}). The sender must correct the message.</source>
        <translation>Komunikat jest niekompletny: w {path} brakuje wymaganego elementu {element} (wiersz {line}). Nadawca musi poprawić komunikat.</translation>
    </message>
    <message>
        <source>{path} must be {what}, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} musi być {what}, a nie &apos;{value}&apos; (wiersz {line}).</translation>
    </message>
    <message>
        <source>Expected a {expected} message, but this one is {found}.</source>
        <translation>Oczekiwano komunikatu {expected}, a ten komunikat to {found}.</translation>
    </message>
    <message>
        <source>The message cannot be shown: {reason}. The preview may not read files or the network.</source>
        <translation>Nie można wyświetlić komunikatu: {reason}. Podgląd nie może odczytywać plików ani sieci.</translation>
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
        <translation>
            <numerusform>+%n kolejny</numerusform>
            <numerusform>+%n kolejne</numerusform>
            <numerusform>+%n kolejnych</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer since {sent}: customs have not answered for longer than expected. Check the gateway, or ask customs whether the message arrived.</source>
        <translation>Brak odpowiedzi od {sent}: urząd celny nie odpowiada dłużej, niż oczekiwano. Sprawdź bramkę lub zapytaj urząd celny, czy komunikat dotarł.</translation>
    </message>
    <message>
        <source>{result}. It was never applied to the records.</source>
        <translation>{result}. Nigdy nie został zastosowany w rekordach.</translation>
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
        <translation>Zastosuj ponownie odpowiedź z kwarantanny po usunięciu przyczyny błędu (np. po zaimportowaniu certyfikatu)</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Wszystkie kierunki</translation>
    </message>
    <message>
        <source>→ Sent to customs</source>
        <translation>→ Wysłane do urzędu celnego</translation>
    </message>
    <message>
        <source>← Received from customs</source>
        <translation>← Odebrane z urzędu celnego</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>dowolna data</translation>
    </message>
    <message>
        <source>The first date in the list, shown as &apos;any date&apos;, means no limit</source>
        <translation>Pierwsza data na liście, wyświetlana jako &apos;dowolna data&apos;, oznacza brak ograniczenia</translation>
    </message>
    <message>
        <source>Receipts and responses — CustomsDesk</source>
        <translation>Potwierdzenia i odpowiedzi — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the preview of the selected message</source>
        <translation>Drukuj podgląd wybranego komunikatu</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>&amp;Eksportuj do PDF…</translation>
    </message>
    <message>
        <source>Save the preview of the selected message as a PDF file</source>
        <translation>Zapisz podgląd wybranego komunikatu jako plik PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read the messages again from the database</source>
        <translation>Wczytaj ponownie komunikaty z bazy danych</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Wyczyść filtry</translation>
    </message>
    <message>
        <source>Show every message again</source>
        <translation>Pokaż ponownie wszystkie komunikaty</translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>Z&amp;astosuj ponownie</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>Ko&amp;munikat</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Search: GRN, message id, error code, result text…</source>
        <translation>Szukaj: GRN, identyfikator komunikatu, kod błędu, tekst wyniku…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <source>GRN (whole number)</source>
        <translation>GRN (cały numer)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Kierunek</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <comment>filter: the type of message</comment>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>filter: the earliest date</comment>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>filter: the latest date</comment>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Stat&amp;e</source>
        <comment>filter: the state of a message</comment>
        <translation>S&amp;tan</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganizacja</translation>
    </message>
    <message>
        <source>Show the messages of every record</source>
        <translation>Pokaż komunikaty wszystkich rekordów</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>State</source>
        <comment>the state a message reached</comment>
        <translation>Stan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Podgląd</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Wszystkie organizacje</translation>
    </message>
    <message>
        <source>Only messages for {reference}</source>
        <translation>Tylko komunikaty dla {reference}</translation>
    </message>
    <message>
        <source>Only messages for guarantee {number}</source>
        <translation>Tylko komunikaty dla zabezpieczenia {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n message</source>
        <translation>
            <numerusform>%n komunikat</numerusform>
            <numerusform>%n komunikaty</numerusform>
            <numerusform>%n komunikatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n komunikat</numerusform>
            <numerusform>%n komunikaty</numerusform>
            <numerusform>%n komunikatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message matches the filters</source>
        <translation>
            <numerusform>%n komunikat spełnia kryteria filtrów</numerusform>
            <numerusform>%n komunikaty spełniają kryteria filtrów</numerusform>
            <numerusform>%n komunikatów spełnia kryteria filtrów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages match the filters</source>
        <translation>
            <numerusform>%n komunikat spełnia kryteria filtrów</numerusform>
            <numerusform>%n komunikaty spełniają kryteria filtrów</numerusform>
            <numerusform>%n komunikatów spełnia kryteria filtrów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n message(s) sent to customs have had no answer for more than {hours} hours (highlighted in orange). Check the gateway, or ask customs whether they arrived.</source>
        <translation>
            <numerusform>⚠ %n komunikat wysłany do urzędu celnego od ponad {hours} godz. nie ma odpowiedzi (wyróżniony na pomarańczowo). Sprawdź bramkę lub zapytaj urząd celny, czy komunikat dotarł.</numerusform>
            <numerusform>⚠ %n komunikaty wysłane do urzędu celnego od ponad {hours} godz. nie mają odpowiedzi (wyróżnione na pomarańczowo). Sprawdź bramkę lub zapytaj urząd celny, czy komunikaty dotarły.</numerusform>
            <numerusform>⚠ %n komunikatów wysłanych do urzędu celnego od ponad {hours} godz. nie ma odpowiedzi (wyróżnione na pomarańczowo). Sprawdź bramkę lub zapytaj urząd celny, czy komunikaty dotarły.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n received message(s) are quarantined or unmatched (highlighted): they were not applied to the records. Open one to see why.</source>
        <translation>
            <numerusform>⚠ %n odebrany komunikat jest w kwarantannie lub nieprzypisany (wyróżniony): nie został zastosowany w rekordach. Otwórz go, aby zobaczyć przyczynę.</numerusform>
            <numerusform>⚠ %n odebrane komunikaty są w kwarantannie lub nieprzypisane (wyróżnione): nie zostały zastosowane w rekordach. Otwórz jeden z nich, aby zobaczyć przyczynę.</numerusform>
            <numerusform>⚠ %n odebranych komunikatów jest w kwarantannie lub nieprzypisanych (wyróżnione): nie zostały zastosowane w rekordach. Otwórz jeden z nich, aby zobaczyć przyczynę.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>Wybierz komunikat, aby go tu wyświetlić.</translation>
    </message>
    <message>
        <source>(This message has no readable XML.)</source>
        <translation>(Ten komunikat nie zawiera czytelnego XML.)</translation>
    </message>
    <message>
        <source>it has not been opened yet</source>
        <translation>nie został jeszcze otwarty</translation>
    </message>
    <message>
        <source>&lt;b&gt;This message cannot be shown:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Nie można wyświetlić tego komunikatu:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>It was never applied to the records. The envelope as received is kept in the archive.</source>
        <translation>Nigdy nie został zastosowany w rekordach. Koperta w postaci, w jakiej ją odebrano, jest przechowywana w archiwum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview cannot be made:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Nie można utworzyć podglądu:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <source>See the XML tab for the message as it is.</source>
        <translation>Komunikat w oryginalnej postaci znajduje się na karcie XML.</translation>
    </message>
    <message>
        <source>Select a message first</source>
        <translation>Najpierw wybierz komunikat</translation>
    </message>
    <message>
        <source>Only a quarantined answer can be applied again</source>
        <translation>Ponownie można zastosować tylko odpowiedź z kwarantanny</translation>
    </message>
    <message>
        <source>Message {number} is applied again at this send and receive.</source>
        <translation>Komunikat {number} zostanie ponownie zastosowany podczas tego wysyłania i odbierania.</translation>
    </message>
    <message>
        <source>Print message</source>
        <translation>Drukuj komunikat</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Eksportuj do PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Pliki PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Zapisano {path}</translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message>
        <source>A delivery receipt could not be verified: {error}</source>
        <translation>Nie można zweryfikować potwierdzenia doręczenia: {error}</translation>
    </message>
    <message>
        <source>A delivery receipt could not be read: it names no message.</source>
        <translation>Nie można odczytać potwierdzenia doręczenia: nie wskazuje ono żadnego komunikatu.</translation>
    </message>
    <message>
        <source>The database stayed busy (another program kept writing to it); the answers left are applied at the next send and receive.</source>
        <translation>Baza danych była stale zajęta (inny program ciągle do niej zapisywał); pozostałe odpowiedzi zostaną zastosowane przy następnym „Wyślij i odbierz”.</translation>
    </message>
    <message>
        <source>Quarantined: {reason}</source>
        <translation>W kwarantannie: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the gateway {gateway}: start the customs simulator (Messages ▸ Customs simulator) or check the gateway address in Settings ▸ NCTS.</source>
        <translation>Brak połączenia z bramką {gateway}: uruchom symulator celny (Komunikaty ▸ Symulator celny) lub sprawdź adres bramki w Ustawienia ▸ NCTS.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway {gateway}: check the network connection, or the gateway address in Settings ▸ NCTS.</source>
        <translation>Brak połączenia z bramką {gateway}: sprawdź połączenie sieciowe lub adres bramki w Ustawienia ▸ NCTS.</translation>
    </message>
    <message>
        <source>The gateway {gateway} sent a listing that is not JSON; its deliveries are fetched at the next send and receive.</source>
        <extracomment>``said(QT_TRANSLATE_NOOP(&quot;Messaging&quot;, &quot;…{field}…&quot;), field=…)``: a wording shown in the reader&apos;s language and kept in English by the message history and the gateway&apos;s state (see core.wording)</extracomment>
        <translation>Bramka {gateway} przesłała listę, która nie jest w formacie JSON; jej przesyłki zostaną pobrane przy następnym „Wyślij i odbierz”.</translation>
    </message>
    <message>
        <source>The gateway {gateway} sent a listing that is not a list of deliveries; check the gateway address in Settings ▸ NCTS.</source>
        <translation>Bramka {gateway} przesłała listę, która nie jest listą przesyłek; sprawdź adres bramki w Ustawienia ▸ NCTS.</translation>
    </message>
    <message>
        <source>The gateway {gateway} listed a delivery (entry {entry}) without a valid id ({id}); it was skipped.</source>
        <translation>Bramka {gateway} podała przesyłkę (wpis {entry}) bez prawidłowego identyfikatora ({id}); została pominięta.</translation>
    </message>
    <message>
        <source>The gateway {gateway} is not available now (HTTP {status}); the message stays queued.</source>
        <translation>Bramka {gateway} jest obecnie niedostępna (HTTP {status}); komunikat pozostaje w kolejce.</translation>
    </message>
    <message>
        <source>The gateway refused the message (HTTP {status}): {reason}</source>
        <translation>Bramka odrzuciła komunikat (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>Cannot write to the mailbox folder {folder} ({error}): check that the folder exists and may be written, or the gateway address in Settings ▸ NCTS.</source>
        <translation>Nie można zapisać w folderze skrzynki {folder} ({error}): sprawdź, czy folder istnieje i czy można w nim zapisywać, lub sprawdź adres bramki w Ustawienia ▸ NCTS.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) went out</source>
        <translation>
            <numerusform>wysłano %n komunikat</numerusform>
            <numerusform>wysłano %n komunikaty</numerusform>
            <numerusform>wysłano %n komunikatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{went}, the %n urgent one(s) first</source>
        <translation>
            <numerusform>{went}, najpierw %n pilny</numerusform>
            <numerusform>{went}, najpierw %n pilne</numerusform>
            <numerusform>{went}, najpierw %n pilnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{went}; %n still wait(s)</source>
        <translation>
            <numerusform>{went}; %n nadal czeka</numerusform>
            <numerusform>{went}; %n nadal czekają</numerusform>
            <numerusform>{went}; %n nadal czeka</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway {gateway} answers again (down since {since}): {went}.</source>
        <translation>Bramka {gateway} znów odpowiada (była niedostępna od {since}): {went}.</translation>
    </message>
    <message>
        <source>The access code registration for {reference}</source>
        <translation>Rejestracja kodów dostępu dla {reference}</translation>
    </message>
    <message>
        <source>The access code registration for this guarantee</source>
        <translation>Rejestracja kodów dostępu dla tego zabezpieczenia</translation>
    </message>
    <message>
        <source>{what} is not possible: only guarantee types 0 and 1 have access codes registered electronically; for type {type} the guarantor gives the code.</source>
        <translation>{what}: operacja niemożliwa — tylko zabezpieczenia rodzaju 0 i 1 mają kody dostępu rejestrowane elektronicznie; dla rodzaju {type} kod nadaje gwarant.</translation>
    </message>
    <message>
        <source>{what} needs the primary access code, which {holder} holds: ask them to send it.</source>
        <translation>{what}: wymagany jest główny kod dostępu, który przechowuje {holder} — poproś tego użytkownika o wysłanie kodu.</translation>
    </message>
    <message>
        <source>{what} needs the primary access code: enter it in the guarantee editor ▸ Access codes.</source>
        <translation>{what}: wymagany jest główny kod dostępu — wprowadź go w edytorze zabezpieczenia ▸ Kody dostępu.</translation>
    </message>
    <message>
        <source>{what} needs at least one secondary access code: add yours in the guarantee editor ▸ Access codes.</source>
        <translation>{what}: wymagany jest co najmniej jeden dodatkowy kod dostępu — dodaj swój w edytorze zabezpieczenia ▸ Kody dostępu.</translation>
    </message>
    <message>
        <source>The {kind} query for {reference}</source>
        <translation>Zapytanie o {kind} dla {reference}</translation>
    </message>
    <message>
        <source>The {kind} query for this guarantee</source>
        <translation>Zapytanie o {kind} dla tego zabezpieczenia</translation>
    </message>
    <message>
        <source>{what} is not possible: guarantee type {type} has no GRN to ask customs about.</source>
        <translation>{what}: operacja niemożliwa — zabezpieczenie rodzaju {type} nie ma numeru GRN, o który można zapytać urząd celny.</translation>
    </message>
    <message>
        <source>{what} is not allowed: customs do not give the balance of a type {type} guarantee (EU rule R261). Ask for usage or other information instead.</source>
        <translation>{what}: operacja niedozwolona — organy celne nie podają salda zabezpieczenia rodzaju {type} (reguła UE R261). Zapytaj zamiast tego o wykorzystanie lub inne informacje.</translation>
    </message>
    <message>
        <source>{what} needs your secondary access code ({user}): enter it in the guarantee editor ▸ Access codes.</source>
        <translation>{what}: wymagany jest Twój dodatkowy kod dostępu ({user}) — wprowadź go w edytorze zabezpieczenia ▸ Kody dostępu.</translation>
    </message>
    <message>
        <source>{what} must wait: customs answer one query per GRN a minute and {grn} was asked at {asked}. It will be possible at {possible}.</source>
        <translation>{what}: trzeba poczekać — urząd celny odpowiada na jedno zapytanie o dany GRN na minutę, a o {grn} zapytano o {asked}. Zapytanie będzie możliwe o {possible}.</translation>
    </message>
    <message>
        <source>The registration for {grn}</source>
        <translation>Rejestracja kodów dostępu dla {grn}</translation>
    </message>
    <message>
        <source>The usage period starts ({start}) after it ends ({end}): swap the dates.</source>
        <translation>Okres wykorzystania zaczyna się ({start}) po swoim końcu ({end}): zamień daty.</translation>
    </message>
    <message>
        <source>The query for {organisation}</source>
        <translation>Zapytanie dla {organisation}</translation>
    </message>
    <message>
        <source>The {message_type}</source>
        <translation>Komunikat {message_type}</translation>
    </message>
    <message>
        <source>Message {id} is {state}: only a message waiting to be sent can be flagged urgent.</source>
        <translation>Komunikat {id} ma stan „{state}”: jako pilny można oznaczyć tylko komunikat oczekujący na wysłanie.</translation>
    </message>
    <message>
        <source>{user} flagged it urgent: it is sent before the others</source>
        <translation>użytkownik {user} oznaczył komunikat jako pilny: jest wysyłany przed pozostałymi</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>wiersz {line}</translation>
    </message>
    <message>
        <source>{what} does not match the message schema at {where}: {problem} Correct the record and try again.</source>
        <translation>{what}: niezgodność ze schematem komunikatu w miejscu {where}: {problem} Popraw rekord i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>signed and encrypted for customs with the certificates in effect now</source>
        <translation>podpisano i zaszyfrowano dla urzędu celnego przy użyciu obecnie obowiązujących certyfikatów</translation>
    </message>
    <message>
        <source>A certificate changed since {user} queued this message, so it must be signed and encrypted again: it is sent at {user}&apos;s next send and receive.</source>
        <translation>Od czasu dodania tego komunikatu do kolejki przez użytkownika {user} zmienił się certyfikat, więc komunikat trzeba ponownie podpisać i zaszyfrować: zostanie wysłany przy następnym „Wyślij i odbierz” użytkownika {user}.</translation>
    </message>
    <message>
        <source>{size} MB is larger than the {limit} MB kept for one delivery (setting {setting}); it stays at the gateway until the limit is raised.</source>
        <translation>{size} MB przekracza limit {limit} MB dla jednej przesyłki (ustawienie {setting}); przesyłka pozostaje w bramce do czasu zwiększenia limitu.</translation>
    </message>
    <message>
        <source>A delivery from {gateway} was not kept: {reason}</source>
        <translation>Nie zachowano przesyłki z {gateway}: {reason}</translation>
    </message>
    <message>
        <source>A refusal {refusal} in {gateway} names no message sent from here; it was set aside.</source>
        <translation>Odmowa {refusal} w {gateway} nie dotyczy żadnego komunikatu wysłanego z tego stanowiska; została odłożona.</translation>
    </message>
    <message>
        <source>An unverified refusal for message {message_id} was found in the mailbox (not signed by customs, so the message stays as it was): {text}</source>
        <translation>W skrzynce znaleziono niezweryfikowaną odmowę dla komunikatu {message_id} (niepodpisaną przez urząd celny, więc stan komunikatu się nie zmienił): {text}</translation>
    </message>
    <message>
        <source>The gateway refused the message: {reason}</source>
        <translation>Bramka odrzuciła komunikat: {reason}</translation>
    </message>
    <message>
        <source>no answer after {hours} hours: check the gateway or ask customs</source>
        <translation>brak odpowiedzi po {hours} godz.: sprawdź bramkę lub zapytaj urząd celny</translation>
    </message>
    <message>
        <source>Message {id} is {state}: only a quarantined answer can be retried. A message that failed is sent again by preparing a new one.</source>
        <translation>Komunikat {id} ma stan „{state}”: ponowić można tylko odpowiedź w kwarantannie. Komunikat, którego wysłanie się nie powiodło, wysyła się ponownie, przygotowując nowy.</translation>
    </message>
    <message>
        <source>Message {id} was too large to keep ({reason}) Raise the limit ({setting}): it is fetched again at the next send and receive.</source>
        <translation>Komunikat {id} był zbyt duży, aby go zachować ({reason}) Zwiększ limit ({setting}): zostanie pobrany ponownie przy następnym „Wyślij i odbierz”.</translation>
    </message>
    <message>
        <source>{user} asked to apply it again</source>
        <translation>użytkownik {user} zażądał ponownego zastosowania</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for it and go</source>
        <translation>
            <numerusform>%n komunikat czeka na nią i zostanie wysłany</numerusform>
            <numerusform>%n komunikaty czekają na nią i zostaną wysłane</numerusform>
            <numerusform>%n komunikatów czeka na nią i zostanie wysłanych</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway {gateway} is down since {since}: {waiting} as soon as it answers again. Last error: {error}</source>
        <translation>Bramka {gateway} jest niedostępna od {since}: {waiting}, gdy tylko znów zacznie odpowiadać. Ostatni błąd: {error}</translation>
    </message>
    <message>
        <source>The database stayed busy (another program kept writing to it); the rest is done at the next send and receive.</source>
        <translation>Baza danych była stale zajęta (inny program ciągle do niej zapisywał); pozostałe czynności zostaną wykonane przy następnym „Wyślij i odbierz”.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Oczekuje na wysłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłany</translation>
    </message>
    <message>
        <source>Delivered (receipt)</source>
        <translation>Doręczony (potwierdzenie odbioru)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudany</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrany</translation>
    </message>
    <message>
        <source>Applied to the records</source>
        <translation>Uwzględniony w ewidencji</translation>
    </message>
    <message>
        <source>Unmatched answer</source>
        <translation>Niedopasowana odpowiedź</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>W kwarantannie</translation>
    </message>
    <message>
        <source>Duplicate (ignored)</source>
        <translation>Duplikat (zignorowany)</translation>
    </message>
    <message>
        <source>stored, urgent: sent before the others</source>
        <translation>zapisano, pilny: jest wysyłany przed pozostałymi</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>zapisano</translation>
    </message>
    <message>
        <source>fetched from the gateway as {id}</source>
        <translation>pobrano z bramki jako {id}</translation>
    </message>
    <message>
        <source>fetched again within the size limit</source>
        <translation>pobrano ponownie w ramach limitu rozmiaru</translation>
    </message>
    <message>
        <source>Message {id} does not exist.</source>
        <translation>Komunikat {id} nie istnieje.</translation>
    </message>
    <message>
        <source>Message {id} does not exist or concerns an organisation {user} does not represent.</source>
        <translation>Komunikat {id} nie istnieje lub dotyczy organizacji, której {user} nie reprezentuje.</translation>
    </message>
    <message>
        <source>accepted by the gateway {gateway}</source>
        <translation>przyjęte przez bramkę {gateway}</translation>
    </message>
    <message>
        <source>the gateway&apos;s receipt could not be verified; waiting for the answer</source>
        <translation>nie udało się zweryfikować potwierdzenia bramki; oczekiwanie na odpowiedź</translation>
    </message>
    <message>
        <source>attempt {attempt} failed: {reason} Next attempt {next}.</source>
        <translation>próba {attempt} nie powiodła się: {reason} Następna próba {next}.</translation>
    </message>
    <message>
        <source>waiting: {reason}</source>
        <translation>oczekuje: {reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Niepowodzenie: {reason}</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>The organisation register: principals and representatives</source>
        <translation>Rejestr organizacji: główni zobowiązani i przedstawiciele</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacje</translation>
    </message>
    <message>
        <source>All guarantees in use for NCTS</source>
        <translation>Wszystkie zabezpieczenia używane w NCTS</translation>
    </message>
    <message>
        <source>EORI/TIN {eori}, branch {branch}</source>
        <translation>EORI/TIN {eori}, oddział {branch}</translation>
    </message>
</context>
<context>
    <name>OfficeDatabase</name>
    <message>
        <source>This &amp;workstation&apos;s own database (in its data folder)</source>
        <translation>Własna baza danych tego &amp;stanowiska (w jego folderze danych)</translation>
    </message>
    <message>
        <source>The &amp;office database on a PostgreSQL server</source>
        <translation>Baza danych &amp;biura na serwerze PostgreSQL</translation>
    </message>
    <message>
        <source>kept in the system keyring once the server takes it</source>
        <translation>zostanie zachowane w systemowym pęku kluczy, gdy serwer je przyjmie</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Użyj</translation>
    </message>
    <message>
        <source>Several workstations share one register, one message archive and one list of summary declarations on the office&apos;s server; each clerk&apos;s access codes stay locked with their own password. The password of the server account is never part of the URL: type it here and test the connection to keep it in the system keyring, or give it in PGPASSWORD or a password file (~/.pgpass). The choice applies when CustomsDesk starts again. Every workstation needs the office key (office-key-export and office-key-import).</source>
        <translation>Kilka stanowisk dzieli na serwerze biura jeden rejestr, jedno archiwum komunikatów i jedną listę przywozowych deklaracji skróconych; kody dostępu każdego pracownika pozostają zamknięte jego własnym hasłem. Hasło konta serwerowego nigdy nie jest częścią adresu URL: wpisz je tutaj i przetestuj połączenie, aby zachować je w systemowym pęku kluczy, albo podaj je w PGPASSWORD lub w pliku haseł (~/.pgpass). Wybór obowiązuje od następnego uruchomienia CustomsDesk. Każde stanowisko potrzebuje klucza biura (office-key-export i office-key-import).</translation>
    </message>
    <message>
        <source>Only an administrator may choose the database of this workstation.</source>
        <translation>Tylko administrator może wybrać bazę danych tego stanowiska.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Adres U&amp;RL serwera:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it in the password field, which keeps it in the system keyring once the server takes it.</source>
        <translation>Nie umieszczaj hasła w adresie URL: wpisz je w polu Hasło, skąd zostanie zachowane w systemowym pęku kluczy, gdy serwer je przyjmie.</translation>
    </message>
    <message>
        <source>The connection is encrypted ({tls}).</source>
        <translation>Połączenie jest szyfrowane ({tls}).</translation>
    </message>
    <message>
        <source>The connection is not encrypted: add sslmode=verify-full to the URL where the network is not the office&apos;s own.</source>
        <translation>Połączenie nie jest szyfrowane: tam, gdzie sieć nie należy do biura, dodaj do adresu URL sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The office database asks for its password</source>
        <translation>Baza danych biura prosi o hasło</translation>
    </message>
    <message>
        <source>Once the server takes it, it is kept in the system keyring, so that CustomsDesk does not ask again.</source>
        <translation>Gdy serwer je przyjmie, zostanie zachowane w systemowym pęku kluczy, więc CustomsDesk nie zapyta ponownie.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>&amp;Close CustomsDesk</source>
        <translation>&amp;Zamknij CustomsDesk</translation>
    </message>
    <message>
        <source>Asking {url}…</source>
        <translation>Odpytywanie {url}…</translation>
    </message>
    <message>
        <source>The server answered with an error: {reason}</source>
        <translation>Serwer odpowiedział błędem: {reason}</translation>
    </message>
    <message>
        <source>its schema is version {version}</source>
        <translation>jej schemat ma wersję {version}</translation>
    </message>
    <message>
        <source>it is empty: the first workstation to use it sets it up</source>
        <translation>jest pusta: skonfiguruje ją pierwsze stanowisko, które jej użyje</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}; {schema}.</source>
        <translation>Połączono: PostgreSQL {version}; {schema}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}).</source>
        <translation>Hasło jest zachowane w systemowym pęku kluczy ({keyring}).</translation>
    </message>
    <message>
        <source>Test the connection first: the password typed is kept in the system keyring once the server takes it.</source>
        <translation>Najpierw przetestuj połączenie: wpisane hasło zostanie zachowane w systemowym pęku kluczy, gdy serwer je przyjmie.</translation>
    </message>
    <message>
        <source>Saved: CustomsDesk uses {database} when it starts again.</source>
        <translation>Zapisano: po ponownym uruchomieniu CustomsDesk będzie używać {database}.</translation>
    </message>
    <message>
        <source>this workstation&apos;s own database</source>
        <translation>własnej bazy danych tego stanowiska</translation>
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
        <translation>
            <numerusform>%n urząd z rolą {role} ważny na dziś</numerusform>
            <numerusform>%n urzędy z rolą {role} ważne na dziś</numerusform>
            <numerusform>%n urzędów z rolą {role} ważnych na dziś</numerusform>
        </translation>
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
        <translation>Brak certyfikatu uczestnika tego numeru EORI do wyeksportowania: najpierw go zaimportuj.</translation>
    </message>
    <message>
        <source>No participant code is set for this EORI and administration: fill it in the communication parameters.</source>
        <translation>Nie ustawiono kodu uczestnika dla tego numeru EORI i tej administracji: uzupełnij go w parametrach komunikacji.</translation>
    </message>
    <message>
        <source>No communication parameter set names a participant EORI yet. Fill in the participant EORI in Settings ▸ Communication parameters, and its onboarding checklist appears here.</source>
        <translation>Żaden zestaw parametrów komunikacji nie zawiera jeszcze EORI uczestnika. Uzupełnij EORI uczestnika (Ustawienia ▸ Parametry komunikacji), a pojawi się tutaj jego lista kontrolna wdrożenia.</translation>
    </message>
    <message>
        <source>Complete: every step is done or not needed</source>
        <translation>Ukończono: każdy krok jest wykonany lub niepotrzebny</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nie rozpoczęto</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nie wykonano</translation>
    </message>
    <message>
        <source>Why the step is not needed, or any remark</source>
        <translation>Dlaczego krok jest niepotrzebny lub inne uwagi</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Rozpoczęto:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <source>Save step {number}</source>
        <translation>Zapisz krok {number}</translation>
    </message>
    <message>
        <source>Export public certificate…</source>
        <translation>Eksportuj certyfikat publiczny…</translation>
    </message>
    <message>
        <source>Copy mail subject</source>
        <translation>Kopiuj temat wiadomości</translation>
    </message>
    <message>
        <source>Done:</source>
        <comment>date the step was done</comment>
        <translation>Wykonano:</translation>
    </message>
    <message>
        <source>Last changed by {user} on {time}</source>
        <translation>Ostatnia zmiana: {user}, {time}</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Save the public certificate (no private key) to upload it to customs</source>
        <translation>Zapisz certyfikat publiczny (bez klucza prywatnego), aby przesłać go do administracji celnej</translation>
    </message>
    <message>
        <source>Copy “{subject}” to the clipboard</source>
        <translation>Kopiuj „{subject}” do schowka</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Export the public certificate</source>
        <translation>Eksportuj certyfikat publiczny</translation>
    </message>
    <message>
        <source>Certificate, PEM</source>
        <translation>Certyfikat, PEM</translation>
    </message>
    <message>
        <source>Certificate, DER</source>
        <translation>Certyfikat, DER</translation>
    </message>
    <message>
        <source>Exported to {file}: upload this file, it holds no private key.</source>
        <translation>Wyeksportowano do pliku {file}: prześlij ten plik — nie zawiera klucza prywatnego.</translation>
    </message>
    <message>
        <source>Mail subject copied.</source>
        <translation>Skopiowano temat wiadomości.</translation>
    </message>
    <message>
        <source>Read only. {reason}</source>
        <translation>Tylko do odczytu. {reason}</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Lista kontrolna wdrożenia</translation>
    </message>
    <message>
        <source>No organisation you represent has this EORI</source>
        <translation>Żadna z reprezentowanych przez Ciebie organizacji nie ma tego numeru EORI</translation>
    </message>
    <message>
        <source>{organisations} — work through the steps in order; each step is saved on its own.</source>
        <translation>{organisations} — wykonuj kroki po kolei; każdy krok jest zapisywany osobno.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Edit organisation</source>
        <translation>Edytuj organizację</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nowa organizacja</translation>
    </message>
    <message>
        <source>e.g. CZ25596641</source>
        <translation>np. CZ25596641</translation>
    </message>
    <message>
        <source>Principal (holder of the transit procedure)</source>
        <translation>Główny zobowiązany (uprawniony do korzystania z procedury tranzytu)</translation>
    </message>
    <message>
        <source>Representative (customs agency)</source>
        <translation>Przedstawiciel (agencja celna)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;EORI / TIN:</source>
        <translation>&amp;EORI / TIN:</translation>
    </message>
    <message>
        <source>Country prefix and up to 15 letters or digits</source>
        <translation>Prefiks kraju i maksymalnie 15 liter lub cyfr</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>Kod pocztowy, &amp;miejscowość:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code</source>
        <translation>Dwuliterowy kod ISO 3166</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>O&amp;soba kontaktowa:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Uwa&amp;gi:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Show the organisation as it is saved now</source>
        <translation>Pokaż organizację w obecnie zapisanej postaci</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>zmieniać organizację</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>The name is required: enter the company&apos;s registered name.</source>
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
        <source>&apos;{email}&apos; is not an e-mail address (name@example.com).</source>
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
        <source>The EORI/TIN must start with the 2-letter country prefix (e.g. CZ, DE, PL); &apos;{prefix}&apos; is not one.</source>
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
        <source>{name} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Organizacja {name} została zmieniona przez kogoś innego po jej otwarciu przez Ciebie (być może na innym stanowisku). Twoje zmiany nie zostały zapisane: wczytaj organizację ponownie, aby zobaczyć zmiany tej osoby, a następnie wprowadź swoje zmiany jeszcze raz.</translation>
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
    <name>Preview</name>
    <message>
        <source>(early)</source>
        <translation>(wstępny)</translation>
    </message>
    <message>
        <source>(final)</source>
        <translation>(ostateczny)</translation>
    </message>
    <message>
        <source>(partial)</source>
        <translation>(częściowy)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęto</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Kod dostępu</translation>
    </message>
    <message>
        <source>Access code registration</source>
        <translation>Rejestracja kodów dostępu</translation>
    </message>
    <message>
        <source>Access code registration confirmation</source>
        <translation>Potwierdzenie rejestracji kodów dostępu</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informacje dodatkowe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Odniesienie do deklaracji</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Amount in use (exposure)</source>
        <translation>Kwota w użyciu (zaangażowanie)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Data odpowiedzi</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Przybycie</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Data przybycia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Codes stored</source>
        <translation>Zapisane kody</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Confirmation flag</source>
        <translation>Znacznik potwierdzenia</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Osoba kontaktowa (imię i nazwisko)</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Osoba kontaktowa (telefon)</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Osoba kontaktowa (stanowisko)</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Identyfikator korelacji</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Przechowujący</translation>
    </message>
    <message>
        <source>Customs office of guarantee</source>
        <translation>Urząd gwarancyjny</translation>
    </message>
    <message>
        <source>Customs status</source>
        <translation>Status celny</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Deklaracja</translation>
    </message>
    <message>
        <source>Declaration accepted</source>
        <translation>Data przyjęcia zgłoszenia</translation>
    </message>
    <message>
        <source>Endgültig (final)</source>
        <translation>Endgültig (ostateczny)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Errors (</source>
        <translation>Błędy (</translation>
    </message>
    <message>
        <source>Errors in the XML sent (</source>
        <translation>Błędy w wysłanym komunikacie XML (</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Data wygaśnięcia</translation>
    </message>
    <message>
        <source>Exposure and balance</source>
        <translation>Zaangażowanie i saldo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Functional rejection</source>
        <translation>Odrzucenie funkcjonalne</translation>
    </message>
    <message>
        <source>Goods description</source>
        <translation>Opis towaru</translation>
    </message>
    <message>
        <source>Gross mass (kg)</source>
        <translation>Masa brutto (kg)</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <source>Guarantee amount</source>
        <translation>Kwota zabezpieczenia</translation>
    </message>
    <message>
        <source>Guarantee not valid</source>
        <translation>Zabezpieczenie nieważne</translation>
    </message>
    <message>
        <source>Guarantee type</source>
        <translation>Rodzaj zabezpieczenia</translation>
    </message>
    <message>
        <source>Guarantee voucher</source>
        <translation>Karnet zabezpieczenia</translation>
    </message>
    <message>
        <source>Guarantees not valid (</source>
        <translation>Nieważne zabezpieczenia (</translation>
    </message>
    <message>
        <source>Guarantees queried (</source>
        <translation>Zabezpieczenia objęte zapytaniem (</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Gwarant</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Posiadacz zabezpieczenia</translation>
    </message>
    <message>
        <source>Holder of the transit procedure</source>
        <translation>Główny zobowiązany</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Numer identyfikacyjny</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Sposób identyfikacji</translation>
    </message>
    <message>
        <source>Individual guarantee by a guarantor</source>
        <translation>Zabezpieczenie pojedyncze złożone przez gwaranta</translation>
    </message>
    <message>
        <source>Invalidity reason</source>
        <translation>Przyczyna nieważności</translation>
    </message>
    <message>
        <source>Invalidity text</source>
        <translation>Opis przyczyny nieważności</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Kind of declaration</source>
        <translation>Rodzaj deklaracji</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Lock date</source>
        <translation>Data blokady</translation>
    </message>
    <message>
        <source>Manifest id</source>
        <translation>Identyfikator manifestu</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Identyfikator komunikatu</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Rodzaj transportu</translation>
    </message>
    <message>
        <source>Monitoring code</source>
        <translation>Kod monitorowania</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>New primary access code</source>
        <translation>Nowy główny kod dostępu</translation>
    </message>
    <message>
        <source>Not valid for suspended goods</source>
        <translation>Nieważne dla towarów objętych zawieszeniem</translation>
    </message>
    <message>
        <source>Not valid in</source>
        <translation>Nieważne w</translation>
    </message>
    <message>
        <source>Number of uses</source>
        <translation>Liczba wykorzystań</translation>
    </message>
    <message>
        <source>Office of departure</source>
        <translation>Urząd wyjścia</translation>
    </message>
    <message>
        <source>Office of destination</source>
        <translation>Urząd przeznaczenia</translation>
    </message>
    <message>
        <source>Office of presentation</source>
        <translation>Urząd przedstawienia</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Inne informacje</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Rodzaj opakowania</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Liczba opakowań</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Place of custody</source>
        <translation>Miejsce składowania</translation>
    </message>
    <message>
        <source>Place of loading</source>
        <translation>Miejsce załadunku</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Positions (</source>
        <translation>Pozycje (</translation>
    </message>
    <message>
        <source>Positions accepted (</source>
        <translation>Przyjęte pozycje (</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Data przygotowania</translation>
    </message>
    <message>
        <source>Presentation date</source>
        <translation>Data przedstawienia</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Osoba przedstawiająca</translation>
    </message>
    <message>
        <source>Presenter (TIN / branch)</source>
        <translation>Osoba przedstawiająca (TIN / oddział)</translation>
    </message>
    <message>
        <source>Previous document number</source>
        <translation>Numer poprzedniego dokumentu</translation>
    </message>
    <message>
        <source>Previous document type</source>
        <translation>Rodzaj poprzedniego dokumentu</translation>
    </message>
    <message>
        <source>Primary access code</source>
        <translation>Główny kod dostępu</translation>
    </message>
    <message>
        <source>Primary access code changed</source>
        <translation>Zmiana głównego kodu dostępu</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <source>Query on guarantees</source>
        <translation>Zapytanie o zabezpieczenia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Reference amount</source>
        <translation>Kwota referencyjna</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numer referencyjny</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Data rejestracji</translation>
    </message>
    <message>
        <source>Registration accepted</source>
        <translation>Rejestracja przyjęta</translation>
    </message>
    <message>
        <source>Registration number (MRN)</source>
        <translation>Numer ewidencyjny (MRN)</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>Odmowa rejestracji</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Zwolnienie</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Pozostałe saldo</translation>
    </message>
    <message>
        <source>Representative (TIN / branch)</source>
        <translation>Przedstawiciel (TIN / oddział)</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Wnioskodawca</translation>
    </message>
    <message>
        <source>Response to query on guarantees</source>
        <translation>Odpowiedź na zapytanie o zabezpieczenia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Secondary access codes (</source>
        <translation>Dodatkowe kody dostępu (</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Sender (TIN / branch)</source>
        <translation>Nadawca (TIN / oddział)</translation>
    </message>
    <message>
        <source>Specific reference</source>
        <translation>Szczególny numer referencyjny</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status once accepted</source>
        <translation>Status po przyjęciu</translation>
    </message>
    <message>
        <source>Summary declaration</source>
        <translation>Deklaracja skrócona</translation>
    </message>
    <message>
        <source>Summary declaration answer</source>
        <translation>Odpowiedź na deklarację skróconą</translation>
    </message>
    <message>
        <source>Teilweise (partial), or Endgültig (final) once every position is confirmed</source>
        <translation>Teilweise (częściowy) lub Endgültig (ostateczny), gdy wszystkie pozycje zostaną potwierdzone</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Tekst w komunikacie</translation>
    </message>
    <message>
        <source>They replace every code registered before.</source>
        <translation>Zastępują one wszystkie kody zarejestrowane wcześniej.</translation>
    </message>
    <message>
        <source>Transit operation</source>
        <translation>Operacja tranzytowa</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Numer transportu</translation>
    </message>
    <message>
        <source>Usage (</source>
        <translation>Wykorzystanie (</translation>
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
        <source>Value sent</source>
        <translation>Wysłana wartość</translation>
    </message>
    <message>
        <source>Vorzeitig (early)</source>
        <translation>Vorzeitig (wstępny)</translation>
    </message>
    <message>
        <source>Voucher amount</source>
        <translation>Kwota karnetu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>XML rejection</source>
        <translation>Odrzucenie XML</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>new declaration (customs give the MRN)</source>
        <translation>nowa deklaracja (MRN nada urząd celny)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>bez daty końcowej</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>inne informacje</translation>
    </message>
    <message>
        <source>sent empty (deletes)</source>
        <translation>wysłane jako puste (usunięcie)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>wykorzystanie</translation>
    </message>
    <message>
        <source>usage and balance</source>
        <translation>wykorzystanie i saldo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>— confirm presentation</source>
        <translation>— potwierdź przedstawienie</translation>
    </message>
    <message>
        <source>— confirm without changes</source>
        <translation>— potwierdź bez zmian</translation>
    </message>
    <message>
        <source>— confirm, changing the positions</source>
        <translation>— potwierdź ze zmianą pozycji</translation>
    </message>
    <message>
        <source>— create (early)</source>
        <translation>— utwórz (deklaracja wstępna)</translation>
    </message>
    <message>
        <source>— create and confirm all</source>
        <translation>— utwórz i potwierdź wszystkie</translation>
    </message>
    <message>
        <source>— create and confirm all positions</source>
        <translation>— utwórz i potwierdź wszystkie pozycje</translation>
    </message>
    <message>
        <source>— modify</source>
        <translation>— zmień</translation>
    </message>
    <message>
        <source>— unknown code</source>
        <translation>— nieznany kod</translation>
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
        <translation>
            <numerusform>Zapytaj urząd celny, które operacje tranzytowe wykorzystywały %n zabezpieczenie w tym okresie.</numerusform>
            <numerusform>Zapytaj urząd celny, które operacje tranzytowe wykorzystywały %n zabezpieczenia w tym okresie.</numerusform>
            <numerusform>Zapytaj urząd celny, które operacje tranzytowe wykorzystywały %n zabezpieczeń w tym okresie.</numerusform>
        </translation>
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
    <name>ReferenceData</name>
    <message>
        <source>{file}: not an EU reference-data payload (no &apos;lists&apos; object). Use the RD_NCTS-P5 or COL JSON files from CS/RD2.</source>
        <translation>{file}: to nie są dane referencyjne UE (brak obiektu &apos;lists&apos;). Użyj plików JSON RD_NCTS-P5 lub COL z CS/RD2.</translation>
    </message>
    <message>
        <source>{file}: list &apos;{list}&apos; has no listEntries array.</source>
        <translation>{file}: lista &apos;{list}&apos; nie ma tablicy listEntries.</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: nie znaleziono pliku.</translation>
    </message>
    <message>
        <source>{file}: cannot be read as JSON ({reason}). Download the file again.</source>
        <translation>{file}: nie można odczytać jako JSON ({reason}). Pobierz plik ponownie.</translation>
    </message>
    <message>
        <source>{file}: a customs office entry has no id.</source>
        <translation>{file}: wpis urzędu celnego nie ma identyfikatora.</translation>
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
        <source>&amp;Reload</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Show the representation as saved now</source>
        <translation>Pokaż przedstawicielstwo w takiej postaci, w jakiej jest teraz zapisane</translation>
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
        <source>this installation&apos;s key</source>
        <extracomment>completes &quot;A stored secret cannot be unlocked with …&quot;</extracomment>
        <translation>klucza tej instalacji</translation>
    </message>
    <message>
        <source>A stored secret cannot be unlocked with {key} (the key was replaced or the record was copied from elsewhere). Enter the code again.</source>
        <extracomment>{key}: whose key it is, e.g. &quot;this installation&apos;s key&quot; or &quot;the key of jan&quot;</extracomment>
        <translation>Nie można odblokować zapisanego sekretu przy użyciu {key} (klucz został zastąpiony lub rekord skopiowano z innego miejsca). Wprowadź kod ponownie.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, and the database beside it holds secrets locked with that key: {sealed}. A new key would not open them, so none is made. Restore {name} from this computer&apos;s backup into {folder} (CustomsDesk&apos;s own database backups, *.backup.sqlite, do not hold the key) and start CustomsDesk again; nothing was changed.</source>
        <extracomment>{sealed}: what is locked with the key, e.g. &quot;3 outgoing message(s); 1 access code(s) stored before …&quot;</extracomment>
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
        <source>{path} is a folder, not CustomsDesk&apos;s key file. Move the folder out of {folder} and restore {name} from this computer&apos;s backup. {without_it} Nothing was changed.</source>
        <extracomment>{without_it}: a sentence on what the key locks</extracomment>
        <translation>{path} jest folderem, a nie plikiem klucza CustomsDesk. Przenieś ten folder poza {folder} i przywróć {name} z kopii zapasowej tego komputera. {without_it} Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}). It must belong to the user who runs CustomsDesk and be readable by that user only: give it to that user (chown) and run chmod 600 {path}. Nothing was changed.</source>
        <translation>Nie można odczytać pliku klucza {path} ({reason}). Musi on należeć do użytkownika, który uruchamia CustomsDesk, i być czytelny tylko dla niego: przekaż go temu użytkownikowi (chown) i uruchom chmod 600 {path}. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({size} bytes instead of {expected}). Restore it from this computer&apos;s backup. {without_it} Nothing was changed.</source>
        <extracomment>{without_it}: a sentence on what the key locks</extracomment>
        <translation>Plik klucza {path} jest uszkodzony ({size} bajtów zamiast {expected}). Przywróć go z kopii zapasowej tego komputera. {without_it} Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>export the office key</source>
        <translation>eksportować klucz biura</translation>
    </message>
    <message>
        <source>{folder} has no key yet: open it once (it makes one), then export it.</source>
        <translation>Folder {folder} nie ma jeszcze klucza: otwórz go raz (klucz zostanie wtedy utworzony), a następnie wyeksportuj klucz.</translation>
    </message>
    <message>
        <source>This workstation&apos;s own database holds secrets locked with the key just replaced: {sealed}. The office key does not open them. They are safe: the replaced key is kept as {kept}; to work on this workstation&apos;s own database again, put that file back as {name}.</source>
        <translation>Własna baza danych tego stanowiska zawiera sekrety zamknięte właśnie zastąpionym kluczem: {sealed}. Klucz biura ich nie otwiera. Są bezpieczne: zastąpiony klucz zachowano jako {kept}; aby znów pracować na własnej bazie danych tego stanowiska, przywróć ten plik jako {name}.</translation>
    </message>
    <message>
        <source>{path} is not an office key exported by CustomsDesk.</source>
        <translation>{path} nie jest kluczem biura wyeksportowanym przez CustomsDesk.</translation>
    </message>
    <message>
        <source>The passphrase does not open the office key in {path}: check it with the administrator who exported it.</source>
        <translation>Fraza hasła nie otwiera klucza biura w {path}: sprawdź ją u administratora, który wyeksportował klucz.</translation>
    </message>
    <message>
        <source>The passphrase locking the office key must be at least {count} characters long: it is all that protects the key on its way to the other workstations.</source>
        <translation>Fraza hasła blokująca klucz biura musi mieć co najmniej {count} znaków: tylko ona chroni klucz w drodze do pozostałych stanowisk.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Where the files come from: the EU reference data of NCTS phase 5 — the code lists (RD_NCTS-P5-….json.gz) and the customs office list (COL-Generic-….json.gz) — are published by the European Commission (DG TAXUD) in its Central Services / Reference Data system, CS/RD2. Your customs administration or its NCTS helpdesk tells you how to obtain the current files. Save them, then choose them all at once with Import reference data…; importing again later replaces what they contain.</source>
        <translation>Skąd pochodzą pliki: unijne dane referencyjne NCTS fazy 5 — listy kodów (RD_NCTS-P5-….json.gz) i listę urzędów celnych (COL-Generic-….json.gz) — publikuje Komisja Europejska (DG TAXUD) w swoim systemie Central Services / Reference Data, CS/RD2. Jak uzyskać aktualne pliki, dowiesz się od swojej administracji celnej lub jej helpdesku NCTS. Zapisz je, a następnie wybierz wszystkie naraz poleceniem Importuj dane referencyjne…; ponowny import zastępuje dane zawarte w tych plikach.</translation>
    </message>
    <message>
        <source>No NCTS permit number: guarantee messages cannot be sent with this set</source>
        <translation>Brak numeru zezwolenia NCTS: z tym zestawem nie można wysyłać komunikatów dotyczących zabezpieczeń</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <comment>a new parameter set</comment>
        <translation>Now&amp;y</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>https://gateway.example/ncts or a mailbox folder</source>
        <translation>https://gateway.example/ncts lub folder skrzynki pocztowej</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;zwa:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Administracja:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>Śro&amp;dowisko:</translation>
    </message>
    <message>
        <source>Participant &amp;EORI:</source>
        <translation>&amp;EORI uczestnika:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <source>Participant &amp;code:</source>
        <translation>&amp;Kod uczestnika:</translation>
    </message>
    <message>
        <source>NCTS &amp;permit number:</source>
        <translation>Nu&amp;mer zezwolenia NCTS:</translation>
    </message>
    <message>
        <source>Permit number for electronic communication; no guarantee message can be sent without it</source>
        <translation>Numer zezwolenia na komunikację elektroniczną; bez niego nie można wysłać żadnego komunikatu dotyczącego zabezpieczenia</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Bramka:</translation>
    </message>
    <message>
        <source>&amp;Save parameter set</source>
        <translation>Zapi&amp;sz zestaw parametrów</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>Cer&amp;tyfikaty…</translation>
    </message>
    <message>
        <source>Import, check and renew certificates in Settings ▸ Certificates</source>
        <translation>Importuj, sprawdzaj i odnawiaj certyfikaty (Ustawienia ▸ Certyfikaty)</translation>
    </message>
    <message>
        <source>Certificates of this set</source>
        <translation>Certyfikaty tego zestawu</translation>
    </message>
    <message>
        <source>Participant certificate</source>
        <translation>Certyfikat uczestnika</translation>
    </message>
    <message>
        <source>Customs encryption certificate</source>
        <translation>Certyfikat szyfrujący administracji celnej</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>Zapisano „{name}”.</translation>
    </message>
    <message>
        <source>Delete the parameter set “{name}”?</source>
        <translation>Usunąć zestaw parametrów „{name}”?</translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) use it; they will have no communication parameters until you choose others.</source>
        <translation>
            <numerusform>Używa go %n zabezpieczenie; nie będzie ono miało parametrów komunikacji, dopóki nie wybierzesz innych.</numerusform>
            <numerusform>Używają go %n zabezpieczenia; nie będą one miały parametrów komunikacji, dopóki nie wybierzesz innych.</numerusform>
            <numerusform>Używa go %n zabezpieczeń; nie będą one miały parametrów komunikacji, dopóki nie wybierzesz innych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete parameter set</source>
        <translation>Usuń zestaw parametrów</translation>
    </message>
    <message>
        <source>&amp;Import reference data…</source>
        <translation>&amp;Importuj dane referencyjne…</translation>
    </message>
    <message>
        <source>Choose message &amp;schema folder…</source>
        <translation>Wybierz folder &amp;schematów komunikatów…</translation>
    </message>
    <message>
        <source>Use built-in schemas &amp;only</source>
        <translation>Używaj &amp;tylko wbudowanych schematów</translation>
    </message>
    <message>
        <source>Customs offices known: {count}</source>
        <translation>Znane urzędy celne: {count}</translation>
    </message>
    <message>
        <source>Last imports:</source>
        <translation>Ostatnie importy:</translation>
    </message>
    <message>
        <source>{file} (snapshot {snapshot}), imported {imported}: {lists} code lists, {offices} offices</source>
        <translation>{file} (stan na {snapshot}), import {imported}: listy kodów: {lists}, urzędy: {offices}</translation>
    </message>
    <message>
        <source>No EU reference data imported yet: the built-in default is in use (guarantee types, error codes, currencies and a few offices of guarantee).</source>
        <translation>Nie zaimportowano jeszcze unijnych danych referencyjnych: używane są wbudowane dane domyślne (rodzaje zabezpieczeń, kody błędów, waluty i kilka urzędów gwarancyjnych).</translation>
    </message>
    <message>
        <source>Messages are checked against the built-in schemas and the official ones in {folder}.</source>
        <translation>Komunikaty są sprawdzane według wbudowanych schematów oraz oficjalnych schematów z folderu {folder}.</translation>
    </message>
    <message>
        <source>Messages are checked against the built-in schemas. Choose the folder of the published NCTS XSD files (cc034c.xsd, cc037c.xsd, ...) to check against them as well.</source>
        <translation>Komunikaty są sprawdzane według wbudowanych schematów. Wybierz folder z opublikowanymi plikami XSD NCTS (cc034c.xsd, cc037c.xsd, ...), aby sprawdzać komunikaty również według nich.</translation>
    </message>
    <message>
        <source>Folder of the published message schemas</source>
        <translation>Folder opublikowanych schematów komunikatów</translation>
    </message>
    <message>
        <source>The schema folder was not changed: {reason}</source>
        <translation>Nie zmieniono folderu schematów: {reason}</translation>
    </message>
    <message>
        <source>Found: {schemas}.</source>
        <translation>Znaleziono: {schemas}.</translation>
    </message>
    <message>
        <source>Import reference data</source>
        <translation>Importuj dane referencyjne</translation>
    </message>
    <message>
        <source>EU reference data</source>
        <translation>Dane referencyjne UE</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nic nie zaimportowano: {reason}</translation>
    </message>
    <message>
        <source>Imported {lists} code lists and {offices} customs offices.</source>
        <translation>Zaimportowano listy kodów ({lists}) i urzędy celne ({offices}).</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s own style and colours. Light and Dark draw every CustomsDesk window in Qt&apos;s Fusion style with light or dark colours, whatever the desktop uses; the change applies at once and is kept for your account on this computer.</source>
        <translation>Motyw Systemowy stosuje styl i kolory pulpitu. Motywy Jasny i Ciemny wyświetlają wszystkie okna CustomsDesk w stylu Fusion biblioteki Qt w jasnych lub ciemnych kolorach, niezależnie od ustawień pulpitu; zmiana działa od razu i jest zapamiętywana dla Twojego konta na tym komputerze.</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systemowy ({language})</translation>
    </message>
    <message>
        <source>The language of the windows, of the messages and of dates and amounts. It is kept for your account on this computer and applies when CustomsDesk starts again.</source>
        <translation>Język okien, komunikatów oraz dat i kwot. Jest zapamiętywany dla Twojego konta na tym komputerze i obowiązuje po ponownym uruchomieniu CustomsDesk.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Saved: CustomsDesk speaks {language} when it starts again.</source>
        <translation>Zapisano: po ponownym uruchomieniu CustomsDesk będzie używać języka: {language}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;NCTS — communication parameters</source>
        <translation>&amp;NCTS — parametry komunikacji</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation>Dane &amp;referencyjne</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Wygląd</translation>
    </message>
    <message>
        <source>&amp;Office database</source>
        <translation>Baza dany&amp;ch biura</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <source>Jan</source>
        <extracomment>short names of the months, under the bars of a chart: Jan, Feb, Mar...</extracomment>
        <translation>sty</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>lut</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>kwi</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>cze</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>lip</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>sie</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>wrz</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>paź</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>lis</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>gru</translation>
    </message>
    <message>
        <source>Share of movements handled on paper per month</source>
        <translation>Miesięczny udział operacji obsłużonych na papierze</translation>
    </message>
    <message>
        <source>{month}: {paper} on paper, {electronic} electronic</source>
        <translation>{month}: na papierze {paper}, elektronicznie {electronic}</translation>
    </message>
    <message>
        <source>{month}: {paper} on paper, {electronic} electronic — {share} % on paper</source>
        <translation>{month}: na papierze {paper}, elektronicznie {electronic} — {share} % na papierze</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a month without movements</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>share on paper</source>
        <translation>udział na papierze</translation>
    </message>
    <message>
        <source>grew above the threshold</source>
        <translation>przekroczył próg</translation>
    </message>
    <message>
        <source>warning threshold {percent} %</source>
        <translation>próg ostrzegawczy {percent} %</translation>
    </message>
</context>
<context>
    <name>ShortcutNotice</name>
    <message>
        <source>it is not available now</source>
        <translation>jest ono obecnie niedostępne</translation>
    </message>
    <message>
        <source>{command} is not possible now: {reason}</source>
        <translation>Nie można teraz wykonać polecenia {command}: {reason}</translation>
    </message>
</context>
<context>
    <name>SimulatorControl</name>
    <message>
        <source>The customs simulator stopped: {error}</source>
        <translation>Symulator celny został zatrzymany: {error}</translation>
    </message>
    <message>
        <source>The customs simulator stopped.</source>
        <translation>Symulator celny został zatrzymany.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is a folder, not a database file. Choose another data folder with --data-dir.</source>
        <translation>{path} jest folderem, a nie plikiem bazy danych. Wybierz inny folder danych za pomocą --data-dir.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>Nie można odczytać bazy danych {path} ({reason}). Sprawdź uprawnienia do pliku.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. CustomsDesk needs to write to it: give your user write permission to the file and its folder, or copy it to a writable folder and use --data-dir.</source>
        <translation>Baza danych {path} jest tylko do odczytu. CustomsDesk musi mieć możliwość zapisu w niej: nadaj swojemu użytkownikowi uprawnienia do zapisu pliku i jego folderu albo skopiuj plik do folderu z prawem zapisu i użyj --data-dir.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a data folder with --data-dir.</source>
        <translation>{folder} jest plikiem, a nie folderem: wybierz folder danych za pomocą --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}). Choose another one with --data-dir.</source>
        <translation>Nie można utworzyć folderu danych {folder} ({reason}). Wybierz inny za pomocą --data-dir.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation>Nie można otworzyć bazy danych {path}: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of CustomsDesk (it has schema changes this version does not know: {changes}). Install the newer version; the file was not changed.</source>
        <translation>Baza danych {path} została zapisana przez nowszą wersję CustomsDesk (zawiera zmiany schematu nieznane tej wersji: {changes}). Zainstaluj nowszą wersję; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}); it was left as it was and a copy is in {backup}.</source>
        <translation>Aktualizacja bazy danych {path} nie powiodła się ({reason}); baza pozostała bez zmian, a jej kopia znajduje się w {backup}.</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}); it was left as it was.</source>
        <translation>Aktualizacja bazy danych {path} nie powiodła się ({reason}); baza pozostała bez zmian.</translation>
    </message>
    <message>
        <source>Before updating the database {path}, CustomsDesk could not copy it to {backup} ({reason}), so it did not update it; nothing was changed. Check the folder and try again.</source>
        <translation>Przed aktualizacją bazy danych {path} nie udało się skopiować jej do {backup} ({reason}), więc CustomsDesk jej nie zaktualizował; nic nie zmieniono. Sprawdź folder i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: CustomsDesk cannot work with its database {path} without some free space. Free some space on that disk and try again; nothing was changed.</source>
        <translation>Dysk, na którym znajduje się {folder}, jest pełny: CustomsDesk nie może pracować z bazą danych {path} bez wolnego miejsca. Zwolnij miejsce na tym dysku i spróbuj ponownie; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Give your user write permission or use --data-dir.</source>
        <translation>Baza danych {path} jest tylko do odczytu. Nadaj swojemu użytkownikowi uprawnienia do zapisu lub użyj --data-dir.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error while CustomsDesk read its database {path} ({reason}). Check the disk (and its connection, for a network or removable drive) and try again; nothing was changed.</source>
        <translation>Dysk, na którym znajduje się {folder}, zgłosił błąd podczas odczytu bazy danych {path} przez CustomsDesk ({reason}). Sprawdź dysk (a w przypadku dysku sieciowego lub wymiennego także jego połączenie) i spróbuj ponownie; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({reason}). Check that your user may read and write the folder {folder}; nothing was changed.</source>
        <translation>Nie można otworzyć bazy danych {path} ({reason}). Sprawdź, czy Twój użytkownik ma uprawnienia do odczytu i zapisu w folderze {folder}; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program (it is locked). Close the other CustomsDesk window or program using it and try again; nothing was changed.</source>
        <translation>Baza danych {path} jest używana przez inny program (jest zablokowana). Zamknij drugie okno CustomsDesk lub program, który jej używa, i spróbuj ponownie; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>The file {path} is not a readable CustomsDesk database (it is damaged or not a database). It was not changed. Restore it from a backup, or move it aside to start with a new one.</source>
        <translation>Plik {path} nie jest czytelną bazą danych CustomsDesk (jest uszkodzony lub nie jest bazą danych). Nie został zmieniony. Przywróć go z kopii zapasowej lub przenieś go w inne miejsce, aby zacząć z nową bazą.</translation>
    </message>
    <message>
        <source>The target database already holds records; a copy goes into an empty database only, so that nobody&apos;s data is overwritten. Nothing was copied.</source>
        <translation>Docelowa baza danych zawiera już rekordy; kopię można utworzyć tylko w pustej bazie danych, aby niczyje dane nie zostały nadpisane. Nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <source>The copy does not match its source ({tables}); the target was left as it was copied: empty it before trying again.</source>
        <translation>Kopia nie zgadza się ze źródłem ({tables}); miejsce docelowe pozostawiono w stanie po kopiowaniu: opróżnij je przed ponowną próbą.</translation>
    </message>
    <message>
        <source>checksums differ</source>
        <translation>sumy kontrolne się różnią</translation>
    </message>
    <message>
        <source>The data folder {folder} holds no database to copy.</source>
        <translation>Folder danych {folder} nie zawiera bazy danych do skopiowania.</translation>
    </message>
    <message>
        <source>The choice of the office database in {path} cannot be read ({reason}): choose it again in Settings ▸ Office database, or delete the file to use this workstation&apos;s own database.</source>
        <translation>Nie można odczytać wyboru bazy danych biura w {path} ({reason}): wybierz ją ponownie (Ustawienia ▸ Baza danych biura) lub usuń plik, aby używać własnej bazy danych tego stanowiska.</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it beside the URL and test the connection to keep it in the system keyring, or give it in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Nie umieszczaj hasła w adresie URL: wpisz je obok adresu i przetestuj połączenie, aby zachować je w systemowym pęku kluczy, albo podaj je w PGPASSWORD lub w pliku haseł (~/.pgpass).</translation>
    </message>
    <message>
        <source>The office database is named by a URL beginning postgresql://, e.g. postgresql://clerk@server/customsdesk; the URL given begins otherwise.</source>
        <translation>Bazę danych biura wskazuje się adresem URL zaczynającym się od postgresql://, np. postgresql://clerk@server/customsdesk; podany adres URL zaczyna się inaczej.</translation>
    </message>
    <message>
        <source>The office database {url} did not accept the password of its server account ({reason}); nothing was changed. Give the password in Settings ▸ Office database or with db-password (both keep it in the system keyring), in PGPASSWORD or in a password file (~/.pgpass).</source>
        <translation>Baza danych biura {url} nie przyjęła hasła swojego konta serwerowego ({reason}); nic nie zmieniono. Podaj hasło w Ustawienia ▸ Baza danych biura lub poleceniem db-password (oba zachowują je w systemowym pęku kluczy), w PGPASSWORD lub w pliku haseł (~/.pgpass).</translation>
    </message>
    <message>
        <source>The office database {url} cannot be reached ({reason}). Check the network and that the server runs, then try again; nothing was changed.</source>
        <translation>Nie można połączyć się z bazą danych biura {url} ({reason}). Sprawdź sieć i to, czy serwer działa, a następnie spróbuj ponownie; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The office database {url} was set up by a newer version of CustomsDesk (schema {version}). Install the newer version on this workstation; nothing was changed.</source>
        <translation>Baza danych biura {url} została skonfigurowana przez nowszą wersję CustomsDesk (schemat {version}). Zainstaluj nowszą wersję na tym stanowisku; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The office database {url} could not be set up or brought up to date ({reason}); nothing was changed. The server&apos;s administrator can give this account the right to change the database&apos;s schema (its owner&apos;s), or install PostgreSQL&apos;s standard extensions (unaccent).</source>
        <translation>Nie udało się utworzyć ani zaktualizować bazy danych biura {url} ({reason}); nic nie zmieniono. Administrator serwera może nadać temu kontu prawo zmiany schematu bazy (prawo jej właściciela) lub zainstalować standardowe rozszerzenia PostgreSQL (unaccent).</translation>
    </message>
    <message>
        <source>{role} is not a role name this command takes: use lower-case letters, digits and _ only.</source>
        <translation>{role} nie jest nazwą roli przyjmowaną przez to polecenie: użyj tylko małych liter, cyfr i _.</translation>
    </message>
    <message>
        <source>The office database did not take the grants ({reason}): run this as the role that owns its tables.</source>
        <translation>Baza danych biura nie przyjęła uprawnień ({reason}): uruchom to jako rola będąca właścicielem jej tabel.</translation>
    </message>
    <message>
        <source>The office database&apos;s server does not let this workstation&apos;s server account do this ({reason}); nothing was changed. Ask the server&apos;s administrator to give the account the clerks&apos; rights (db-grant).</source>
        <translation>Serwer bazy danych biura nie pozwala na to kontu serwerowemu tego stanowiska ({reason}); nic nie zmieniono. Poproś administratora serwera o nadanie temu kontu uprawnień pracowników (db-grant).</translation>
    </message>
    <message>
        <source>The connection to the office database was lost ({reason}) before this change was confirmed: it was saved whole or not at all, never in part. Look whether it is there, and make it again if not; CustomsDesk connects again by itself.</source>
        <translation>Połączenie z bazą danych biura zostało przerwane ({reason}), zanim ta zmiana została potwierdzona: została zapisana w całości albo wcale, nigdy częściowo. Sprawdź, czy jest zapisana, a jeśli nie, wprowadź ją ponownie; CustomsDesk połączy się ponownie sam.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). Unlock it and try again, or give the password in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Nie można użyć systemowego pęku kluczy ({reason}). Odblokuj go i spróbuj ponownie albo podaj hasło w PGPASSWORD lub w pliku haseł (~/.pgpass).</translation>
    </message>
    <message>
        <source>This computer offers no system keyring to keep the password in. Give it in PGPASSWORD or a password file (~/.pgpass) instead.</source>
        <translation>Ten komputer nie oferuje systemowego pęku kluczy, w którym można by zachować hasło. Podaj je zamiast tego w PGPASSWORD lub w pliku haseł (~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>Suma</name>
    <message>
        <source>A message of kind {kind} confirms every position it carries; the plan says otherwise. Check the declaration again before sending it.</source>
        <translation>Komunikat rodzaju {kind} potwierdza wszystkie zawarte w nim pozycje, a plan zakłada inaczej. Przed wysłaniem sprawdź deklarację ponownie.</translation>
    </message>
    <message>
        <source>A message of kind {kind} confirms no position; the plan says otherwise. Check the declaration again before sending it.</source>
        <translation>Komunikat rodzaju {kind} nie potwierdza żadnej pozycji, a plan zakłada inaczej. Przed wysłaniem sprawdź deklarację ponownie.</translation>
    </message>
    <message>
        <source>Position {number} is to be sent but the declaration has no such position: check the declaration again before sending it.</source>
        <translation>Pozycja {number} ma zostać wysłana, ale deklaracja nie ma takiej pozycji: przed wysłaniem sprawdź deklarację ponownie.</translation>
    </message>
    <message>
        <source>A manifest id has four parts: transport number, arrival date, place of loading and previous document type.</source>
        <translation>Identyfikator manifestu składa się z czterech części: numeru transportu, daty przybycia, miejsca załadunku i rodzaju poprzedniego dokumentu.</translation>
    </message>
    <message>
        <source>Customs have not given this declaration a registration number (MRN) yet: it cannot be changed or confirmed until they have accepted it.</source>
        <translation>Urząd celny nie nadał jeszcze tej deklaracji numeru ewidencyjnego (MRN): nie można jej zmienić ani potwierdzić, dopóki nie zostanie przyjęta.</translation>
    </message>
    <message>
        <source>A value in the header cannot be sent ({error}): remove the special characters.</source>
        <translation>Nie można wysłać wartości w nagłówku ({error}): usuń znaki specjalne.</translation>
    </message>
    <message>
        <source>A value in position {number} cannot be sent ({error}): remove the special characters.</source>
        <translation>Nie można wysłać wartości w pozycji {number} ({error}): usuń znaki specjalne.</translation>
    </message>
    <message>
        <source>{path} is a confirmation flag (1, 2 or 3), not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} musi być znacznikiem potwierdzenia (1, 2 lub 3), a nie &apos;{value}&apos; (wiersz {line}).</translation>
    </message>
    <message>
        <source>A summary declaration carries at most {most} positions; this one has {count}.</source>
        <translation>Deklaracja skrócona może zawierać najwyżej {most} pozycji; ta ma {count}.</translation>
    </message>
    <message>
        <source>{path}: {problem} (line {line}).</source>
        <translation>{path}: {problem} (wiersz {line}).</translation>
    </message>
    <message>
        <source>An answer names the message it answers: give its header the correlation id (the message identification of the CUSPRL).</source>
        <translation>Odpowiedź wskazuje komunikat, na który odpowiada: podaj w jej nagłówku identyfikator korelacji (identyfikator komunikatu CUSPRL).</translation>
    </message>
    <message>
        <source>{path} is a position number, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} musi być numerem pozycji, a nie &apos;{value}&apos; (wiersz {line}).</translation>
    </message>
    <message>
        <source>{path} is one of {allowed}, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} musi mieć jedną z wartości {allowed}, a nie &apos;{value}&apos; (wiersz {line}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>early</source>
        <translation>wstępny</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>częściowy</translation>
    </message>
    <message>
        <source>final</source>
        <translation>ostateczny</translation>
    </message>
    <message>
        <source>create</source>
        <translation>utwórz</translation>
    </message>
    <message>
        <source>modify</source>
        <translation>zmień</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>potwierdź</translation>
    </message>
    <message>
        <source>create and confirm all</source>
        <translation>utwórz i potwierdź wszystkie</translation>
    </message>
    <message>
        <source>Sender TIN</source>
        <translation>TIN nadawcy</translation>
    </message>
    <message>
        <source>Sender branch</source>
        <translation>Oddział nadawcy</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Sposób identyfikacji</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numer referencyjny</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Numer transportu</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Data przybycia</translation>
    </message>
    <message>
        <source>Place of loading</source>
        <translation>Miejsce załadunku</translation>
    </message>
    <message>
        <source>Previous document type</source>
        <translation>Rodzaj poprzedniego dokumentu</translation>
    </message>
    <message>
        <source>Previous document number</source>
        <translation>Numer poprzedniego dokumentu</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Rodzaj transportu</translation>
    </message>
    <message>
        <source>Presenter TIN</source>
        <translation>TIN osoby przedstawiającej</translation>
    </message>
    <message>
        <source>Presenter branch</source>
        <translation>Oddział osoby przedstawiającej</translation>
    </message>
    <message>
        <source>Presenter name</source>
        <translation>Nazwa osoby przedstawiającej</translation>
    </message>
    <message>
        <source>Presenter street</source>
        <translation>Ulica osoby przedstawiającej</translation>
    </message>
    <message>
        <source>Presenter postcode</source>
        <translation>Kod pocztowy osoby przedstawiającej</translation>
    </message>
    <message>
        <source>Presenter city</source>
        <translation>Miejscowość osoby przedstawiającej</translation>
    </message>
    <message>
        <source>Presenter country</source>
        <translation>Kraj osoby przedstawiającej</translation>
    </message>
    <message>
        <source>Representative TIN</source>
        <translation>TIN przedstawiciela</translation>
    </message>
    <message>
        <source>Representative branch</source>
        <translation>Oddział przedstawiciela</translation>
    </message>
    <message>
        <source>Office of presentation</source>
        <translation>Urząd przedstawienia</translation>
    </message>
    <message>
        <source>Presentation date</source>
        <translation>Data przedstawienia</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Osoba kontaktowa (imię i nazwisko)</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Osoba kontaktowa (stanowisko)</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Osoba kontaktowa (telefon)</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informacje dodatkowe</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Specific reference</source>
        <translation>Szczególny numer referencyjny</translation>
    </message>
    <message>
        <source>Reference kind</source>
        <translation>Rodzaj numeru referencyjnego</translation>
    </message>
    <message>
        <source>Custodian TIN</source>
        <translation>TIN przechowującego</translation>
    </message>
    <message>
        <source>Custodian branch</source>
        <translation>Oddział przechowującego</translation>
    </message>
    <message>
        <source>Place of custody</source>
        <translation>Miejsce składowania</translation>
    </message>
    <message>
        <source>Goods description</source>
        <translation>Opis towaru</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Rodzaj opakowania</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Liczba opakowań</translation>
    </message>
    <message>
        <source>Gross mass (kg)</source>
        <translation>Masa brutto (kg)</translation>
    </message>
    <message>
        <source>Customs status</source>
        <translation>Status celny</translation>
    </message>
    <message>
        <source>registration number (MRN)</source>
        <translation>numer ewidencyjny (MRN)</translation>
    </message>
    <message>
        <source>manifest id</source>
        <translation>identyfikator manifestu</translation>
    </message>
    <message>
        <source>sea</source>
        <translation>transport morski</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>transport kolejowy</translation>
    </message>
    <message>
        <source>road</source>
        <translation>transport drogowy</translation>
    </message>
    <message>
        <source>air</source>
        <translation>transport lotniczy</translation>
    </message>
    <message>
        <source>post</source>
        <translation>przesyłki pocztowe</translation>
    </message>
    <message>
        <source>fixed installation</source>
        <translation>stałe instalacje przesyłowe</translation>
    </message>
    <message>
        <source>inland waterway</source>
        <translation>żegluga śródlądowa</translation>
    </message>
    <message>
        <source>own propulsion</source>
        <translation>własny napęd</translation>
    </message>
    <message>
        <source>non-Union goods</source>
        <translation>towary nieunijne</translation>
    </message>
    <message>
        <source>Union goods</source>
        <translation>towary unijne</translation>
    </message>
    <message>
        <source>air waybill</source>
        <translation>lotniczy list przewozowy</translation>
    </message>
    <message>
        <source>master air waybill</source>
        <translation>zbiorczy lotniczy list przewozowy</translation>
    </message>
    <message>
        <source>bill of lading</source>
        <translation>konosament</translation>
    </message>
    <message>
        <source>CMR consignment note</source>
        <translation>list przewozowy CMR</translation>
    </message>
    <message>
        <source>CIM consignment note</source>
        <translation>list przewozowy CIM</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>flight manifest</source>
        <translation>manifest lotu</translation>
    </message>
    <message>
        <source>cargo manifest</source>
        <translation>manifest ładunkowy</translation>
    </message>
    <message>
        <source>entry summary declaration</source>
        <translation>przywozowa deklaracja skrócona</translation>
    </message>
    <message>
        <source>An MRN has 18 characters; {mrn} has {count}.</source>
        <translation>MRN ma 18 znaków; {mrn} ma {count}.</translation>
    </message>
    <message>
        <source>{mrn} is not an MRN of a summary declaration: 2 digits (year), 2 letters (country), 12 letters or digits, the procedure letter U and a check digit.</source>
        <translation>{mrn} nie jest numerem MRN deklaracji skróconej: 2 cyfry (rok), 2 litery (kraj), 12 liter lub cyfr, litera procedury U i cyfra kontrolna.</translation>
    </message>
    <message>
        <source>The check digit of {mrn} is wrong: it should be {expected}.</source>
        <translation>Cyfra kontrolna numeru {mrn} jest błędna: powinna wynosić {expected}.</translation>
    </message>
    <message>
        <source>{field} is a whole number.</source>
        <translation>Pole „{field}” musi zawierać liczbę całkowitą.</translation>
    </message>
    <message>
        <source>{field} is a number such as 1250.5.</source>
        <translation>Pole „{field}” musi zawierać liczbę, np. 1250.5.</translation>
    </message>
    <message>
        <source>{field} is a positive number with at most 3 decimals.</source>
        <translation>Pole „{field}” musi zawierać liczbę dodatnią z najwyżej 3 miejscami po przecinku.</translation>
    </message>
    <message>
        <source>{field} is a date written YYYY-MM-DD.</source>
        <translation>Pole „{field}” musi zawierać datę w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>{field} is one of {codes}.</source>
        <translation>Pole „{field}” musi mieć jedną z wartości: {codes}.</translation>
    </message>
    <message>
        <source>{field} has at most {count} characters.</source>
        <translation>Pole „{field}” może zawierać najwyżej {count} znaków.</translation>
    </message>
    <message>
        <source>{kind} with flag {flag} at status {status}</source>
        <translation>{kind} ze znacznikiem {flag} w statusie „{status}”</translation>
    </message>
    <message>
        <source>{kind} at status {status}</source>
        <translation>{kind} w statusie „{status}”</translation>
    </message>
    <message>
        <source>The declaration is final: customs accept no more changes.</source>
        <translation>Deklaracja jest ostateczna: urząd celny nie przyjmuje już zmian.</translation>
    </message>
    <message>
        <source>Some positions are confirmed (status partial): only the contact person may change (rules 3, 5 and 7).</source>
        <translation>Niektóre pozycje są potwierdzone (status „częściowy”): zmieniać można tylko dane osoby kontaktowej (reguły 3, 5 i 7).</translation>
    </message>
    <message>
        <source>The presenter&apos;s TIN and address never change once customs hold the declaration (rules 2, 4 and 6).</source>
        <translation>TIN i adres osoby przedstawiającej nigdy się nie zmieniają, gdy deklaracja jest już w urzędzie celnym (reguły 2, 4 i 6).</translation>
    </message>
    <message>
        <source>{kind} with flag {flag}</source>
        <translation>{kind} ze znacznikiem {flag}</translation>
    </message>
    <message>
        <source>allowed are {kinds}</source>
        <translation>dozwolone są: {kinds}</translation>
    </message>
    <message>
        <source>the declaration is final and takes no more messages</source>
        <translation>deklaracja jest ostateczna i nie przyjmuje już komunikatów</translation>
    </message>
    <message>
        <source>{kind} with flag {flag} is not allowed at status {status}: {why}.</source>
        <translation>Rodzaj {kind} ze znacznikiem {flag} jest niedozwolony w statusie „{status}”: {why}.</translation>
    </message>
    <message>
        <source>{kind} without a flag is not allowed at status {status}: {why}.</source>
        <translation>Rodzaj {kind} bez znacznika jest niedozwolony w statusie „{status}”: {why}.</translation>
    </message>
    <message>
        <source>A declaration has at most {most} positions; this one has {count}.</source>
        <translation>Deklaracja może mieć najwyżej {most} pozycji; ta ma {count}.</translation>
    </message>
    <message>
        <source>Position numbers run from 1 to {most}.</source>
        <translation>Numery pozycji mieszczą się w zakresie od 1 do {most}.</translation>
    </message>
    <message>
        <source>Position {number} appears twice: give each its own number.</source>
        <translation>Pozycja {number} występuje dwukrotnie: nadaj każdej pozycji własny numer.</translation>
    </message>
    <message>
        <source>{field} ({german}) is required.</source>
        <translation>Pole „{field}” ({german}) jest wymagane.</translation>
    </message>
    <message>
        <source>The sender&apos;s TIN and branch must be those of the presenter or of the representative: customs take the declaration only from them.</source>
        <translation>TIN i oddział nadawcy muszą być takie same jak osoby przedstawiającej lub przedstawiciela: urząd celny przyjmuje deklarację tylko od nich.</translation>
    </message>
    <message>
        <source>A declaration identified by its manifest id needs the transport number, arrival date, place of loading and previous document type.</source>
        <translation>Deklaracja identyfikowana identyfikatorem manifestu wymaga numeru transportu, daty przybycia, miejsca załadunku i rodzaju poprzedniego dokumentu.</translation>
    </message>
    <message>
        <source>The manifest id can be used only at an office located at the airport; {office} is not one. Identify the declaration by its registration number (REG).</source>
        <translation>Identyfikatora manifestu można użyć tylko w urzędzie znajdującym się w porcie lotniczym; {office} nie jest takim urzędem. Zidentyfikuj deklarację numerem ewidencyjnym (REG).</translation>
    </message>
    <message>
        <source>Another early or partial declaration has this manifest id (transport number, arrival date, place of loading, previous document type).</source>
        <translation>Inna deklaracja wstępna lub częściowa ma ten sam identyfikator manifestu (numer transportu, data przybycia, miejsce załadunku, rodzaj poprzedniego dokumentu).</translation>
    </message>
    <message>
        <source>Customs have not given this declaration a registration number yet.</source>
        <translation>Urząd celny nie nadał jeszcze tej deklaracji numeru ewidencyjnego.</translation>
    </message>
    <message>
        <source>The presenter&apos;s TIN and address never change once the declaration is lodged; put the old value back.</source>
        <translation>TIN i adres osoby przedstawiającej nigdy się nie zmieniają po złożeniu deklaracji; przywróć poprzednią wartość.</translation>
    </message>
    <message>
        <source>At status {status} only the contact person&apos;s name, position and phone may change in the header; put the old value back.</source>
        <translation>W statusie „{status}” w nagłówku można zmienić tylko imię i nazwisko, stanowisko oraz telefon osoby kontaktowej; przywróć poprzednią wartość.</translation>
    </message>
    <message>
        <source>A declaration needs at least one position.</source>
        <translation>Deklaracja musi mieć co najmniej jedną pozycję.</translation>
    </message>
    <message>
        <source>Position {number} was sent to customs and cannot be taken out: keep it in the declaration.</source>
        <translation>Pozycja {number} została wysłana do urzędu celnego i nie można jej usunąć: pozostaw ją w deklaracji.</translation>
    </message>
    <message>
        <source>Nothing changed and no position is named: there is nothing to send.</source>
        <translation>Nic się nie zmieniło i nie wskazano żadnej pozycji: nie ma nic do wysłania.</translation>
    </message>
    <message>
        <source>Name the positions to confirm.</source>
        <translation>Wskaż pozycje do potwierdzenia.</translation>
    </message>
    <message>
        <source>There is no position {number}.</source>
        <translation>Nie ma pozycji {number}.</translation>
    </message>
    <message>
        <source>Position {number} is new: flag 2 confirms positions without changes and appends none; use flag 1 to append and confirm it.</source>
        <translation>Pozycja {number} jest nowa: znacznik 2 potwierdza pozycje bez zmian i nie dodaje nowych; aby ją dodać i potwierdzić, użyj znacznika 1.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed already and cannot be confirmed again.</source>
        <translation>Pozycja {number} jest już potwierdzona i nie można jej potwierdzić ponownie.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed: it can no longer change. Put back {field}.</source>
        <translation>Pozycja {number} jest potwierdzona: nie można jej już zmienić. Przywróć poprzednią wartość pola „{field}”.</translation>
    </message>
    <message>
        <source>Flag 2 confirms position {number} as customs hold it, but {field} changed: send the change with flag 1, or put it back.</source>
        <translation>Znacznik 2 potwierdza pozycję {number} w postaci, w jakiej ma ją urząd celny, ale zmieniono pole „{field}”: wyślij zmianę ze znacznikiem 1 lub przywróć poprzednią wartość.</translation>
    </message>
    <message>
        <source>{name} is not a field of the declaration&apos;s header.</source>
        <translation>{name} nie jest polem nagłówka deklaracji.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed by customs: it can no longer change.</source>
        <translation>Pozycja {number} została potwierdzona przez urząd celny: nie można jej już zmienić.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Wiersz {row}: {problem}</translation>
    </message>
    <message>
        <source>A declaration has at most {most} positions.</source>
        <translation>Deklaracja może mieć najwyżej {most} pozycji.</translation>
    </message>
    <message>
        <source>Summary declaration {id} is final: customs accept no more changes.</source>
        <translation>Deklaracja skrócona {id} jest ostateczna: urząd celny nie przyjmuje już zmian.</translation>
    </message>
    <message>
        <source>A message about summary declaration {id} waits for customs&apos; answer: send the next one after it was answered.</source>
        <translation>Komunikat dotyczący deklaracji skróconej {id} czeka na odpowiedź urzędu celnego: następny wyślij dopiero po otrzymaniu odpowiedzi.</translation>
    </message>
    <message>
        <source>Summary declarations go to German customs (ATLAS): add a parameter set for administration DE in Settings ▸ Communication parameters.</source>
        <translation>Deklaracje skrócone są wysyłane do niemieckiej administracji celnej (ATLAS): dodaj zestaw parametrów dla administracji DE w Ustawienia ▸ Parametry komunikacji.</translation>
    </message>
    <message>
        <source>A declaration is a JSON object with the header fields and &quot;positions&quot;: a list of positions.</source>
        <translation>Deklaracja to obiekt JSON z polami nagłówka i polem &quot;positions&quot; zawierającym listę pozycji.</translation>
    </message>
    <message>
        <source>&quot;positions&quot; is a list of positions.</source>
        <translation>&quot;positions&quot; musi być listą pozycji.</translation>
    </message>
    <message>
        <source>Position {number} is not a JSON object.</source>
        <translation>Pozycja {number} nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>{name} is not a field of a position.</source>
        <translation>{name} nie jest polem pozycji.</translation>
    </message>
    <message>
        <source>Summary declaration {id} does not exist.</source>
        <translation>Deklaracja skrócona {id} nie istnieje.</translation>
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
        <translation>
            <numerusform>potwierdzono {confirmed} z %n pozycji</numerusform>
            <numerusform>potwierdzono {confirmed} z %n pozycji</numerusform>
            <numerusform>potwierdzono {confirmed} z %n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>last error {code}: {text}</source>
        <translation>ostatni błąd {code}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n position matches the search</source>
        <translation>
            <numerusform>%n pozycja pasuje do wyszukiwania</numerusform>
            <numerusform>%n pozycje pasują do wyszukiwania</numerusform>
            <numerusform>%n pozycji pasuje do wyszukiwania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positions match the search</source>
        <translation>
            <numerusform>%n pozycja pasuje do wyszukiwania</numerusform>
            <numerusform>%n pozycje pasują do wyszukiwania</numerusform>
            <numerusform>%n pozycji pasuje do wyszukiwania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positions</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
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
        <translation>
            <numerusform>Zmiana nie została zapisana: %n problem</numerusform>
            <numerusform>Zmiana nie została zapisana: %n problemy</numerusform>
            <numerusform>Zmiana nie została zapisana: %n problemów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) copied with a header row.</source>
        <translation>
            <numerusform>Skopiowano %n pozycję z wierszem nagłówka.</numerusform>
            <numerusform>Skopiowano %n pozycje z wierszem nagłówka.</numerusform>
            <numerusform>Skopiowano %n pozycji z wierszem nagłówka.</numerusform>
        </translation>
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
        <translation>
            <numerusform>Wklejono %n wiersz: zapisano {stored}, pominięto {left_out} (problemy: {problems}) — popraw je i wklej te wiersze ponownie</numerusform>
            <numerusform>Wklejono %n wiersze: zapisano {stored}, pominięto {left_out} (problemy: {problems}) — popraw je i wklej te wiersze ponownie</numerusform>
            <numerusform>Wklejono %n wierszy: zapisano {stored}, pominięto {left_out} (problemy: {problems}) — popraw je i wklej te wiersze ponownie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored</source>
        <translation>
            <numerusform>Wklejono %n wiersz: zapisano {stored}</numerusform>
            <numerusform>Wklejono %n wiersze: zapisano {stored}</numerusform>
            <numerusform>Wklejono %n wierszy: zapisano {stored}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent</source>
        <translation>Nie można nic wysłać</translation>
    </message>
    <message numerus="yes">
        <source>{message} cannot be sent: %n problem(s)</source>
        <translation>
            <numerusform>Nie można wysłać {message}: %n problem</numerusform>
            <numerusform>Nie można wysłać {message}: %n problemy</numerusform>
            <numerusform>Nie można wysłać {message}: %n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} cannot be sent</source>
        <translation>Nie można wysłać {message}</translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s), confirming {confirmed}; status afterwards: {status}.</source>
        <translation>
            <numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycję, potwierdza {confirmed}; status po wysłaniu: {status}.</numerusform>
            <numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycje, potwierdza {confirmed}; status po wysłaniu: {status}.</numerusform>
            <numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycji, potwierdza {confirmed}; status po wysłaniu: {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s); status afterwards: {status}.</source>
        <translation>
            <numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycję; status po wysłaniu: {status}.</numerusform>
            <numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycje; status po wysłaniu: {status}.</numerusform>
            <numerusform>Sprawdzenie zakończone pomyślnie: {message} zawiera %n pozycji; status po wysłaniu: {status}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building, signing and queueing {message}…</source>
        <translation>Tworzenie, podpisywanie i dodawanie do kolejki: {message}…</translation>
    </message>
    <message numerus="yes">
        <source>{message} was not sent: %n problem(s)</source>
        <translation>
            <numerusform>Nie wysłano {message}: %n problem</numerusform>
            <numerusform>Nie wysłano {message}: %n problemy</numerusform>
            <numerusform>Nie wysłano {message}: %n problemów</numerusform>
        </translation>
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
        <translation>{message} ({code} {code_name}, reguła {rule})</translation>
    </message>
    <message>
        <source>Position {number} is confirmed by customs: it can no longer change (rules 3, 5 and 7 of the field description).</source>
        <translation>Pozycja {number} została potwierdzona przez urząd celny: nie można jej już zmienić (reguły 3, 5 i 7 opisu pól).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numer referencyjny</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Numer transportu</translation>
    </message>
    <message>
        <source>Office</source>
        <extracomment>column header: the customs office of presentation</extracomment>
        <translation>Urząd</translation>
    </message>
    <message>
        <source>Confirmed / positions</source>
        <translation>Potwierdzone / pozycje</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <source>Status of processing at customs: {status}</source>
        <translation>Status przetwarzania w urzędzie celnym: {status}</translation>
    </message>
    <message>
        <source>Ref. kind</source>
        <translation>Rodz. ref.</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>column header, short: the custodian&apos;s branch number (a branch of a company)</extracomment>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>Pack. kind</source>
        <translation>Rodz. opak.</translation>
    </message>
    <message>
        <source>Cust. status</source>
        <translation>Status cel.</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Poz.</translation>
    </message>
    <message>
        <source>Positionsnummer (number): the position&apos;s own number</source>
        <translation>Positionsnummer (numer): własny numer pozycji</translation>
    </message>
    <message>
        <source>Confirmed by customs (Bestätigung der Gestellung)</source>
        <translation>Potwierdzona przez urząd celny (Bestätigung der Gestellung)</translation>
    </message>
    <message>
        <source>The last error customs gave for the position</source>
        <translation>Ostatni błąd zgłoszony przez urząd celny dla pozycji</translation>
    </message>
    <message>
        <source>The position number identifies the position: paste a row to add a position.</source>
        <translation>Numer pozycji identyfikuje pozycję: wklej wiersz, aby dodać pozycję.</translation>
    </message>
    <message>
        <source>The declaration is final: customs accept no more changes.</source>
        <translation>Deklaracja jest ostateczna: urząd celny nie przyjmuje już zmian.</translation>
    </message>
    <message>
        <source>The declaration is final.</source>
        <translation>Deklaracja jest ostateczna.</translation>
    </message>
    <message>
        <source>The column “{column}” names no field of a position: it was left out.</source>
        <translation>Kolumna „{column}” nie odpowiada żadnemu polu pozycji: została pominięta.</translation>
    </message>
    <message>
        <source>Two columns name {field}: the second was left out.</source>
        <translation>Dwie kolumny odpowiadają polu {field}: druga została pominięta.</translation>
    </message>
    <message>
        <source>Row {row} has more cells than the grid has columns to the right: the extra ones were left out.</source>
        <translation>Wiersz {row} ma więcej komórek, niż siatka ma kolumn po prawej stronie: nadmiarowe komórki zostały pominięte.</translation>
    </message>
</context>
<context>
    <name>SumaWindow</name>
    <message>
        <source>No summary declaration yet: New (Ctrl+N) starts an empty one, Import (Ctrl+I) reads one from a JSON file (as the headless command suma-import does).</source>
        <translation>Brak deklaracji skróconych: Nowa (Ctrl+N) tworzy pustą deklarację, Importuj (Ctrl+I) wczytuje ją z pliku JSON (tak jak polecenie wiersza poleceń suma-import).</translation>
    </message>
    <message>
        <source>Summary declarations (ATLAS) — CustomsDesk</source>
        <translation>Deklaracje skrócone (ATLAS) — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>&amp;Nowa deklaracja</translation>
    </message>
    <message>
        <source>Start an empty summary declaration</source>
        <translation>Utwórz pustą deklarację skróconą</translation>
    </message>
    <message>
        <source>&amp;Import JSON file…</source>
        <translation>&amp;Importuj plik JSON…</translation>
    </message>
    <message>
        <source>Read a summary declaration from a JSON file (as suma-import does)</source>
        <translation>Wczytaj deklarację skróconą z pliku JSON (tak jak suma-import)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the selected declaration</comment>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the selected declaration (Enter, or a double click)</source>
        <translation>Otwórz wybraną deklarację (Enter lub dwukrotne kliknięcie)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
    <message>
        <source>Read the declarations again</source>
        <translation>Wczytaj ponownie deklaracje</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close the list (Esc); open declarations stay open</source>
        <translation>Zamknij listę (Esc); otwarte deklaracje pozostaną otwarte</translation>
    </message>
    <message>
        <source>&amp;Declaration</source>
        <translation>&amp;Deklaracja</translation>
    </message>
    <message>
        <source>Summary declarations</source>
        <translation>Deklaracje skrócone</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration</source>
        <translation>
            <numerusform>%n deklaracja</numerusform>
            <numerusform>%n deklaracje</numerusform>
            <numerusform>%n deklaracji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations</source>
        <translation>
            <numerusform>%n deklaracja</numerusform>
            <numerusform>%n deklaracje</numerusform>
            <numerusform>%n deklaracji</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a declaration first</source>
        <translation>Najpierw wybierz deklarację</translation>
    </message>
    <message>
        <source>New summary declaration</source>
        <translation>Nowa deklaracja skrócona</translation>
    </message>
    <message>
        <source>Import a summary declaration</source>
        <translation>Importuj deklarację skróconą</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>Pliki JSON</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Nie można odczytać pliku</translation>
    </message>
    <message>
        <source>{file} is not a JSON file that can be read: {error}</source>
        <translation>{file} nie jest czytelnym plikiem JSON: {error}</translation>
    </message>
    <message>
        <source>{file} was not imported</source>
        <translation>Nie zaimportowano pliku {file}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be read; nothing was stored.</source>
        <translation>
            <numerusform>Nie można odczytać %n wartości; nic nie zapisano.</numerusform>
            <numerusform>Nie można odczytać %n wartości; nic nie zapisano.</numerusform>
            <numerusform>Nie można odczytać %n wartości; nic nie zapisano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} imported: %n position(s).</source>
        <translation>
            <numerusform>Zaimportowano {file}: %n pozycja.</numerusform>
            <numerusform>Zaimportowano {file}: %n pozycje.</numerusform>
            <numerusform>Zaimportowano {file}: %n pozycji.</numerusform>
        </translation>
    </message>
    <message>
        <source>position {number}</source>
        <translation>pozycja {number}</translation>
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
        <extracomment>{problems}: why the certificate is not fit, e.g. &quot;it is not an EU qualified certificate (…)&quot;</extracomment>
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
        <extracomment>{channel}: administration and environment, e.g. &quot;CZ NCTS production&quot;; {why}: the reasons</extracomment>
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
        <extracomment>completes &quot;… signed by {subject}, which is not …&quot;</extracomment>
        <translation>certyfikat administracji celnej dla {channel}</translation>
    </message>
    <message>
        <source>The private key of the certificate {subject} cannot be unlocked with this installation&apos;s key (secrets.key was replaced or the record was copied): import the certificate with its key again in {place}.</source>
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
        <extracomment>{types}: the certificate&apos;s QcTypes, e.g. &quot;esign&quot;</extracomment>
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
        <extracomment>{usages}: the key usages missing, e.g. &quot;nonRepudiation&quot;</extracomment>
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
        <extracomment>{items}: names separated by commas, {last}: the last name; e.g. &quot;esign and web&quot;</extracomment>
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
        <translation>
            <numerusform>Co najmniej %n znak; hasło nie może być loginem.</numerusform>
            <numerusform>Co najmniej %n znaki; hasło nie może być loginem.</numerusform>
            <numerusform>Co najmniej %n znaków; hasło nie może być loginem.</numerusform>
        </translation>
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
        <source>&amp;Reload</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Show the user as saved now</source>
        <translation>Pokaż użytkownika w takiej postaci, w jakiej jest teraz zapisany</translation>
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
        <source>To {what} you need extended rights; {login} has basic access (identity not confirmed), which allows acting in one&apos;s own name only. Ask the administrator.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the guarantee&quot;</extracomment>
        <translation>Aby {what}, potrzebne są uprawnienia rozszerzone; {login} ma dostęp podstawowy (tożsamość niepotwierdzona), który pozwala działać tylko we własnym imieniu. Zwróć się do administratora.</translation>
    </message>
    <message>
        <source>To {what} you need extended rights for this organisation; {login} has basic rights.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the guarantee&quot;</extracomment>
        <translation>Aby {what}, potrzebne są uprawnienia rozszerzone dla tej organizacji; {login} ma uprawnienia podstawowe.</translation>
    </message>
    <message>
        <source>Only a guarantee officer may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the primary access code&quot;; {role}: the user&apos;s role, e.g. &quot;declarant&quot;</extracomment>
        <translation>Tylko referent ds. zabezpieczeń może {what}; {login} ma rolę: {role}.</translation>
    </message>
    <message>
        <source>Only a guarantee officer or an administrator may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;manage certificates&quot;; {role}: the user&apos;s role, e.g. &quot;declarant&quot;</extracomment>
        <translation>Tylko referent ds. zabezpieczeń lub administrator może {what}; {login} ma rolę: {role}.</translation>
    </message>
    <message>
        <source>Only CustomsDesk itself may {what}: it does so when customs answers.</source>
        <extracomment>{what}: an action, e.g. &quot;record customs answers&quot;</extracomment>
        <translation>Tylko sam CustomsDesk może {what}: robi to, gdy urząd celny udziela odpowiedzi.</translation>
    </message>
    <message>
        <source>Only an administrator may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;add users&quot;; {role}: the user&apos;s role, e.g. &quot;guarantee officer&quot;</extracomment>
        <translation>Tylko administrator może {what}; {login} ma rolę: {role}.</translation>
    </message>
    <message>
        <source>{login} does not represent this organisation, so cannot {what}.</source>
        <extracomment>{what}: an action, e.g. &quot;change the guarantee&quot;</extracomment>
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
        <extracomment>completes &quot;A stored secret cannot be unlocked with …&quot;</extracomment>
        <translation>klucza użytkownika {login}</translation>
    </message>
    <message>
        <source>{login} has no stored access codes: nothing is lost.</source>
        <translation>{login} nie ma zapisanych kodów dostępu: nic nie zostanie utracone.</translation>
    </message>
    <message numerus="yes">
        <source>%n secondary access code(s)</source>
        <translation>
            <numerusform>%n dodatkowy kod dostępu</numerusform>
            <numerusform>%n dodatkowe kody dostępu</numerusform>
            <numerusform>%n dodatkowych kodów dostępu</numerusform>
        </translation>
    </message>
    <message>
        <source>the primary access code of {grns}</source>
        <translation>główny kod dostępu dla {grns}</translation>
    </message>
    <message>
        <source>{codes} and {pac}</source>
        <extracomment>{codes} and {pac}: &quot;2 secondary access code(s)&quot; and &quot;the primary access code of 25CZ…&quot;</extracomment>
        <translation>{codes} i {pac}</translation>
    </message>
    <message>
        <source>Resetting the password of {login} makes {codes} unreadable: they are sealed with a key only {login}&apos;s old password opens, and nobody can recover them. {login} will have to enter them again.</source>
        <extracomment>{codes}: what becomes unreadable, e.g. &quot;2 secondary access code(s)&quot;</extracomment>
        <translation>Po zresetowaniu hasła użytkownika {login} nie będzie można odczytać: {codes}. Są one zabezpieczone kluczem, który otwiera tylko dotychczasowe hasło użytkownika {login}, i nikt nie może ich odzyskać. {login} będzie musiał wprowadzić je ponownie.</translation>
    </message>
    <message>
        <source>There is no user &apos;{login}&apos;: see the list of users (Administration ▸ Users).</source>
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
        <source>set up another user&apos;s access codes</source>
        <translation>konfigurować kody dostępu innego użytkownika</translation>
    </message>
    <message>
        <source>The password given for {login} does not open the account&apos;s key.</source>
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
        <source>reset another user&apos;s password</source>
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
        <source>The user {login} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Użytkownik {login} został w międzyczasie zmieniony przez kogoś innego (być może na innym stanowisku). Twoje zmiany nie zostały zapisane: wczytaj go ponownie, aby zobaczyć tamte zmiany, a następnie wprowadź swoje jeszcze raz.</translation>
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
        <source>&apos;{email}&apos; is not an e-mail address.</source>
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
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>pełnomocnik</translation>
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
    <message>
        <source>The representation of {organisation} by {representative} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Przedstawicielstwo {organisation} przez {representative} zostało w międzyczasie zmienione przez kogoś innego (być może na innym stanowisku). Twoje zmiany nie zostały zapisane: wczytaj je ponownie, aby zobaczyć tamte zmiany, a następnie wprowadź swoje jeszcze raz.</translation>
    </message>
</context>
</TS>
