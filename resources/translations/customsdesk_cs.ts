<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CustomsDesk</source>
        <translation>O aplikaci CustomsDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CustomsDesk&lt;/b&gt; — organisations, NCTS guarantees, access codes and customs messages.&lt;br&gt;For a support request, &lt;i&gt;Copy&lt;/i&gt; these details and paste them into your message.</source>
        <translation>&lt;b&gt;CustomsDesk&lt;/b&gt; — organizace, záruky NCTS, přístupové kódy a celní zprávy.&lt;br&gt;Při žádosti o podporu tyto údaje zkopírujte tlačítkem &lt;i&gt;Kopírovat&lt;/i&gt; a vložte je do své zprávy.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
    <message>
        <source>Copy the version, the folders and the files to the clipboard</source>
        <translation>Zkopírovat do schránky verzi, složky a soubory</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Otevřít datovou &amp;složku</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Zkopírováno</translation>
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
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>{role}, {level} access</source>
        <translation>{role}, přístup: {level}</translation>
    </message>
    <message>
        <source>The demo added these users:</source>
        <translation>Ukázková data přidala tyto uživatele:</translation>
    </message>
    <message>
        <source>Each signs in with the password &lt;b&gt;{password}&lt;/b&gt;</source>
        <translation>Každý se přihlašuje heslem &lt;b&gt;{password}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Ukázkové účty</translation>
    </message>
    <message>
        <source>You stay signed in as {user}. To see the register as one of them, use Account ▸ Sign out: each sees only the organisations they represent.</source>
        <translation>Zůstáváte přihlášeni jako {user}. Chcete-li vidět registr jako jeden z nich, použijte Účet ▸ Odhlásit se: každý vidí jen organizace, které zastupuje.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Zvolte si heslo</translation>
    </message>
    <message>
        <source>{user} now signs in with a password.</source>
        <translation>{user} se nyní přihlašuje heslem.</translation>
    </message>
    <message>
        <source>Password changed. Your access codes stay readable.</source>
        <translation>Heslo změněno. Vaše přístupové kódy zůstávají čitelné.</translation>
    </message>
    <message>
        <source>{login} has no password yet, so could not sign in again. Choose a password first.</source>
        <translation>{login} zatím nemá heslo, takže se nebylo možné znovu přihlásit. Nejprve zvolte heslo.</translation>
    </message>
    <message>
        <source>&amp;Choose a password…</source>
        <translation>&amp;Zvolit heslo…</translation>
    </message>
    <message>
        <source>Lock</source>
        <comment>verb: lock the window</comment>
        <translation>Zamknout</translation>
    </message>
    <message>
        <source>Locked by {user} — sign in to continue</source>
        <translation>Uzamčeno uživatelem {user} — pro pokračování se přihlaste</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Odemknout…</translation>
    </message>
    <message>
        <source>Locked by {login}.</source>
        <translation>Uzamčeno uživatelem {login}.</translation>
    </message>
    <message>
        <source>Unlocked: welcome back, {user}.</source>
        <translation>Odemčeno: vítejte zpět, {user}.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Odhlásit se</translation>
    </message>
    <message>
        <source>Sign out {user}?</source>
        <translation>Odhlásit uživatele {user}?</translation>
    </message>
    <message>
        <source>Another user can then sign in. Open windows are closed; messages keep being sent and received meanwhile.</source>
        <translation>Poté se může přihlásit jiný uživatel. Otevřená okna se zavřou; zprávy se mezitím dále odesílají a přijímají.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>O&amp;dhlásit se</translation>
    </message>
    <message>
        <source>Signed out — sign in to continue</source>
        <translation>Odhlášeno — pro pokračování se přihlaste</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Přihlásit se…</translation>
    </message>
    <message>
        <source>{login} signed out.</source>
        <translation>Uživatel {login} byl odhlášen.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Přihlášený uživatel: {user}.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nová o&amp;rganizace…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Přidat organizaci do registru</translation>
    </message>
    <message>
        <source>&amp;New guarantee…</source>
        <translation>&amp;Nová záruka…</translation>
    </message>
    <message>
        <source>Add a customs guarantee to the selected organisation</source>
        <translation>Přidat celní záruku k vybrané organizaci</translation>
    </message>
    <message>
        <source>Customs &amp;guarantees</source>
        <translation>Celní &amp;záruky</translation>
    </message>
    <message>
        <source>List the guarantees of the selected organisation</source>
        <translation>Zobrazit seznam záruk vybrané organizace</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Upravit vybraný záznam</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Smazat…</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Smazat vybraný záznam</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>Read the register again from the database</source>
        <translation>Znovu načíst registr z databáze</translation>
    </message>
    <message>
        <source>&amp;Access code registration</source>
        <translation>&amp;Registrace přístupových kódů</translation>
    </message>
    <message>
        <source>Register the secondary access codes with customs (E_ACC_COD), using the primary code</source>
        <translation>Zaregistrovat vedlejší přístupové kódy u celní správy (E_ACC_COD) pomocí hlavního přístupového kódu</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;usage…</source>
        <translation>Dotaz na záruku: &amp;použití…</translation>
    </message>
    <message>
        <source>Ask customs which transit operations used the guarantee in a period (CC034C)</source>
        <translation>Zjistit u celní správy, které tranzitní operace záruku v daném období použily (CC034C)</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;balance</source>
        <translation>Dotaz na záruku: &amp;zůstatek</translation>
    </message>
    <message>
        <source>Ask customs for the amount in use and the remaining balance (CC034C)</source>
        <translation>Zjistit u celní správy čerpanou částku a disponibilní zůstatek (CC034C)</translation>
    </message>
    <message>
        <source>Guarantee query: &amp;other information</source>
        <translation>Dotaz na záruku: &amp;ostatní údaje</translation>
    </message>
    <message>
        <source>Ask customs for the owner, amounts, validity and restrictions (CC034C)</source>
        <translation>Zjistit u celní správy vlastníka, částky, platnost a omezení (CC034C)</translation>
    </message>
    <message>
        <source>&amp;Messages for this record</source>
        <translation>&amp;Zprávy k tomuto záznamu</translation>
    </message>
    <message>
        <source>The messages sent and received about this guarantee</source>
        <translation>Zprávy odeslané a přijaté k této záruce</translation>
    </message>
    <message>
        <source>Receipts and &amp;responses</source>
        <translation>Potvrzení a &amp;odpovědi</translation>
    </message>
    <message>
        <source>Every message sent to and received from customs</source>
        <translation>Všechny zprávy odeslané celní správě a přijaté od ní</translation>
    </message>
    <message>
        <source>Summary &amp;declarations (ATLAS)…</source>
        <translation>&amp;Souhrnná celní prohlášení (ATLAS)…</translation>
    </message>
    <message>
        <source>German summary declarations for temporary storage (ATLAS CUSPRL): header and positions, checked against the rules and sent to customs</source>
        <translation>Německá souhrnná celní prohlášení pro dočasné uskladnění (ATLAS CUSPRL): hlavička a položky, kontrola podle pravidel a odeslání celní správě</translation>
    </message>
    <message>
        <source>&amp;Continuity: outages and paper movements…</source>
        <translation>&amp;Kontinuita: výpadky a papírové přepravy…</translation>
    </message>
    <message>
        <source>The incident log of outages, the movements handled on paper under the business continuity plan with their deadlines, and the share on paper per month</source>
        <translation>Evidence výpadků, přepravy vyřízené na papíře podle plánu kontinuity s jejich lhůtami a podíl papírových přeprav po měsících</translation>
    </message>
    <message>
        <source>Customs simulator (&amp;training)</source>
        <translation>Celní simulátor (ško&amp;lení)</translation>
    </message>
    <message>
        <source>Run the customs side of the training environment on this computer</source>
        <translation>Spustit na tomto počítači stranu celní správy ve školicím prostředí</translation>
    </message>
    <message>
        <source>&amp;Send and receive now</source>
        <translation>Odeslat a &amp;přijmout nyní</translation>
    </message>
    <message>
        <source>Send the messages waiting in the outbox and fetch the answers</source>
        <translation>Odeslat zprávy čekající k odeslání a stáhnout odpovědi</translation>
    </message>
    <message>
        <source>&amp;Import reference data…</source>
        <translation>&amp;Importovat referenční údaje…</translation>
    </message>
    <message>
        <source>Import EU code lists and the customs office list (CS/RD2 JSON)</source>
        <translation>Importovat číselníky EU a seznam celních úřadů (CS/RD2 JSON)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Načíst ukázková &amp;data</translation>
    </message>
    <message>
        <source>Add demo organisations, guarantees and parameter sets</source>
        <translation>Přidat ukázkové organizace, záruky a sady parametrů</translation>
    </message>
    <message>
        <source>&amp;Communication parameters…</source>
        <translation>&amp;Komunikační parametry…</translation>
    </message>
    <message>
        <source>Communication parameter sets and reference data</source>
        <translation>Sady komunikačních parametrů a referenční údaje</translation>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation>&amp;Certifikáty…</translation>
    </message>
    <message>
        <source>Participant and customs certificates: checks, expiry, import and onboarding</source>
        <translation>Certifikáty účastníků a celní správy: kontroly, vypršení platnosti, import a zprovoznění</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>Close CustomsDesk</source>
        <translation>Zavřít CustomsDesk</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Změnit &amp;heslo…</translation>
    </message>
    <message>
        <source>Choose a new password; your access codes stay readable</source>
        <translation>Zvolit nové heslo; vaše přístupové kódy zůstanou čitelné</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zamknout</translation>
    </message>
    <message>
        <source>Lock the window until you sign in again</source>
        <translation>Zamknout okno, dokud se znovu nepřihlásíte</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Odhlásit…</translation>
    </message>
    <message>
        <source>Sign out and let another user sign in</source>
        <translation>Odhlásit se a umožnit přihlášení jinému uživateli</translation>
    </message>
    <message>
        <source>&amp;Users and representations…</source>
        <translation>&amp;Uživatelé a zastoupení…</translation>
    </message>
    <message>
        <source>Accounts, roles, access levels and who represents which organisation</source>
        <translation>Účty, role, úrovně přístupu a kdo zastupuje kterou organizaci</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Auditní záznam…</translation>
    </message>
    <message>
        <source>Who used which access code, signed in or changed rights, and when</source>
        <translation>Kdo a kdy použil který přístupový kód, přihlásil se nebo změnil oprávnění</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>Uživatelská &amp;příručka</translation>
    </message>
    <message>
        <source>How to work with CustomsDesk, in a window of its own</source>
        <translation>Jak pracovat s CustomsDesk, v samostatném okně</translation>
    </message>
    <message>
        <source>&amp;About CustomsDesk</source>
        <translation>&amp;O aplikaci CustomsDesk</translation>
    </message>
    <message>
        <source>The version, and the folder and files support asks for</source>
        <translation>Verze a složka a soubory, o které žádá podpora</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavřít</translation>
    </message>
    <message>
        <source>Close this window (Ctrl+W or Esc)</source>
        <translation>Zavřít toto okno (Ctrl+W nebo Esc)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Najít</translation>
    </message>
</context>
<context>
    <name>AdminModel</name>
    <message>
        <source>open-ended</source>
        <translation>na dobu neurčitou</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <comment>identity confirmed: not confirmed</comment>
        <translation>neověřeno</translation>
    </message>
    <message>
        <source>never</source>
        <comment>password changed: never</comment>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>set</source>
        <comment>state of a password</comment>
        <translation>nastaveno</translation>
    </message>
    <message>
        <source>none yet</source>
        <comment>state of a password</comment>
        <translation>zatím žádné</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Přihlašovací jméno</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Úroveň přístupu</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Totožnost ověřena</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Heslo změněno</translation>
    </message>
    <message>
        <source>{login} is deactivated and cannot sign in.</source>
        <translation>Účet {login} je deaktivován a nelze se k němu přihlásit.</translation>
    </message>
    <message>
        <source>{representative} (agency)</source>
        <translation>{representative} (agentura)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Zástupce</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Oprávnění</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Podklad</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Platné od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Platné do</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Platné dnes</translation>
    </message>
    <message>
        <source>Whoever represents {representative} acts for {organisation} too, with the lesser rights of the two links.</source>
        <translation>Kdo zastupuje {representative}, jedná i za {organisation}, a to s nižšími oprávněními z obou vazeb.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID zprávy</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Podrobnosti</translation>
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
        <translation>Nejprve vyberte řádek v seznamu.</translation>
    </message>
    <message>
        <source>directly ({kind}, {rights})</source>
        <translation>přímo ({kind}, {rights})</translation>
    </message>
    <message>
        <source>through the agency {agency} ({rights})</source>
        <translation>prostřednictvím agentury {agency} ({rights})</translation>
    </message>
    <message>
        <source>Users and representations — CustomsDesk</source>
        <translation>Uživatelé a zastoupení — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Uživatelé</translation>
    </message>
    <message>
        <source>&amp;Representations</source>
        <translation>&amp;Zastoupení</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Přidat uživatele…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Up&amp;ravit…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Resetovat &amp;heslo…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivovat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Oprávnění</translation>
    </message>
    <message>
        <source>How</source>
        <comment>column: how the user comes to represent the organisation</comment>
        <translation>Způsob</translation>
    </message>
    <message>
        <source>Show &amp;ended</source>
        <translation>Zo&amp;brazit ukončená</translation>
    </message>
    <message>
        <source>Also list representations whose last day has passed</source>
        <translation>Vypsat i zastoupení, jejichž poslední den již uplynul</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Při&amp;dat…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Upr&amp;avit…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <comment>end a representation</comment>
        <translation>Ukonči&amp;t…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizace:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Uži&amp;vatel:</translation>
    </message>
    <message>
        <source>Read-only: {login} is a {role}. You see your own account and the organisations you represent; only an administrator may change users and representations.</source>
        <translation>Jen pro čtení: {login} má roli {role}. Vidíte svůj vlastní účet a organizace, které zastupujete; uživatele a zastoupení může měnit pouze správce.</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Všechny organizace</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Všichni uživatelé</translation>
    </message>
    <message>
        <source>Select a user to see the organisations they represent today.</source>
        <translation>Vyberte uživatele a zobrazí se organizace, které dnes zastupuje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What {login} sees today ({date}):&lt;/b&gt; the organisations {login} represents, with the rights that count</source>
        <translation>&lt;b&gt;Co {login} dnes vidí ({date}):&lt;/b&gt; organizace, které {login} zastupuje, s platnými oprávněními</translation>
    </message>
    <message>
        <source>organisation {number}</source>
        <translation>organizace {number}</translation>
    </message>
    <message>
        <source>through an agency</source>
        <translation>prostřednictvím agentury</translation>
    </message>
    <message>
        <source>{login} is an administrator and sees every organisation with extended rights.</source>
        <translation>{login} je správce a vidí všechny organizace s rozšířenými oprávněními.</translation>
    </message>
    <message>
        <source>{login} has basic access (identity not confirmed): the rights are basic everywhere.</source>
        <translation>{login} má základní přístup (totožnost neověřena): oprávnění jsou všude základní.</translation>
    </message>
    <message>
        <source>The account is deactivated: {login} cannot sign in.</source>
        <translation>Účet je deaktivován: {login} se nemůže přihlásit.</translation>
    </message>
    <message>
        <source>add users</source>
        <comment>Only an administrator may …</comment>
        <translation>přidávat uživatele</translation>
    </message>
    <message>
        <source>Add a user account</source>
        <translation>Přidat uživatelský účet</translation>
    </message>
    <message>
        <source>change users</source>
        <comment>Only an administrator may …</comment>
        <translation>měnit uživatele</translation>
    </message>
    <message>
        <source>Change the name, role, access level or identity of the selected user</source>
        <translation>Změnit jméno, roli, úroveň přístupu nebo totožnost vybraného uživatele</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <comment>Only an administrator may …</comment>
        <translation>resetovat hesla</translation>
    </message>
    <message>
        <source>Your own password: use Account ▸ Change password…, which keeps your access codes.</source>
        <translation>Vaše vlastní heslo: použijte Účet ▸ Změnit heslo…, čímž si zachováte přístupové kódy.</translation>
    </message>
    <message>
        <source>Give the selected user a new password; their stored access codes become unreadable</source>
        <translation>Přidělit vybranému uživateli nové heslo; jeho uložené přístupové kódy se stanou nečitelnými</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ak&amp;tivovat</translation>
    </message>
    <message>
        <source>deactivate or activate users</source>
        <comment>Only an administrator may …</comment>
        <translation>deaktivovat nebo aktivovat uživatele</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in.</source>
        <translation>Svůj vlastní účet nemůžete deaktivovat, dokud jste přihlášeni.</translation>
    </message>
    <message>
        <source>Let the user sign in again</source>
        <translation>Umožnit uživateli znovu se přihlásit</translation>
    </message>
    <message>
        <source>Stop the user from signing in; nothing is deleted</source>
        <translation>Zabránit uživateli v přihlášení; nic se neodstraní</translation>
    </message>
    <message>
        <source>add representations</source>
        <comment>Only an administrator may …</comment>
        <translation>přidávat zastoupení</translation>
    </message>
    <message>
        <source>Let a person or an agency act for an organisation</source>
        <translation>Umožnit osobě nebo agentuře jednat za organizaci</translation>
    </message>
    <message>
        <source>change representations</source>
        <comment>Only an administrator may …</comment>
        <translation>měnit zastoupení</translation>
    </message>
    <message>
        <source>Change the rights, kind, basis or dates of the selected representation</source>
        <translation>Změnit oprávnění, druh, podklad nebo data vybraného zastoupení</translation>
    </message>
    <message>
        <source>end representations</source>
        <comment>Only an administrator may …</comment>
        <translation>ukončovat zastoupení</translation>
    </message>
    <message>
        <source>It ended on {date}; use Edit… to change its dates.</source>
        <translation>Skončilo {date}; jeho data změníte příkazem Upravit…</translation>
    </message>
    <message>
        <source>Set the last day the selected representation is in force</source>
        <translation>Nastavit poslední den platnosti vybraného zastoupení</translation>
    </message>
    <message>
        <source>User {login} added.</source>
        <translation>Uživatel {login} přidán.</translation>
    </message>
    <message>
        <source>User {login} saved.</source>
        <translation>Uživatel {login} uložen.</translation>
    </message>
    <message>
        <source>The password of {login} is reset.</source>
        <translation>Heslo uživatele {login} bylo resetováno.</translation>
    </message>
    <message>
        <source>Their stored access codes were removed.</source>
        <translation>Jeho uložené přístupové kódy byly odstraněny.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Resetovat heslo</translation>
    </message>
    <message>
        <source>Reset the password of {login}?</source>
        <translation>Resetovat heslo uživatele {login}?</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Pokračovat…</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deaktivovat uživatele</translation>
    </message>
    <message>
        <source>Deactivate {login}? They can no longer sign in. Their representations and stored codes stay; activate the account again to let them back.</source>
        <translation>Deaktivovat uživatele {login}? Už se nebude moci přihlásit. Jeho zastoupení a uložené kódy zůstanou zachovány; chcete-li mu přístup vrátit, účet znovu aktivujte.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>{login} is active.</source>
        <translation>Účet {login} je aktivní.</translation>
    </message>
    <message>
        <source>{login} is deactivated.</source>
        <translation>Účet {login} je deaktivován.</translation>
    </message>
    <message>
        <source>Representation added</source>
        <translation>Zastoupení přidáno</translation>
    </message>
    <message>
        <source>Representation saved</source>
        <translation>Zastoupení uloženo</translation>
    </message>
    <message>
        <source>Representation ends after {date}</source>
        <translation>Zastoupení končí po {date}</translation>
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
        <translation>Potvrzení pro {grn}, které není odpovědí na žádnou zprávu odeslanou odtud</translation>
    </message>
    <message>
        <source>Confirmation for {grn}, which the registration did not name (not applied)</source>
        <translation>Potvrzení pro {grn}: tato záruka nebyla v registraci uvedena (nezapracováno)</translation>
    </message>
    <message>
        <source>Registration refused: {errors}</source>
        <translation>Registrace zamítnuta: {errors}</translation>
    </message>
    <message>
        <source>{registered}; the primary access code was changed</source>
        <translation>{registered}; hlavní přístupový kód byl změněn</translation>
    </message>
    <message>
        <source>{grn}: unmatched, not asked about in this query (not applied)</source>
        <translation>{grn}: nepřiřazeno, tento dotaz se na tuto záruku neptal (nezapracováno)</translation>
    </message>
    <message>
        <source>{grn}: {answer}</source>
        <translation>{grn}: {answer}</translation>
    </message>
    <message>
        <source>Answer to a query not sent from here: {answers}</source>
        <translation>Odpověď na dotaz, který nebyl odeslán odtud: {answers}</translation>
    </message>
    <message>
        <source>Answer about guarantees this query did not ask about: {answers}</source>
        <translation>Odpověď týkající se záruk, na které se tento dotaz neptal: {answers}</translation>
    </message>
    <message>
        <source>secondary codes registered: {count}</source>
        <translation>registrované vedlejší přístupové kódy: {count}</translation>
    </message>
    <message>
        <source>operations: {count}</source>
        <translation>operace: {count}</translation>
    </message>
    <message>
        <source>in use {amount} {currency}, balance {balance}</source>
        <translation>čerpáno {amount} {currency}, zůstatek {balance}</translation>
    </message>
    <message>
        <source>in use {amount} {currency}</source>
        <translation>čerpáno {amount} {currency}</translation>
    </message>
    <message>
        <source>amount {amount} {currency}</source>
        <translation>částka {amount} {currency}</translation>
    </message>
    <message>
        <source>not valid: {code}</source>
        <translation>neplatné: {code}</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>zodpovězeno</translation>
    </message>
    <message>
        <source>{where}: {meaning}</source>
        <translation>{where}: {meaning}</translation>
    </message>
    <message>
        <source>Refused: {errors}</source>
        <translation>Zamítnuto: {errors}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {error}</source>
        <translation>řádek {line}, sloupec {column}: {error}</translation>
    </message>
    <message>
        <source>XML refused: {errors}</source>
        <translation>XML zamítnuto: {errors}</translation>
    </message>
    <message>
        <source>Guarantee not valid for {mrn}: {guarantees}</source>
        <translation>Záruka není platná pro {mrn}: {guarantees}</translation>
    </message>
    <message>
        <source>customs sent this message before; ignored</source>
        <translation>celní správa tuto zprávu již dříve odeslala; ignorováno</translation>
    </message>
    <message>
        <source>Duplicate of an earlier message</source>
        <translation>Duplikát dřívější zprávy</translation>
    </message>
    <message>
        <source>it could not be applied to the records ({error})</source>
        <translation>nepodařilo se ji zapracovat do záznamů ({error})</translation>
    </message>
    <message>
        <source>cannot decrypt: the communication parameter set it came through was deleted</source>
        <translation>nelze dešifrovat: sada komunikačních parametrů, přes kterou zpráva přišla, byla smazána</translation>
    </message>
    <message>
        <source>cannot decrypt: {error}</source>
        <translation>nelze dešifrovat: {error}</translation>
    </message>
    <message>
        <source>the message does not match its schema (line {line}, column {column}: {problem})</source>
        <translation>zpráva neodpovídá svému schématu (řádek {line}, sloupec {column}: {problem})</translation>
    </message>
    <message>
        <source>answer: {result}</source>
        <translation>odpověď: {result}</translation>
    </message>
    <message>
        <source>{type}: a message type this version does not apply</source>
        <translation>{type}: typ zprávy, který tato verze nezpracovává</translation>
    </message>
    <message>
        <source>delivery receipt: received by customs at {at}</source>
        <translation>potvrzení o doručení: přijato celní správou {at}</translation>
    </message>
    <message>
        <source>Answer about a summary declaration not sent from here</source>
        <translation>Odpověď k souhrnnému celnímu prohlášení, které nebylo odesláno odtud</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>důvod neuveden</translation>
    </message>
    <message>
        <source>Accepted: MRN {mrn}, status {status}, positions: {count}</source>
        <translation>Přijato: MRN {mrn}, stav {status}, položky: {count}</translation>
    </message>
    <message>
        <source>{accepted}; refused {count}: {errors}</source>
        <translation>{accepted}; zamítnuto {count}: {errors}</translation>
    </message>
    <message>
        <source>{field}{code}: {text}</source>
        <translation>{field}{code}: {text}</translation>
    </message>
    <message>
        <source>position {position} {field}{code}: {text}</source>
        <translation>položka {position} {field}{code}: {text}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>done on {date}</source>
        <translation>hotovo {date}</translation>
    </message>
    <message>
        <source>in progress since {date}</source>
        <translation>rozpracováno od {date}</translation>
    </message>
    <message>
        <source>not needed ({note})</source>
        <translation>není potřeba ({note})</translation>
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
        <translation>{change} (předtím {state})</translation>
    </message>
    <message>
        <source>own secondary codes: {before} → {after}</source>
        <translation>vlastní vedlejší kódy: {before} → {after}</translation>
    </message>
    <message>
        <source>{change} of {user}, set up by the administrator</source>
        <translation>{change} uživatele {user}, nastaveno administrátorem</translation>
    </message>
    <message>
        <source>of {user}, set up by the administrator</source>
        <translation>uživatele {user}, nastaveno administrátorem</translation>
    </message>
    <message>
        <source>removed in the editor</source>
        <translation>odebráno v editoru</translation>
    </message>
    <message>
        <source>new primary access code entered</source>
        <translation>zadán nový hlavní přístupový kód</translation>
    </message>
    <message>
        <source>new primary access code</source>
        <translation>nový hlavní přístupový kód</translation>
    </message>
    <message>
        <source>applied during the sync of {user}</source>
        <translation>použito při synchronizaci uživatele {user}</translation>
    </message>
    <message>
        <source>PAC change</source>
        <translation>změna PAC</translation>
    </message>
    <message>
        <source>access code registration</source>
        <translation>registrace přístupových kódů</translation>
    </message>
    <message>
        <source>{kind}: codes registered: {count}</source>
        <translation>{kind}: registrováno kódů: {count}</translation>
    </message>
    <message>
        <source>sent to customs</source>
        <translation>odesláno celní správě</translation>
    </message>
    <message>
        <source>{kind} query</source>
        <translation>dotaz: {kind}</translation>
    </message>
    <message>
        <source>message {id}</source>
        <translation>zpráva {id}</translation>
    </message>
    <message>
        <source>{organisation} ← {login}: employee, extended rights, created the record</source>
        <translation>{organisation} ← {login}: zaměstnanec, rozšířená oprávnění, vytvořil záznam</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>level</source>
        <translation>úroveň</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>celé jméno</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>identity check</source>
        <translation>ověření totožnosti</translation>
    </message>
    <message>
        <source>unknown login name ({count} characters)</source>
        <translation>neznámé přihlašovací jméno (počet znaků: {count})</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>chybné heslo</translation>
    </message>
    <message>
        <source>single-user installation, no password set</source>
        <translation>jednouživatelská instalace, heslo není nastaveno</translation>
    </message>
    <message>
        <source>first password of the administrator</source>
        <translation>první heslo administrátora</translation>
    </message>
    <message>
        <source>password of {login} reset</source>
        <translation>resetováno heslo uživatele {login}</translation>
    </message>
    <message>
        <source>{login}: {role}, {level} access</source>
        <translation>{login}: {role}, úroveň přístupu: {level}</translation>
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
        <translation>beze změny</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>přihlášení</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>neúspěšné přihlášení</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>odhlášení</translation>
    </message>
    <message>
        <source>locked after inactivity</source>
        <translation>uzamčeno po nečinnosti</translation>
    </message>
    <message>
        <source>changed own password</source>
        <translation>změna vlastního hesla</translation>
    </message>
    <message>
        <source>password reset by an administrator</source>
        <translation>heslo resetováno administrátorem</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>uživatel přidán</translation>
    </message>
    <message>
        <source>user changed</source>
        <translation>uživatel změněn</translation>
    </message>
    <message>
        <source>secondary access code used in a message</source>
        <translation>vedlejší přístupový kód použit ve zprávě</translation>
    </message>
    <message>
        <source>secondary access codes changed</source>
        <translation>vedlejší přístupové kódy změněny</translation>
    </message>
    <message>
        <source>primary access code stored</source>
        <translation>hlavní přístupový kód uložen</translation>
    </message>
    <message>
        <source>primary access code revealed</source>
        <translation>hlavní přístupový kód zobrazen</translation>
    </message>
    <message>
        <source>primary access code change requested</source>
        <translation>vyžádána změna hlavního přístupového kódu</translation>
    </message>
    <message>
        <source>primary access code deleted</source>
        <translation>hlavní přístupový kód smazán</translation>
    </message>
    <message>
        <source>primary access code replaced after customs confirmed the change</source>
        <translation>hlavní přístupový kód nahrazen po potvrzení změny celní správou</translation>
    </message>
    <message>
        <source>access codes made unreadable by a password reset</source>
        <translation>přístupové kódy po resetu hesla nečitelné</translation>
    </message>
    <message>
        <source>representation added</source>
        <translation>zastoupení přidáno</translation>
    </message>
    <message>
        <source>representation changed</source>
        <translation>zastoupení změněno</translation>
    </message>
    <message>
        <source>onboarding checklist step changed</source>
        <translation>změněn krok kontrolního seznamu zprovoznění</translation>
    </message>
    <message>
        <source>quarantined answer applied again</source>
        <translation>odpověď z karantény znovu použita</translation>
    </message>
    <message>
        <source>time (UTC)</source>
        <translation>čas (UTC)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>uživatel</translation>
    </message>
    <message>
        <source>action</source>
        <translation>akce</translation>
    </message>
    <message>
        <source>message</source>
        <translation>zpráva</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizace</translation>
    </message>
    <message>
        <source>guarantee</source>
        <translation>záruka</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>podrobnosti</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>na dobu neurčitou</translation>
    </message>
    <message>
        <source>{organisation} ← {representative}: {kind}, {rights} rights, {start} – {end}</source>
        <translation>{organisation} ← {representative}: {kind}, oprávnění: {rights}, {start} – {end}</translation>
    </message>
    <message>
        <source>{representation}, basis {basis}</source>
        <translation>{representation}, podklad: {basis}</translation>
    </message>
    <message>
        <source>{representation} (changed: {fields})</source>
        <translation>{representation} (změněno: {fields})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>oprávnění</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>druh</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>podklad</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>platnost od</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>platnost do</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>any date</source>
        <translation>libovolné datum</translation>
    </message>
    <message>
        <source>The first date, shown as &apos;any date&apos;, means no limit</source>
        <translation>První datum, zobrazené jako „libovolné datum“, znamená bez omezení</translation>
    </message>
    <message>
        <source>Audit log — CustomsDesk</source>
        <translation>Auditní záznam — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovat…</translation>
    </message>
    <message>
        <source>Save the entries shown (all that match the filters) as a CSV file</source>
        <translation>Uložit zobrazené položky (všechny, které odpovídají filtrům) jako soubor CSV</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Znovu načíst auditní záznam</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Zrušit &amp;filtry</translation>
    </message>
    <message>
        <source>Show every entry again</source>
        <translation>Znovu zobrazit všechny položky</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditní záznam</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>všechny akce</translation>
    </message>
    <message>
        <source>whole GRN</source>
        <translation>celé GRN</translation>
    </message>
    <message>
        <source>Search: detail, GRN, message id, user…</source>
        <translation>Hledat: podrobnosti, GRN, ID zprávy, uživatel…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hledat</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Uživatel</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Akce</translation>
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
        <translation>Vidíte pouze své vlastní položky: {login} má roli {role}. Správce vidí položky všech uživatelů.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>všichni</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 položka</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n položka</numerusform>
            <numerusform>%n položky</numerusform>
            <numerusform>%n položek</numerusform>
        </translation>
    </message>
    <message>
        <source>showing {shown} of {entries}</source>
        <translation>zobrazeno {shown} z {entries}</translation>
    </message>
    <message>
        <source>{entries} (yours only)</source>
        <translation>{entries} (pouze vaše)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportovat auditní záznam</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Soubory CSV</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Soubor se nepodařilo zapsat: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n položka byla exportována do {path}.</numerusform>
            <numerusform>%n položky byly exportovány do {path}.</numerusform>
            <numerusform>%n položek bylo exportováno do {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BcpDialogs</name>
    <message>
        <source>The deadline appears here once the country of destination and the taking over are given.</source>
        <translation>Lhůta se zde zobrazí, jakmile zadáte zemi určení a převzetí zboží.</translation>
    </message>
    <message>
        <source>e.g. DE004600</source>
        <translation>např. DE004600</translation>
    </message>
    <message>
        <source>New movement handled on paper</source>
        <translation>Nová přeprava vyřízená na papíře</translation>
    </message>
    <message>
        <source>Next number of the &amp;range kept for the office of destination</source>
        <translation>Další číslo z &amp;rozsahu vedeného pro celní úřad určení</translation>
    </message>
    <message>
        <source>T&amp;yped, as printed on the form:</source>
        <translation>Zadáno ručně, jak je vytištěno na &amp;formuláři:</translation>
    </message>
    <message>
        <source>paper declaration number</source>
        <translation>číslo papírového prohlášení</translation>
    </message>
    <message>
        <source>No. {number}: {kind}, since {start}</source>
        <translation>Č. {number}: {kind}, od {start}</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Doklad:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Číslo:</translation>
    </message>
    <message>
        <source>Office of d&amp;estination:</source>
        <translation>Celní úřad &amp;určení:</translation>
    </message>
    <message>
        <source>&amp;Country of destination:</source>
        <translation>&amp;Země určení:</translation>
    </message>
    <message>
        <source>Its public holidays count (and the region&apos;s, where the office&apos;s region is set)</source>
        <translation>Počítají se její státní svátky (a svátky regionu, pokud je u úřadu nastaven region)</translation>
    </message>
    <message>
        <source>Office of de&amp;parture:</source>
        <translation>Celní úřad &amp;odeslání:</translation>
    </message>
    <message>
        <source>&amp;Goods taken over at:</source>
        <translation>Zboží &amp;převzato:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Výpadek:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poz&amp;námky:</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>verb: record the movement</comment>
        <translation>Zaznamenat</translation>
    </message>
    <message>
        <source>The number is taken when the movement is recorded.</source>
        <translation>Číslo se přidělí při zaznamenání přepravy.</translation>
    </message>
    <message numerus="yes">
        <source>Next: {number} (range {range}; %n left)</source>
        <translation>
            <numerusform>Další: {number} (rozsah {range}; zbývá %n)</numerusform>
            <numerusform>Další: {number} (rozsah {range}; zbývají %n)</numerusform>
            <numerusform>Další: {number} (rozsah {range}; zbývá %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The ranges of {office} are used up: type the number, or add the next range (Paper movements ▸ Number ranges).</source>
        <translation>Rozsahy úřadu {office} jsou vyčerpány: zadejte číslo ručně, nebo přidejte další rozsah (Papírové přepravy ▸ Rozsahy čísel).</translation>
    </message>
    <message>
        <source>No range is kept for {office}: type the number, or add the range the office allocated (Paper movements ▸ Number ranges).</source>
        <translation>Pro úřad {office} není veden žádný rozsah: zadejte číslo ručně, nebo přidejte rozsah, který úřad přidělil (Papírové přepravy ▸ Rozsahy čísel).</translation>
    </message>
    <message>
        <source>Type the number printed on the paper declaration, or take the next one of the office&apos;s range.</source>
        <translation>Zadejte číslo vytištěné na papírovém prohlášení, nebo použijte další číslo z rozsahu úřadu.</translation>
    </message>
    <message>
        <source>Paper declaration number ranges</source>
        <translation>Rozsahy čísel papírových prohlášení</translation>
    </message>
    <message>
        <source>optional, e.g. HH-</source>
        <translation>nepovinné, např. HH-</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>celé číslo</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Celní úřad:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Předpona:</translation>
    </message>
    <message>
        <source>Written before the number, e.g. HH-0001</source>
        <translation>Píše se před číslo, např. HH-0001</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>P&amp;rvní číslo:</translation>
    </message>
    <message>
        <source>&amp;Last number:</source>
        <translation>Poslední čís&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <translation>Přid&amp;at rozsah</translation>
    </message>
    <message>
        <source>Each number is used once; a number typed in by hand is skipped when the range comes to it.</source>
        <translation>Každé číslo se použije jednou; ručně zadané číslo se přeskočí, až na něj rozsah dojde.</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>vést rozsahy čísel papírových prohlášení</translation>
    </message>
    <message>
        <source>Regions of the offices of destination</source>
        <translation>Regiony celních úřadů určení</translation>
    </message>
    <message>
        <source>e.g. DE004600=HH DE002601=NW</source>
        <translation>např. DE004600=HH DE002601=NW</translation>
    </message>
    <message>
        <source>&amp;Offices and regions:</source>
        <translation>&amp;Celní úřady a regiony:</translation>
    </message>
    <message>
        <source>OFFICE=REGION pairs, the region as the holiday calendar writes it (DE: NW, HH, BY, …): Corpus Christi counts in North Rhine-Westphalia, Reformation Day in Hamburg</source>
        <translation>Dvojice ÚŘAD=REGION, region ve tvaru, jak jej uvádí kalendář svátků (DE: NW, HH, BY, …): Boží tělo se počítá v Severním Porýní-Vestfálsku, Den reformace v Hamburku</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>set the regions of the offices</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>nastavovat regiony celních úřadů</translation>
    </message>
</context>
<context>
    <name>CertificateChecks</name>
    <message>
        <source>passed</source>
        <translation>splněno</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nesplněno</translation>
    </message>
    <message>
        <source>note</source>
        <translation>poznámka</translation>
    </message>
</context>
<context>
    <name>CertificateImportDialog</name>
    <message>
        <source>Test certificate — accepted for the training environment only</source>
        <translation>Testovací certifikát — přijímán pouze pro cvičné prostředí</translation>
    </message>
    <message>
        <source>Opens the file once; it is never stored. The private key is kept encrypted.</source>
        <translation>Soubor se otevře jen jednou a nikdy se neukládá. Soukromý klíč se uchovává zašifrovaný.</translation>
    </message>
    <message>
        <source>Choose the certificate file first (Choose…).</source>
        <translation>Nejprve zvolte soubor certifikátu (Zvolit…).</translation>
    </message>
    <message>
        <source>Certificate files</source>
        <translation>Soubory certifikátů</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Všechny soubory</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikáty</translation>
    </message>
    <message>
        <source>PKCS#12/PFX, PEM or DER file</source>
        <translation>Soubor PKCS#12/PFX, PEM nebo DER</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Zvolit…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the file</comment>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>Open the file with this password</source>
        <translation>Otevřít soubor s tímto heslem</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Soubor:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Type the password of {file}, then Open.</source>
        <translation>Zadejte heslo k souboru {file} a potom Otevřít.</translation>
    </message>
    <message>
        <source>opened — the password was not kept</source>
        <translation>otevřeno — heslo nebylo uloženo</translation>
    </message>
    <message>
        <source>The checks appear once the file is open.</source>
        <translation>Kontroly se zobrazí po otevření souboru.</translation>
    </message>
    <message>
        <source>{file} is protected by a password: type it and press Open.</source>
        <translation>Soubor {file} je chráněn heslem: zadejte ho a stiskněte Otevřít.</translation>
    </message>
    <message>
        <source>with its private key</source>
        <translation>se soukromým klíčem</translation>
    </message>
    <message>
        <source>without a private key</source>
        <translation>bez soukromého klíče</translation>
    </message>
    <message>
        <source>Import participant certificate</source>
        <translation>Importovat certifikát účastníka</translation>
    </message>
    <message>
        <source>&amp;EORI:</source>
        <translation>&amp;EORI:</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>Nahrazuje:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>Choose the file to see whether the certificate can sign customs messages.</source>
        <translation>Zvolte soubor a zjistíte, zda certifikát může podepisovat celní zprávy.</translation>
    </message>
    <message>
        <source>nothing: it will be the first certificate of this EORI</source>
        <translation>nic: bude to první certifikát tohoto EORI</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} (kept in the history)</source>
        <translation>{certificate} platný do {date} (zůstane v historii)</translation>
    </message>
    <message>
        <source>{note}, and {eori} sends in production with &apos;{parameters}&apos;: this certificate will be refused.</source>
        <translation>{note} a {eori} odesílá v produkčním prostředí se sadou „{parameters}“: tento certifikát bude odmítnut.</translation>
    </message>
    <message>
        <source>Check a certificate file</source>
        <translation>Zkontrolovat soubor certifikátu</translation>
    </message>
    <message>
        <source>Nothing is imported: this shows whether the certificate in a file could sign customs messages.</source>
        <translation>Nic se neimportuje: zobrazí se jen, zda by certifikát v souboru mohl podepisovat celní zprávy.</translation>
    </message>
    <message>
        <source>Choose a file (Choose…) to see its checks.</source>
        <translation>Zvolte soubor (Zvolit…) a zobrazí se jeho kontroly.</translation>
    </message>
    <message>
        <source>Import customs certificate</source>
        <translation>Importovat certifikát celní správy</translation>
    </message>
    <message>
        <source>PEM or DER file published by the administration</source>
        <translation>Soubor PEM nebo DER zveřejněný celní správou</translation>
    </message>
    <message>
        <source>at once</source>
        <comment>takes effect: no date</comment>
        <translation>ihned</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certifikát:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Celní správa:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Prostředí:</translation>
    </message>
    <message>
        <source>&amp;Takes effect on:</source>
        <translation>Účinné o&amp;d:</translation>
    </message>
    <message>
        <source>The day the administration switches to it; until then messages use the current one.</source>
        <translation>Den, kdy na něj celní správa přejde; do té doby zprávy používají ten současný.</translation>
    </message>
    <message>
        <source>{file} is not a PEM or DER certificate: a customs certificate is public, so choose the certificate file the administration published.</source>
        <translation>Soubor {file} není certifikát PEM ani DER: certifikát celní správy je veřejný, zvolte tedy soubor certifikátu, který celní správa zveřejnila.</translation>
    </message>
    <message>
        <source>{subject}, valid {start} – {end}</source>
        <translation>{subject}, platný {start} – {end}</translation>
    </message>
    <message>
        <source>Choose the customs certificate file first (Choose…).</source>
        <translation>Nejprve zvolte soubor certifikátu celní správy (Zvolit…).</translation>
    </message>
</context>
<context>
    <name>CertificateWindow</name>
    <message>
        <source>manage certificates</source>
        <translation>spravovat certifikáty</translation>
    </message>
    <message>
        <source>Messages are encrypted for the customs certificate in effect when they are sent. Store the next one as soon as the administration publishes it, with the day it takes effect.</source>
        <translation>Zprávy se šifrují pro certifikát celní správy, který je účinný v okamžiku odeslání. Jakmile celní správa zveřejní další certifikát, uložte jej i s datem, od kterého je účinný.</translation>
    </message>
    <message>
        <source>PEM certificate</source>
        <translation>Certifikát PEM</translation>
    </message>
    <message>
        <source>DER certificate</source>
        <translation>Certifikát DER</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported as a test certificate for training, replacing {replaced}.</source>
        <translation>Certifikát pro {eori} byl importován jako testovací certifikát pro školení a nahradil {replaced}.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported as a test certificate for training.</source>
        <translation>Certifikát pro {eori} byl importován jako testovací certifikát pro školení.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported, replacing {replaced}.</source>
        <translation>Certifikát pro {eori} byl importován a nahradil {replaced}.</translation>
    </message>
    <message>
        <source>Certificate of {eori} imported.</source>
        <translation>Certifikát pro {eori} byl importován.</translation>
    </message>
    <message>
        <source>Certificates — CustomsDesk</source>
        <translation>Certifikáty — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Participant certificates</source>
        <translation>&amp;Certifikáty účastníků</translation>
    </message>
    <message>
        <source>C&amp;ustoms certificates</source>
        <translation>Certifikáty celní &amp;správy</translation>
    </message>
    <message>
        <source>&amp;Onboarding</source>
        <translation>&amp;Zprovoznění</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>Read the certificates again</source>
        <translation>Znovu načíst certifikáty</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importovat…</translation>
    </message>
    <message>
        <source>&amp;Export public certificate…</source>
        <translation>&amp;Exportovat veřejný certifikát…</translation>
    </message>
    <message>
        <source>&amp;Check a file…</source>
        <translation>Zkontrolo&amp;vat soubor…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontroly</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>&amp;Import customs certificate…</source>
        <translation>Im&amp;portovat certifikát celní správy…</translation>
    </message>
    <message>
        <source>You see the certificates read-only. {reason}</source>
        <translation>Certifikáty vidíte pouze pro čtení. {reason}</translation>
    </message>
    <message>
        <source>No EORI has a participant certificate or a parameter set yet.</source>
        <translation>Žádné EORI zatím nemá certifikát účastníka ani sadu parametrů.</translation>
    </message>
    <message>
        <source>EORI {eori} has no participant certificate, so its messages cannot be signed: import the qualified seal certificate issued for it (Import…).</source>
        <translation>EORI {eori} nemá certifikát účastníka, takže jeho zprávy nelze podepsat: importujte kvalifikovaný certifikát pro elektronickou pečeť, který pro něj byl vydán (Importovat…).</translation>
    </message>
    <message>
        <source>Checks of the certificate of {eori}</source>
        <translation>Kontroly certifikátu pro {eori}</translation>
    </message>
    <message>
        <source>History of {eori}</source>
        <translation>Historie pro {eori}</translation>
    </message>
    <message>
        <source>Import the participant certificate of an EORI (PKCS#12/PFX, PEM or DER)</source>
        <translation>Importovat certifikát účastníka pro EORI (PKCS#12/PFX, PEM nebo DER)</translation>
    </message>
    <message>
        <source>Store an administration&apos;s encryption certificate, with the day it takes effect</source>
        <translation>Uložit šifrovací certifikát celní správy s datem, od kterého je účinný</translation>
    </message>
    <message>
        <source>Select an EORI with a certificate first</source>
        <translation>Nejprve vyberte EORI s certifikátem</translation>
    </message>
    <message>
        <source>{eori} has no certificate yet</source>
        <translation>{eori} zatím nemá certifikát</translation>
    </message>
    <message>
        <source>Write the public certificate only (for customs or the gateway operator): never the private key</source>
        <translation>Zapsat pouze veřejný certifikát (pro celní správu nebo provozovatele brány): nikdy ne soukromý klíč</translation>
    </message>
    <message>
        <source>Show what the certificate in a file is fit for, without importing it</source>
        <translation>Zobrazit, k čemu se certifikát v souboru hodí, bez jeho importu</translation>
    </message>
    <message>
        <source>Export public certificate</source>
        <translation>Exportovat veřejný certifikát</translation>
    </message>
    <message>
        <source>Public certificate of {eori} written to {path} (no private key).</source>
        <translation>Veřejný certifikát pro {eori} byl zapsán do {path} (bez soukromého klíče).</translation>
    </message>
    <message>
        <source>Customs certificate {subject} stored for {administration} {environment}, in effect from {date}.</source>
        <translation>Certifikát celní správy {subject} byl uložen pro {administration} {environment}, účinný od {date}.</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>Suitable for customs</source>
        <translation>Vhodný pro celní správu</translation>
    </message>
    <message>
        <source>Test certificate — training only</source>
        <translation>Testovací certifikát — pouze pro školení</translation>
    </message>
    <message>
        <source>Expired — sending blocked</source>
        <translation>Platnost vypršela — odesílání zablokováno</translation>
    </message>
    <message>
        <source>No certificate — import one</source>
        <translation>Chybí certifikát — importujte jej</translation>
    </message>
    <message>
        <source>Expires within a day</source>
        <translation>Vyprší do jednoho dne</translation>
    </message>
    <message>
        <source>Expires in 1 day</source>
        <translation>Vyprší za 1 den</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Vyprší za %n den</numerusform>
            <numerusform>Vyprší za %n dny</numerusform>
            <numerusform>Vyprší za %n dní</numerusform>
        </translation>
    </message>
    <message>
        <source>Takes effect on {date}</source>
        <translation>Účinný od {date}</translation>
    </message>
    <message>
        <source>{expiry} · test certificate</source>
        <translation>{expiry} · testovací certifikát</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Platný do</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Zbývá dní</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>added {time} by {user}</source>
        <translation>přidáno {time}, uživatel {user}</translation>
    </message>
    <message>
        <source>in use</source>
        <comment>not replaced yet</comment>
        <translation>používá se</translation>
    </message>
    <message>
        <source>test certificate</source>
        <translation>testovací certifikát</translation>
    </message>
    <message>
        <source>qualified seal</source>
        <translation>kvalifikovaná pečeť</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Platný</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Přidáno</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Replaced on</source>
        <translation>Nahrazeno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Platnost vypršela</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Používá se</translation>
    </message>
    <message>
        <source>Superseded since {date}</source>
        <translation>Nahrazen od {date}</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Celní správa</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Prostředí</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Účinný od</translation>
    </message>
    <message>
        <source>none: fill in the participant EORI</source>
        <translation>žádný: vyplňte EORI účastníka</translation>
    </message>
    <message>
        <source>none: import it in {place}</source>
        <translation>žádný: importujte jej v {place}</translation>
    </message>
    <message>
        <source>{certificate} expired on {date} — sending blocked: import the renewed certificate in {place}</source>
        <translation>{certificate}: platnost vypršela {date} — odesílání zablokováno: importujte obnovený certifikát v {place}</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — suitable</source>
        <translation>{certificate} platný do {date} — vhodný</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — test certificate: a production set cannot send with a test certificate</source>
        <translation>{certificate} platný do {date} — testovací certifikát: produkční sada nemůže odesílat s testovacím certifikátem</translation>
    </message>
    <message>
        <source>{certificate} valid until {date} — test certificate — training only</source>
        <translation>{certificate} platný do {date} — testovací certifikát — pouze pro školení</translation>
    </message>
    <message>
        <source>next: {certificate} from {date}</source>
        <translation>další: {certificate} od {date}</translation>
    </message>
    <message>
        <source>{certificate} in effect since {date}</source>
        <translation>{certificate} účinný od {date}</translation>
    </message>
    <message>
        <source>{current}, {next}</source>
        <translation>{current}, {next}</translation>
    </message>
    <message>
        <source>none in effect now; {next}</source>
        <translation>nyní není účinný žádný; {next}</translation>
    </message>
    <message>
        <source>{certificate} expired on {date}: import the current one in {place}</source>
        <translation>{certificate}: platnost vypršela {date}: importujte aktuální certifikát v {place}</translation>
    </message>
    <message>
        <source>none: import the administration&apos;s encryption certificate in {place}</source>
        <translation>žádný: importujte šifrovací certifikát celní správy v {place}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your access codes stay readable: they are sealed with your own key, and the new password takes over protecting that key. A forgotten password cannot be recovered — an administrator can only set a new one, and then your stored access codes are lost.</source>
        <translation>Vaše přístupové kódy zůstanou čitelné: jsou chráněny vaším vlastním klíčem a ochranu tohoto klíče převezme nové heslo. Zapomenuté heslo nelze obnovit — správce může pouze nastavit nové, a pak o uložené přístupové kódy přijdete.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the new password again in both fields.</source>
        <translation>Nová hesla se neshodují: zadejte nové heslo znovu do obou polí.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Současné heslo:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nové heslo:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Alespoň %n znak</numerusform>
            <numerusform>Alespoň %n znaky</numerusform>
            <numerusform>Alespoň %n znaků</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nové heslo &amp;znovu:</translation>
    </message>
    <message>
        <source>Change the password of {user}</source>
        <translation>Změnit heslo uživatele {user}</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Z&amp;měnit heslo</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>folder holding the database (default: the user&apos;s data folder)</source>
        <translation>složka s databází (výchozí: datová složka uživatele)</translation>
    </message>
    <message>
        <source>the office database on a PostgreSQL server, e.g. postgresql://clerk@server/customsdesk?sslmode=require (default: $CUSTOMSDESK_DATABASE_URL, else the data folder&apos;s own database); the password comes from PGPASSWORD, the system keyring (db-password) or a password file (~/.pgpass, PGPASSFILE), never from this option</source>
        <translation>databáze kanceláře na serveru PostgreSQL, např. postgresql://clerk@server/customsdesk?sslmode=require (výchozí: $CUSTOMSDESK_DATABASE_URL, jinak vlastní databáze datové složky); heslo se bere z PGPASSWORD, ze systémové klíčenky (db-password) nebo ze souboru s hesly (~/.pgpass, PGPASSFILE), nikdy z této volby</translation>
    </message>
    <message>
        <source>act as this user</source>
        <translation>jednat jako tento uživatel</translation>
    </message>
    <message>
        <source>file whose first line is the user&apos;s password</source>
        <translation>soubor, jehož první řádek je heslo uživatele</translation>
    </message>
    <message>
        <source>language of the messages people read (JSON keys and codes never change); the window: as chosen in its settings, else the desktop&apos;s; the commands: English</source>
        <translation>jazyk textů, které čtou lidé (klíče JSON a kódy se nikdy nemění); okno: podle volby v jeho nastavení, jinak jazyk pracovního prostředí; příkazy: angličtina</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>použití: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>poziční argumenty</translation>
    </message>
    <message>
        <source>options</source>
        <translation>volby</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>zobrazí tuto nápovědu a skončí</translation>
    </message>
    <message>
        <source>check a certificate file (PEM, DER, PKCS#12) for signing customs messages</source>
        <translation>zkontrolovat soubor certifikátu (PEM, DER, PKCS#12) pro podepisování celních zpráv</translation>
    </message>
    <message>
        <source>read the PKCS#12 or key password from stdin</source>
        <translation>načíst heslo k PKCS#12 nebo ke klíči ze stdin</translation>
    </message>
    <message>
        <source>import the participant certificate of an EORI (PKCS#12 with its key), or with --customs an administration&apos;s encryption certificate</source>
        <translation>importovat certifikát účastníka pro EORI (PKCS#12 s klíčem), nebo s --customs šifrovací certifikát celní správy</translation>
    </message>
    <message>
        <source>the EORI whose participant certificate it is (it replaces the current one)</source>
        <translation>EORI, kterému certifikát účastníka patří (nahradí stávající)</translation>
    </message>
    <message>
        <source>CZ, DE or PL: a customs encryption certificate</source>
        <translation>CZ, DE nebo PL: šifrovací certifikát celní správy</translation>
    </message>
    <message>
        <source>with --customs: production, test or training</source>
        <translation>s --customs: production, test nebo training</translation>
    </message>
    <message>
        <source>with --customs: the day customs switch to it (YYYY-MM-DD)</source>
        <translation>s --customs: den, kdy na něj celní správa přejde (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>list the certificates with their checks and expiry warnings</source>
        <translation>vypsat certifikáty s jejich kontrolami a upozorněními na vypršení platnosti</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>vypsat JSON</translation>
    </message>
    <message>
        <source>also the replaced ones (history)</source>
        <translation>i nahrazené (historie)</translation>
    </message>
    <message>
        <source>write the public certificate only (never the key) to a file</source>
        <translation>zapsat do souboru pouze veřejný certifikát (nikdy klíč)</translation>
    </message>
    <message>
        <source>the certificate&apos;s id (see certs)</source>
        <translation>ID certifikátu (viz certs)</translation>
    </message>
    <message>
        <source>FILE.pem, or FILE.cer/.der for DER</source>
        <translation>FILE.pem, nebo FILE.cer/.der pro DER</translation>
    </message>
    <message>
        <source>replace FILE when it exists</source>
        <translation>nahradit FILE, pokud existuje</translation>
    </message>
    <message>
        <source>the onboarding checklists of the participant certificate, per EORI and administration</source>
        <translation>kontrolní seznamy zprovoznění certifikátu účastníka podle EORI a celní správy</translation>
    </message>
    <message>
        <source>only this EORI</source>
        <translation>pouze toto EORI</translation>
    </message>
    <message>
        <source>only this administration: CZ, DE or PL</source>
        <translation>pouze tato celní správa: CZ, DE nebo PL</translation>
    </message>
    <message>
        <source>record the state of one onboarding step; prints the checklist</source>
        <translation>zaznamenat stav jednoho kroku zprovoznění; vypíše kontrolní seznam</translation>
    </message>
    <message>
        <source>CZ, DE or PL</source>
        <translation>CZ, DE nebo PL</translation>
    </message>
    <message>
        <source>apply, register, send_to_gateway or send_password</source>
        <translation>apply, register, send_to_gateway nebo send_password</translation>
    </message>
    <message>
        <source>open, in_progress, done or not_needed</source>
        <translation>open, in_progress, done nebo not_needed</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default for a done step: today)</source>
        <translation>YYYY-MM-DD (výchozí u dokončeného kroku: dnes)</translation>
    </message>
    <message>
        <source>the ticket number (step send_to_gateway) or order number (step apply)</source>
        <translation>číslo požadavku (krok send_to_gateway) nebo číslo objednávky (krok apply)</translation>
    </message>
    <message>
        <source>why a step is not needed, or any remark</source>
        <translation>proč krok není potřeba, nebo jakákoli poznámka</translation>
    </message>
    <message>
        <source>CustomsDesk: NCTS guarantees and customs messages.</source>
        <translation>CustomsDesk: záruky NCTS a celní zprávy.</translation>
    </message>
    <message>
        <source>when it started: YYYY-MM-DDTHH:MM, local time or with the time zone (default: now)</source>
        <translation>kdy začal: YYYY-MM-DDTHH:MM, místní čas nebo s časovým pásmem (výchozí: nyní)</translation>
    </message>
    <message>
        <source>a planned outage: when customs expect it to end</source>
        <translation>plánovaný výpadek: kdy podle celní správy skončí</translation>
    </message>
    <message>
        <source>when it ended</source>
        <translation>kdy skončil</translation>
    </message>
    <message>
        <source>own-system: the authorised consignee&apos;s EORI</source>
        <translation>own-system: EORI schváleného příjemce</translation>
    </message>
    <message>
        <source>the cause, if known</source>
        <translation>příčina, je-li známa</translation>
    </message>
    <message>
        <source>the service desk&apos;s ticket number</source>
        <translation>číslo požadavku u servisního desku</translation>
    </message>
    <message>
        <source>the gateway concerned</source>
        <translation>dotčená brána</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>volné poznámky</translation>
    </message>
    <message>
        <source>the incident log: outages of customs, of our own system and of the link</source>
        <translation>evidence incidentů: výpadky celní správy, vlastního systému a spojení</translation>
    </message>
    <message>
        <source>record an incident (with --end: one that is over); prints it</source>
        <translation>zaznamenat incident (s --end: již skončený); vypíše ho</translation>
    </message>
    <message>
        <source>own-system: the service desk&apos;s answer</source>
        <translation>own-system: odpověď servisního desku</translation>
    </message>
    <message>
        <source>correct or complete an incident (a detected draft becomes yours)</source>
        <translation>opravit nebo doplnit incident (automaticky zjištěný koncept se stane vaším)</translation>
    </message>
    <message>
        <source>Correct or complete an incident; &apos;&apos; clears a text.</source>
        <translation>Oprava nebo doplnění incidentu; &apos;&apos; vymaže text.</translation>
    </message>
    <message>
        <source>the outage is over; prints the incident</source>
        <translation>výpadek skončil; vypíše incident</translation>
    </message>
    <message>
        <source>when it ended (default: now)</source>
        <translation>kdy skončil (výchozí: nyní)</translation>
    </message>
    <message>
        <source>write the report of an incident for the customs service desk</source>
        <translation>zapsat hlášení o incidentu pro servisní desk celní správy</translation>
    </message>
    <message>
        <source>default: as FILE ends (.csv), else pdf</source>
        <translation>výchozí: podle přípony FILE (.csv), jinak pdf</translation>
    </message>
    <message>
        <source>outbound messages queued or sent without an answer during an incident: declarations to withdraw</source>
        <translation>odchozí zprávy, které byly během incidentu ve frontě nebo odeslány bez odpovědi: prohlášení ke zrušení</translation>
    </message>
    <message>
        <source>a range of paper declaration numbers the office allocated</source>
        <translation>rozsah čísel papírových prohlášení přidělený celním úřadem</translation>
    </message>
    <message>
        <source>the customs office the range belongs to, e.g. DE004600</source>
        <translation>celní úřad, ke kterému rozsah patří, např. DE004600</translation>
    </message>
    <message>
        <source>written before the number, e.g. BCP-</source>
        <translation>píše se před číslo, např. BCP-</translation>
    </message>
    <message>
        <source>the paper number ranges</source>
        <translation>rozsahy čísel papírových prohlášení</translation>
    </message>
    <message>
        <source>record a movement handled on paper (BCP); prints it with its deadline</source>
        <translation>zaznamenat přepravu vyřízenou na papíře (BCP); vypíše ji i s lhůtou</translation>
    </message>
    <message>
        <source>the country of destination, e.g. DE</source>
        <translation>země určení, např. DE</translation>
    </message>
    <message>
        <source>when the goods were taken over</source>
        <translation>kdy bylo zboží převzato</translation>
    </message>
    <message>
        <source>the paper declaration&apos;s number (default: the next of a range of the office of destination)</source>
        <translation>číslo papírového prohlášení (výchozí: další z rozsahu celního úřadu určení)</translation>
    </message>
    <message>
        <source>the paper document</source>
        <translation>papírový doklad</translation>
    </message>
    <message>
        <source>the incident that made it go on paper</source>
        <translation>incident, kvůli kterému se přešlo na papír</translation>
    </message>
    <message>
        <source>the movements handled on paper, with deadlines and reminders</source>
        <translation>přepravy vyřízené na papíře, s lhůtami a připomínkami</translation>
    </message>
    <message>
        <source>only those due today, tomorrow or overdue</source>
        <translation>pouze ty se lhůtou dnes nebo zítra a po lhůtě</translation>
    </message>
    <message>
        <source>the endorsed paper document was presented at the office of destination</source>
        <translation>potvrzený papírový doklad byl předložen celnímu úřadu určení</translation>
    </message>
    <message>
        <source>when (default: now)</source>
        <translation>kdy (výchozí: nyní)</translation>
    </message>
    <message>
        <source>refused: a movement handled on paper is never sent electronically</source>
        <translation>odmítnuto: přeprava vyřízená na papíře se nikdy neodesílá elektronicky</translation>
    </message>
    <message>
        <source>per month: movements on paper, messages declared electronically, the share</source>
        <translation>po měsících: přepravy na papíře, zprávy podané elektronicky, podíl</translation>
    </message>
    <message>
        <source>show or set the offices&apos; regions and the share that draws a warning</source>
        <translation>zobrazit nebo nastavit regiony úřadů a podíl, od kterého se upozorňuje</translation>
    </message>
    <message>
        <source>e.g. &apos;DE004600=HH DE002601=NW&apos; (&apos;&apos; for none)</source>
        <translation>např. &apos;DE004600=HH DE002601=NW&apos; (&apos;&apos; pro žádné)</translation>
    </message>
    <message>
        <source>warn above this share (default 5)</source>
        <translation>upozornit nad tímto podílem (výchozí 5)</translation>
    </message>
    <message>
        <source>store your access codes for a guarantee: JSON {&quot;pac&quot;, &quot;new_pac&quot;, &quot;spk&quot;: [...]} on stdin</source>
        <translation>uložit vaše přístupové kódy k záruce: JSON {&quot;pac&quot;, &quot;new_pac&quot;, &quot;spk&quot;: [...]} na stdin</translation>
    </message>
    <message>
        <source>show your own access codes for a guarantee</source>
        <translation>zobrazit vaše vlastní přístupové kódy k záruce</translation>
    </message>
    <message>
        <source>queue the access code registration (E_ACC_COD) with your codes</source>
        <translation>zařadit do fronty registraci přístupových kódů (E_ACC_COD) s vašimi kódy</translation>
    </message>
    <message>
        <source>send it before the others (first when the gateway is back after an outage)</source>
        <translation>odeslat přednostně (jako první, jakmile je brána po výpadku opět dostupná)</translation>
    </message>
    <message>
        <source>send it now and fetch answers (like sync)</source>
        <translation>odeslat hned a stáhnout odpovědi (jako sync)</translation>
    </message>
    <message>
        <source>queue a guarantee query (CC034C) for one or more GRNs</source>
        <translation>zařadit do fronty dotaz na záruku (CC034C) pro jedno nebo více GRN</translation>
    </message>
    <message>
        <source>usage period start, YYYY-MM-DD (default: 30 days ago)</source>
        <translation>začátek období čerpání, YYYY-MM-DD (výchozí: před 30 dny)</translation>
    </message>
    <message>
        <source>usage period end, YYYY-MM-DD (default: today)</source>
        <translation>konec období čerpání, YYYY-MM-DD (výchozí: dnes)</translation>
    </message>
    <message>
        <source>usage without a period: only the operations not yet released</source>
        <translation>čerpání bez období: pouze dosud neuvolněné operace</translation>
    </message>
    <message>
        <source>send the outbox, fetch and apply the inbox; prints a JSON summary</source>
        <translation>odeslat zprávy k odeslání, stáhnout a zapracovat přijaté; vypíše souhrn v JSON</translation>
    </message>
    <message>
        <source>list messages in and out</source>
        <translation>vypsat přijaté a odeslané zprávy</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>fulltextové vyhledávání</translation>
    </message>
    <message>
        <source>print a message as XML or as its preview HTML</source>
        <translation>vypsat zprávu jako XML nebo jako HTML náhled</translation>
    </message>
    <message>
        <source>the message&apos;s number or its message identification</source>
        <translation>číslo zprávy nebo identifikace zprávy</translation>
    </message>
    <message>
        <source>its fields and its history</source>
        <translation>její pole a historie</translation>
    </message>
    <message>
        <source>apply a quarantined answer again at the next send and receive</source>
        <translation>znovu zapracovat odpověď v karanténě při příštím odeslání a přijetí</translation>
    </message>
    <message>
        <source>the message&apos;s number</source>
        <translation>číslo zprávy</translation>
    </message>
    <message>
        <source>list the communication parameter sets</source>
        <translation>vypsat sady komunikačních parametrů</translation>
    </message>
    <message>
        <source>change a communication parameter set; prints it</source>
        <translation>změnit sadu komunikačních parametrů; vypíše ji</translation>
    </message>
    <message>
        <source>the parameter set&apos;s id (see params)</source>
        <translation>ID sady parametrů (viz params)</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>její název</translation>
    </message>
    <message>
        <source>the gateway: an http(s) URL or a mailbox folder</source>
        <translation>brána: URL http(s) nebo složka poštovní schránky</translation>
    </message>
    <message>
        <source>the participant&apos;s EORI</source>
        <translation>EORI účastníka</translation>
    </message>
    <message>
        <source>the participant code</source>
        <translation>kód účastníka</translation>
    </message>
    <message>
        <source>the NCTS permit number</source>
        <translation>číslo povolení NCTS</translation>
    </message>
    <message>
        <source>check a message file against the schemas</source>
        <translation>zkontrolovat soubor zprávy podle schémat</translation>
    </message>
    <message>
        <source>run the customs simulator (training environment) on loopback</source>
        <translation>spustit simulátor celní správy (školicí prostředí) na rozhraní loopback</translation>
    </message>
    <message>
        <source>JSON file of register entries to add or replace</source>
        <translation>soubor JSON se záznamy registru, které se přidají nebo nahradí</translation>
    </message>
    <message>
        <source>minimum time between queries on one GRN</source>
        <translation>minimální doba mezi dotazy na jedno GRN</translation>
    </message>
    <message>
        <source>folder of official XSDs to validate against as well</source>
        <translation>složka oficiálních XSD, podle kterých se má také validovat</translation>
    </message>
    <message>
        <source>also serve a mailbox folder (out/ and in/)</source>
        <translation>obsluhovat také složku poštovní schránky (out/ a in/)</translation>
    </message>
    <message>
        <source>start in a simulated outage</source>
        <translation>spustit v simulovaném výpadku</translation>
    </message>
    <message>
        <source>seconds before answers become available</source>
        <translation>počet sekund, než budou odpovědi k dispozici</translation>
    </message>
    <message>
        <source>create or migrate the database</source>
        <translation>vytvořit nebo migrovat databázi</translation>
    </message>
    <message>
        <source>load the demo organisations, guarantees and parameter sets</source>
        <translation>načíst ukázkové organizace, záruky a sady parametrů</translation>
    </message>
    <message>
        <source>import EU CS/RD2 code lists and the customs office list</source>
        <translation>importovat číselníky EU CS/RD2 a seznam celních úřadů</translation>
    </message>
    <message>
        <source>check a GRN and its check digit</source>
        <translation>zkontrolovat GRN a jeho kontrolní číslici</translation>
    </message>
    <message>
        <source>add an organisation</source>
        <translation>přidat organizaci</translation>
    </message>
    <message>
        <source>add a guarantee to an organisation</source>
        <translation>přidat záruku k organizaci</translation>
    </message>
    <message>
        <source>keep a GRN whose only fault is its check digit (training data)</source>
        <translation>ponechat GRN, jehož jedinou chybou je kontrolní číslice (školicí data)</translation>
    </message>
    <message>
        <source>list organisations</source>
        <translation>vypsat organizace</translation>
    </message>
    <message>
        <source>list guarantees</source>
        <translation>vypsat záruky</translation>
    </message>
    <message>
        <source>a summary declaration (ATLAS CUSPRL) from a JSON file: new, or with --id replacing the working copy of one</source>
        <translation>souhrnné celní prohlášení (ATLAS CUSPRL) ze souboru JSON: nové, nebo s --id jako náhrada pracovní kopie existujícího</translation>
    </message>
    <message>
        <source>the JSON declaration (&apos;-&apos; for stdin)</source>
        <translation>prohlášení v JSON (&apos;-&apos; pro stdin)</translation>
    </message>
    <message>
        <source>the declaration whose working copy it replaces</source>
        <translation>prohlášení, jehož pracovní kopii nahrazuje</translation>
    </message>
    <message>
        <source>check a summary declaration against what customs hold and queue it</source>
        <translation>zkontrolovat souhrnné celní prohlášení vůči údajům celní správy a zařadit ho do fronty</translation>
    </message>
    <message>
        <source>the confirmation flag (ESA: 1 or 2; ESV: 3)</source>
        <translation>příznak potvrzení (ESA: 1 nebo 2; ESV: 3)</translation>
    </message>
    <message>
        <source>the positions to send or confirm, e.g. 1,2,5</source>
        <translation>položky k odeslání nebo potvrzení, např. 1,2,5</translation>
    </message>
    <message>
        <source>list the summary declarations</source>
        <translation>vypsat souhrnná celní prohlášení</translation>
    </message>
    <message>
        <source>a summary declaration with its positions</source>
        <translation>souhrnné celní prohlášení s jeho položkami</translation>
    </message>
    <message>
        <source>add a user (administrators)</source>
        <translation>přidat uživatele (správci)</translation>
    </message>
    <message>
        <source>advanced acts for organisations and needs the identity confirmed (default: basic)</source>
        <translation>advanced jedná za organizace a vyžaduje ověřenou totožnost (výchozí: basic)</translation>
    </message>
    <message>
        <source>file whose first line is the new password</source>
        <translation>soubor, jehož první řádek je nové heslo</translation>
    </message>
    <message>
        <source>how the identity was confirmed (advanced level; default: confirmed by the administrator)</source>
        <translation>jak byla totožnost ověřena (úroveň advanced; výchozí: ověřeno správcem)</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>vypsat uživatele</translation>
    </message>
    <message>
        <source>change your password</source>
        <translation>změnit své heslo</translation>
    </message>
    <message>
        <source>set a new password for a user (administrators; their codes are lost)</source>
        <translation>nastavit uživateli nové heslo (správci; jeho kódy budou ztraceny)</translation>
    </message>
    <message>
        <source>let a user (or an agency organisation) act for an organisation</source>
        <translation>umožnit uživateli (nebo agentuře, tj. organizaci) jednat za organizaci</translation>
    </message>
    <message>
        <source>the person who represents</source>
        <translation>osoba, která zastupuje</translation>
    </message>
    <message>
        <source>the agency organisation that represents</source>
        <translation>agentura (organizace), která zastupuje</translation>
    </message>
    <message>
        <source>the organisation represented</source>
        <translation>zastupovaná organizace</translation>
    </message>
    <message>
        <source>power of attorney reference</source>
        <translation>označení plné moci</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD (výchozí: dnes)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: open-ended)</source>
        <translation>poslední den, YYYY-MM-DD (výchozí: bez omezení)</translation>
    </message>
    <message>
        <source>list representations</source>
        <translation>vypsat zastoupení</translation>
    </message>
    <message>
        <source>the audit log, newest first</source>
        <translation>auditní záznam, od nejnovějších</translation>
    </message>
    <message>
        <source>only this user&apos;s entries</source>
        <translation>pouze záznamy tohoto uživatele</translation>
    </message>
    <message>
        <source>only this action (e.g. spk_used, login_failed)</source>
        <translation>pouze tato akce (např. spk_used, login_failed)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or a time (UTC) YYYY-MM-DDTHH:MM:SS</source>
        <translation>YYYY-MM-DD, nebo čas (UTC) YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (the whole day), or a time (UTC)</source>
        <translation>YYYY-MM-DD (celý den), nebo čas (UTC)</translation>
    </message>
    <message>
        <source>at most this many entries (default: all)</source>
        <translation>nejvýše tolik záznamů (výchozí: všechny)</translation>
    </message>
    <message>
        <source>copy this data folder&apos;s database into an empty office database (--to), or an office database into a new data folder (--from); verified by counts and checksums; prints JSON</source>
        <translation>zkopírovat databázi této datové složky do prázdné databáze kanceláře (--to), nebo databázi kanceláře do nové datové složky (--from); ověří se podle počtu záznamů a kontrolních součtů; vypíše JSON</translation>
    </message>
    <message>
        <source>the empty office database to fill</source>
        <translation>prázdná databáze kanceláře, která se má naplnit</translation>
    </message>
    <message>
        <source>the office database to copy into the data folder</source>
        <translation>databáze kanceláře, která se má zkopírovat do datové složky</translation>
    </message>
    <message>
        <source>write this workstation&apos;s key, which every workstation of the office needs, to FILE locked with a passphrase (administrators)</source>
        <translation>zapsat klíč této pracovní stanice, který potřebuje každá pracovní stanice kanceláře, do FILE, uzamčený heslovou frází (správci)</translation>
    </message>
    <message>
        <source>file whose first line is the passphrase (at least 12 characters)</source>
        <translation>soubor, jehož první řádek je heslová fráze (nejméně 12 znaků)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>nahradit FILE, pokud existuje</translation>
    </message>
    <message>
        <source>make the office key exported on another workstation this one&apos;s; a different key it had is kept beside it</source>
        <translation>převzít klíč kanceláře exportovaný na jiné pracovní stanici jako klíč této stanice; dosavadní odlišný klíč se uchová vedle něj</translation>
    </message>
    <message>
        <source>file whose first line is the passphrase</source>
        <translation>soubor, jehož první řádek je heslová fráze</translation>
    </message>
    <message>
        <source>let the server role ROLE use the office database given with --database-url, without the right to change or delete the audit log; run as the role owning its tables; prints JSON</source>
        <translation>povolit serverové roli ROLE používat databázi kanceláře zadanou v --database-url, bez práva měnit nebo mazat auditní záznam; spustit jako role, které patří její tabulky; vypíše JSON</translation>
    </message>
    <message>
        <source>keep the password of the office database&apos;s server account in the system keyring once the server has taken it, or remove it with --forget; prints JSON</source>
        <translation>uložit heslo serverového účtu databáze kanceláře do systémové klíčenky, jakmile je server přijme, nebo je odstranit pomocí --forget; vypíše JSON</translation>
    </message>
    <message>
        <source>file whose first line is the password; without it, the password is asked for (or read from standard input)</source>
        <translation>soubor, jehož prvním řádkem je heslo; bez něj se na heslo zeptá (nebo je přečte ze standardního vstupu)</translation>
    </message>
    <message>
        <source>remove the password the system keyring keeps for this account</source>
        <translation>odstranit heslo, které systémová klíčenka pro tento účet uchovává</translation>
    </message>
    <message>
        <source>which database this workstation uses; for an office database, whether it answers, the server&apos;s version and the schema&apos;s; prints JSON</source>
        <translation>kterou databázi tato pracovní stanice používá; u databáze kanceláře také, zda odpovídá, verzi serveru a verzi schématu; vypíše JSON</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>--password-file needs --user NAME: say whose password it is.</source>
        <translation>--password-file vyžaduje --user JMÉNO: uveďte, čí je to heslo.</translation>
    </message>
    <message>
        <source>A command line is shown to everyone on the computer and kept in logs: leave the password out of {option} and keep it in the system keyring with db-password, or give it in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Příkazový řádek vidí každý na tomto počítači a ukládá se do protokolů: heslo do {option} nepište; uložte je do systémové klíčenky pomocí db-password, nebo je zadejte v PGPASSWORD či v souboru s hesly (~/.pgpass).</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>Soubor s heslem {path} nelze přečíst: {reason}.</translation>
    </message>
    <message>
        <source>The password file {path} is empty: put the password on its first line.</source>
        <translation>Soubor s heslem {path} je prázdný: zapište heslo na jeho první řádek.</translation>
    </message>
    <message>
        <source>The administration must be one of {administrations}.</source>
        <translation>Celní správa musí být jedna z: {administrations}.</translation>
    </message>
    <message>
        <source>The database cannot be used right now ({reason}); nothing was changed. Try again, or close the other program that holds it.</source>
        <translation>Databázi nyní nelze použít ({reason}); nic nebylo změněno. Zkuste to znovu, nebo zavřete jiný program, který ji má otevřenou.</translation>
    </message>
    <message>
        <source>Give what to change, e.g. --ticket T or --confirmed yes.</source>
        <translation>Uveďte, co se má změnit, např. --ticket T nebo --confirmed yes.</translation>
    </message>
    <message>
        <source>Not JSON ({reason}): give an object with &quot;pac&quot;, &quot;new_pac&quot; and &quot;spk&quot;.</source>
        <translation>Není JSON ({reason}): zadejte objekt s &quot;pac&quot;, &quot;new_pac&quot; a &quot;spk&quot;.</translation>
    </message>
    <message>
        <source>Give a JSON object like {&quot;pac&quot;: &quot;AB12&quot;, &quot;spk&quot;: [&quot;CD34&quot;]}; &quot;spk&quot; is a list.</source>
        <translation>Zadejte objekt JSON jako {&quot;pac&quot;: &quot;AB12&quot;, &quot;spk&quot;: [&quot;CD34&quot;]}; &quot;spk&quot; je seznam.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a code in quotes, e.g. &quot;AB12&quot;, or null to clear it.</source>
        <translation>&quot;{field}&quot; musí být kód v uvozovkách, např. &quot;AB12&quot;, nebo null pro vymazání.</translation>
    </message>
    <message>
        <source>&quot;spk&quot; must be a list of codes in quotes, e.g. [&quot;CD34&quot;, &quot;EF56&quot;].</source>
        <translation>&quot;spk&quot; musí být seznam kódů v uvozovkách, např. [&quot;CD34&quot;, &quot;EF56&quot;].</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a message number: give a whole number from 1 to {largest}, or the message identification.</source>
        <translation>„{given}“ není číslo zprávy: zadejte celé číslo od 1 do {largest}, nebo identifikaci zprávy.</translation>
    </message>
    <message>
        <source>Message {id} has no readable content (state: {state}); see its history with &apos;messages --json&apos;.</source>
        <translation>Zpráva {id} nemá čitelný obsah (stav: {state}); její historii zobrazíte příkazem &apos;messages --json&apos;.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Soubor {file} nelze přečíst: {reason}.</translation>
    </message>
    <message>
        <source>GRN {grn} is recorded {count} times (ids {ids}): remove the duplicates first.</source>
        <translation>GRN {grn} je zaznamenáno {count}× (ID {ids}): nejprve odstraňte duplicity.</translation>
    </message>
    <message>
        <source>The file is not JSON ({reason}).</source>
        <translation>Soubor není JSON ({reason}).</translation>
    </message>
    <message>
        <source>Changing a password needs the current one: give --user NAME --password-file FILE before the command.</source>
        <translation>Změna hesla vyžaduje současné heslo: před příkazem zadejte --user JMÉNO --password-file SOUBOR.</translation>
    </message>
    <message>
        <source>Note: PGPASSWORD is set, and comes first: the password kept in the system keyring is used where PGPASSWORD is not.</source>
        <translation>Poznámka: je nastaveno PGPASSWORD, které má přednost: heslo uložené v systémové klíčence se použije tam, kde PGPASSWORD nastaveno není.</translation>
    </message>
    <message>
        <source>Name the office database with --database-url or CUSTOMSDESK_DATABASE_URL.</source>
        <translation>Zadejte databázi kanceláře pomocí --database-url nebo CUSTOMSDESK_DATABASE_URL.</translation>
    </message>
    <message>
        <source>Password of the server account: </source>
        <translation>Heslo serverového účtu: </translation>
    </message>
    <message>
        <source>No password was given: type it, or give a file whose first line it is with --password-file.</source>
        <translation>Nebylo zadáno žádné heslo: napište je, nebo pomocí --password-file uveďte soubor, jehož prvním řádkem je.</translation>
    </message>
</context>
<context>
    <name>Communication</name>
    <message>
        <source>Open</source>
        <translation>Otevřeno</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Probíhá</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Není potřeba</translation>
    </message>
    <message>
        <source>Settings ▸ Communication parameters ▸ Participant code</source>
        <translation>Nastavení ▸ Komunikační parametry ▸ Kód účastníka</translation>
    </message>
    <message>
        <source>change the onboarding checklist</source>
        <translation>měnit kontrolní seznam zprovoznění</translation>
    </message>
    <message>
        <source>Only port orders for sea-freight export are created here: the certificate is needed only for exit summary declarations and re-export notifications.</source>
        <translation>Vytvářejí se zde pouze přístavní příkazy pro vývoz po moři: certifikát je potřeba jen pro výstupní souhrnná celní prohlášení a oznámení o zpětném vývozu.</translation>
    </message>
    <message>
        <source>Register the certificate with German customs. Open a business account in the customs business portal (Zoll-Portal) with the company&apos;s ELSTER certificate and wait for the confirmation, which can take a few days. Then sign in to the portal, open Services ▸ “Certificate administration for B2A” (Zertifikatsverwaltung für B2A) ▸ Add certificate and choose the purpose “ATLAS digital signature for web-service communication” (ATLAS Digitale Signatur zur Webservice Kommunikation). Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Zaregistrujte certifikát u německé celní správy. Otevřete firemní účet na obchodním portálu celní správy (Zoll-Portal) pomocí certifikátu ELSTER vaší společnosti a vyčkejte na potvrzení, které může trvat několik dní. Poté se přihlaste na portál, otevřete Služby ▸ „Správa certifikátů pro B2A“ (Zertifikatsverwaltung für B2A) ▸ Přidat certifikát a zvolte účel „Digitální podpis ATLAS pro komunikaci přes webové služby“ (ATLAS Digitale Signatur zur Webservice Kommunikation). Nahrajte pouze certifikát — nikdy ne soukromý klíč ani soubor PKCS#12/PFX.</translation>
    </message>
    <message>
        <source>Register the certificate with the {administration} customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <extracomment>{administration}: the code of an administration that has no text of its own</extracomment>
        <translation>Zaregistrujte certifikát u celní správy {administration} jako certifikát, kterým se podepisují vaše elektronické zprávy (systém–systém), podle registračního postupu na jejím celním portálu. Nahrajte pouze certifikát — nikdy ne soukromý klíč ani soubor PKCS#12/PFX.</translation>
    </message>
    <message>
        <source>Register the certificate with the Czech customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Zaregistrujte certifikát u české celní správy jako certifikát, kterým se podepisují vaše elektronické zprávy (systém–systém), podle registračního postupu na jejím celním portálu. Nahrajte pouze certifikát — nikdy ne soukromý klíč ani soubor PKCS#12/PFX.</translation>
    </message>
    <message>
        <source>Register the certificate with the Polish customs administration as the certificate that signs your electronic (system-to-system) messages, following the registration procedure on its customs portal. Upload the certificate only — never the private key or the PKCS#12/PFX file.</source>
        <translation>Zaregistrujte certifikát u polské celní správy jako certifikát, kterým se podepisují vaše elektronické zprávy (systém–systém), podle registračního postupu na jejím celním portálu. Nahrajte pouze certifikát — nikdy ne soukromý klíč ani soubor PKCS#12/PFX.</translation>
    </message>
    <message>
        <source>Apply for the participant certificate</source>
        <translation>Požádat o certifikát účastníka</translation>
    </message>
    <message>
        <source>Order a certificate for this EORI from a qualified trust service provider: an eIDAS qualified or advanced seal certificate (sold for example as “Qualified Seal ID”) with an RSA or ECC key and the key usages digital signature and non-repudiation — ask the provider if unsure. It costs money and takes 8–10 weeks to arrive. It is valid for one year and has to be renewed every year. One certificate serves every administration and module of the EORI.</source>
        <translation>Objednejte pro toto EORI certifikát u kvalifikovaného poskytovatele služeb vytvářejících důvěru: kvalifikovaný nebo zaručený certifikát pro elektronickou pečeť podle eIDAS (prodává se například jako „Qualified Seal ID“) s klíčem RSA nebo ECC a s použitím klíče digitální podpis a nepopiratelnost — pokud si nejste jisti, zeptejte se poskytovatele. Je zpoplatněný a jeho dodání trvá 8–10 týdnů. Platí jeden rok a každý rok je nutné jej obnovit. Jeden certifikát slouží pro všechny celní správy a moduly daného EORI.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Číslo objednávky</translation>
    </message>
    <message>
        <source>Register the certificate with customs</source>
        <translation>Zaregistrovat certifikát u celní správy</translation>
    </message>
    <message>
        <source>Send the certificate to the gateway operator</source>
        <translation>Odeslat certifikát provozovateli brány</translation>
    </message>
    <message>
        <source>Mail the certificate file you received from the trust service provider to the service provider or gateway operator that runs your connection, without its password, with the subject line “Einrichtung WKS, &lt;participant code&gt;” so that it is set up for the right participant. An automatic receipt comes first and later a mail with a ticket number: enter the ticket number here.</source>
        <translation>Pošlete soubor s certifikátem, který jste obdrželi od poskytovatele služeb vytvářejících důvěru, e-mailem poskytovateli služeb nebo provozovateli brány, který zajišťuje vaše připojení, bez hesla a s předmětem „Einrichtung WKS, &lt;kód účastníka&gt;“, aby byl nastaven pro správného účastníka. Nejprve přijde automatické potvrzení a později e-mail s číslem požadavku: číslo požadavku zadejte sem.</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Číslo požadavku</translation>
    </message>
    <message>
        <source>Send the password in a separate reply</source>
        <translation>Odeslat heslo v samostatné odpovědi</translation>
    </message>
    <message>
        <source>Once the mail with the ticket number has arrived, reply to it with the certificate&apos;s password and nothing else, so that the operator matches the password to the right certificate. Never send the certificate and its password in the same mail. CustomsDesk never exports a certificate together with its password.</source>
        <translation>Jakmile přijde e-mail s číslem požadavku, odpovězte na něj a uveďte v odpovědi pouze heslo k certifikátu, aby provozovatel přiřadil heslo ke správnému certifikátu. Nikdy neposílejte certifikát a jeho heslo ve stejném e-mailu. CustomsDesk nikdy neexportuje certifikát spolu s jeho heslem.</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>the whole checklist</comment>
        <translation>není potřeba</translation>
    </message>
    <message>
        <source>{done} of {total} done ({not_needed} not needed)</source>
        <translation>hotovo {done} z {total} ({not_needed} není potřeba)</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>hotovo {done} z {total}</translation>
    </message>
    <message>
        <source>The step must be one of {steps}.</source>
        <translation>Krok musí být jeden z: {steps}.</translation>
    </message>
    <message>
        <source>The state must be one of {states}.</source>
        <translation>Stav musí být jeden z: {states}.</translation>
    </message>
    <message>
        <source>An open step has not started: set the state to in progress or done, or leave the start date empty.</source>
        <translation>Otevřený krok ještě nebyl zahájen: nastavte stav na Probíhá nebo Hotovo, nebo nechte datum zahájení prázdné.</translation>
    </message>
    <message>
        <source>Only a step that is done has a done date: set the state to done, or leave the done date empty.</source>
        <translation>Datum dokončení má pouze hotový krok: nastavte stav na Hotovo, nebo nechte datum dokončení prázdné.</translation>
    </message>
    <message>
        <source>Step {number} has no reference to record: leave it empty (the ticket number belongs to step 3).</source>
        <translation>Krok {number} nemá žádné číslo k zaznamenání: nechte pole prázdné (číslo požadavku patří ke kroku 3).</translation>
    </message>
    <message>
        <source>A step that is not needed says why: write the reason in the note, e.g. “{reason}”.</source>
        <translation>U kroku, který není potřeba, uveďte proč: napište důvod do poznámky, např. „{reason}“.</translation>
    </message>
    <message>
        <source>A step that is not needed says why: write the reason in the note.</source>
        <translation>U kroku, který není potřeba, uveďte proč: napište důvod do poznámky.</translation>
    </message>
    <message>
        <source>Step {number} can be done only with the participant certificate of EORI {eori} at hand, and none is imported: import it in {place} first, then mark this step done.</source>
        <translation>Krok {number} lze provést, jen když máte k dispozici certifikát účastníka pro EORI {eori}, a žádný není importován: nejprve jej importujte v {place}, pak tento krok označte jako hotový.</translation>
    </message>
    <message>
        <source>The password is sent only in a separate reply after the gateway operator has answered with a ticket number — never together with the certificate. Mark step 3 done with its ticket number first.</source>
        <translation>Heslo se posílá pouze v samostatné odpovědi poté, co provozovatel brány odpoví číslem požadavku — nikdy spolu s certifikátem. Nejprve označte krok 3 jako hotový a zadejte jeho číslo požadavku.</translation>
    </message>
    <message>
        <source>Step 4 records the password as done for ticket {ticket}, so step 3 has to stay done with that ticket number: set step 4 back to open first.</source>
        <translation>Krok 4 zaznamenává heslo jako odeslané pro požadavek {ticket}, takže krok 3 musí zůstat hotový s tímto číslem požadavku: nejprve vraťte krok 4 do stavu Otevřeno.</translation>
    </message>
    <message>
        <source>Step 4 records the password as in progress for ticket {ticket}, so step 3 has to stay done with that ticket number: set step 4 back to open first.</source>
        <translation>Krok 4 zaznamenává heslo jako rozpracované pro požadavek {ticket}, takže krok 3 musí zůstat hotový s tímto číslem požadavku: nejprve vraťte krok 4 do stavu Otevřeno.</translation>
    </message>
    <message>
        <source>Applied on {date}: the certificate is expected between {early} and {late}.</source>
        <translation>Žádost podána {date}: certifikát se očekává mezi {early} a {late}.</translation>
    </message>
    <message>
        <source>That is past: ask the trust service provider where it is.</source>
        <translation>Tento termín již uplynul: zeptejte se poskytovatele služeb vytvářejících důvěru, kde certifikát je.</translation>
    </message>
    <message>
        <source>Import it in {place} when it arrives.</source>
        <translation>Až dorazí, importujte jej v {place}.</translation>
    </message>
    <message>
        <source>No participant certificate is imported for this EORI yet: import it in {place} (the PKCS#12/PFX file and its password) so that steps 2 and 3 can use it.</source>
        <translation>Pro toto EORI zatím není importován žádný certifikát účastníka: importujte jej v {place} (soubor PKCS#12/PFX a jeho heslo), aby jej mohly použít kroky 2 a 3.</translation>
    </message>
    <message>
        <source>A new certificate costs money and takes 8–10 weeks: applied today, it would arrive between {early} and {late}.</source>
        <translation>Nový certifikát je zpoplatněný a jeho dodání trvá 8–10 týdnů: při podání žádosti dnes by dorazil mezi {early} a {late}.</translation>
    </message>
    <message>
        <source>The participant certificate was imported on {date}, valid until {end}.</source>
        <translation>Certifikát účastníka byl importován {date}, platí do {end}.</translation>
    </message>
    <message>
        <source>It is a test certificate, usable in training only.</source>
        <translation>Jde o testovací certifikát, použitelný pouze ve školicím prostředí.</translation>
    </message>
    <message>
        <source>It has expired: apply for a new one now.</source>
        <translation>Jeho platnost vypršela: požádejte nyní o nový.</translation>
    </message>
    <message>
        <source>Order the yearly renewal by {date}: a new one takes 8–10 weeks.</source>
        <translation>Objednejte každoroční obnovu do {date}: dodání nového trvá 8–10 týdnů.</translation>
    </message>
    <message>
        <source>Mark this step done.</source>
        <translation>Označte tento krok jako hotový.</translation>
    </message>
    <message>
        <source>Import the participant certificate in {place} first: this step can be marked done only then.</source>
        <translation>Nejprve importujte certifikát účastníka v {place}: teprve potom lze tento krok označit jako hotový.</translation>
    </message>
    <message>
        <source>Registered. Step 3 sends the certificate to the gateway operator.</source>
        <translation>Zaregistrováno. V kroku 3 se certifikát odešle provozovateli brány.</translation>
    </message>
    <message>
        <source>Use “Export public certificate…” and upload that file: it holds the public certificate only. Never upload the PKCS#12/PFX file or the private key.</source>
        <translation>Použijte „Exportovat veřejný certifikát…“ a nahrajte tento soubor: obsahuje pouze veřejný certifikát. Nikdy nenahrávejte soubor PKCS#12/PFX ani soukromý klíč.</translation>
    </message>
    <message>
        <source>No participant code is set for EORI {eori} in {administration}, and the mail subject names it: fill it in {setting}.</source>
        <translation>Pro EORI {eori} není u celní správy {administration} nastaven žádný kód účastníka, a předmět e-mailu jej uvádí: vyplňte jej v {setting}.</translation>
    </message>
    <message>
        <source>Mail subject: “{subject}”.</source>
        <translation>Předmět e-mailu: „{subject}“.</translation>
    </message>
    <message>
        <source>One mail per participant code, with the subjects {subjects}.</source>
        <translation>Jeden e-mail pro každý kód účastníka, s předměty {subjects}.</translation>
    </message>
    <message>
        <source>Ticket number {ticket}: reply to that mail with the password (step 4).</source>
        <translation>Číslo požadavku {ticket}: odpovězte na tento e-mail a uveďte heslo (krok 4).</translation>
    </message>
    <message>
        <source>Waiting for the ticket number: enter it here when the operator&apos;s mail arrives.</source>
        <translation>Čeká se na číslo požadavku: zadejte jej sem, až přijde e-mail od provozovatele.</translation>
    </message>
    <message>
        <source>Send it once it is registered with customs (step 2), without its password.</source>
        <translation>Odešlete jej, jakmile bude zaregistrován u celní správy (krok 2), bez hesla.</translation>
    </message>
    <message>
        <source>Send the certificate without its password.</source>
        <translation>Odešlete certifikát bez hesla.</translation>
    </message>
    <message>
        <source>Wait for the ticket number of step 3 before sending the password. Never send the certificate and its password together.</source>
        <translation>Před odesláním hesla počkejte na číslo požadavku z kroku 3. Nikdy neposílejte certifikát a jeho heslo společně.</translation>
    </message>
    <message>
        <source>The password was sent in reply to ticket {ticket}.</source>
        <translation>Heslo bylo odesláno v odpovědi na požadavek {ticket}.</translation>
    </message>
    <message>
        <source>Reply to the operator&apos;s mail with ticket number {ticket}, with the certificate&apos;s password only — no attachment.</source>
        <translation>Odpovězte na e-mail provozovatele s číslem požadavku {ticket} a uveďte pouze heslo k certifikátu — bez přílohy.</translation>
    </message>
    <message>
        <source>The administration must be one of {codes}.</source>
        <translation>Celní správa musí být jedna z: {codes}.</translation>
    </message>
    <message>
        <source>The start date {date} is in the future: give the day the step was started, today at the latest.</source>
        <translation>Datum zahájení {date} je v budoucnosti: zadejte den, kdy byl krok zahájen, nejpozději dnešek.</translation>
    </message>
    <message>
        <source>The done date {date} is in the future: mark the step done on the day it was done, today at the latest.</source>
        <translation>Datum dokončení {date} je v budoucnosti: označte krok jako hotový v den, kdy byl dokončen, nejpozději dnes.</translation>
    </message>
    <message>
        <source>The done date {date} is before the start date {start}: correct one of the two dates.</source>
        <translation>Datum dokončení {date} je před datem zahájení {start}: opravte jedno z obou dat.</translation>
    </message>
    <message>
        <source>Settings ▸ Communication parameters ▸ NCTS permit number for electronic communication</source>
        <translation>Nastavení ▸ Komunikační parametry ▸ Číslo povolení NCTS pro elektronickou komunikaci</translation>
    </message>
    <message>
        <source>Give the parameter set a name, e.g. &apos;CZ NCTS production&apos;.</source>
        <translation>Pojmenujte sadu parametrů, např. „CZ NCTS produkce“.</translation>
    </message>
    <message>
        <source>Administration must be one of {codes}.</source>
        <translation>Celní správa musí být jedna z: {codes}.</translation>
    </message>
    <message>
        <source>Environment must be one of {codes}.</source>
        <translation>Prostředí musí být jedno z: {codes}.</translation>
    </message>
    <message>
        <source>The branch number has exactly 4 digits (0000 for the head office).</source>
        <translation>Číslo pobočky má přesně 4 číslice (0000 pro sídlo společnosti).</translation>
    </message>
    <message>
        <source>The gateway is an http(s):// address or a mailbox folder path.</source>
        <translation>Brána je adresa http(s):// nebo cesta ke složce poštovní schránky.</translation>
    </message>
    <message>
        <source>{what} has no communication parameters: choose a parameter set in the guarantee editor.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot; or &quot;The balance query for 25CZ…&quot;</extracomment>
        <translation>{what}: chybí komunikační parametry — vyberte sadu parametrů v editoru záruky.</translation>
    </message>
    <message>
        <source>{what} cannot be sent: the communication parameters &apos;{name}&apos; have no NCTS permit number for electronic communication. Fill it in {setting}.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot;; {setting}: where to fill the number in</extracomment>
        <translation>{what}: nelze odeslat, komunikační parametry „{name}“ nemají číslo povolení NCTS pro elektronickou komunikaci. Vyplňte jej v {setting}.</translation>
    </message>
    <message>
        <source>{what} cannot be sent: the communication parameters &apos;{name}&apos; have no gateway. Fill it in Settings ▸ Communication parameters.</source>
        <extracomment>{what}: what was to be sent, e.g. &quot;Guarantee 25CZ…&quot;</extracomment>
        <translation>{what}: nelze odeslat, komunikační parametry „{name}“ nemají bránu. Vyplňte ji v Nastavení ▸ Komunikační parametry.</translation>
    </message>
    <message>
        <source>Communication parameter set {id} does not exist.</source>
        <translation>Sada komunikačních parametrů {id} neexistuje.</translation>
    </message>
    <message>
        <source>change communication parameter sets</source>
        <translation>měnit sady komunikačních parametrů</translation>
    </message>
    <message>
        <source>The parameter set “{name}” was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Sadu parametrů „{name}“ mezitím změnil někdo jiný (možná na jiné pracovní stanici). Vaše změny nebyly uloženy: načtěte ji znovu, abyste viděli jeho změny, a pak proveďte své znovu.</translation>
    </message>
    <message>
        <source>delete communication parameter sets</source>
        <translation>mazat sady komunikačních parametrů</translation>
    </message>
</context>
<context>
    <name>Continuity</name>
    <message>
        <source>BCP transit accompanying document (BCP-TAD)</source>
        <translation>Tranzitní doprovodný doklad BCP (BCP-TAD)</translation>
    </message>
    <message>
        <source>transit accompanying document (TAD)</source>
        <translation>tranzitní doprovodný doklad (TAD)</translation>
    </message>
    <message>
        <source>Present the endorsed document by {deadline}: the working day after taking over the goods on {taken_over} ({where}).</source>
        <translation>Předložte potvrzený doklad do {deadline}: pracovní den po převzetí zboží dne {taken_over} ({where}).</translation>
    </message>
    <message>
        <source>Present the endorsed document by {deadline}: the working day after taking over the goods on {taken_over} ({where}); not a working day: {skipped}.</source>
        <translation>Předložte potvrzený doklad do {deadline}: pracovní den po převzetí zboží dne {taken_over} ({where}); vynechané nepracovní dny: {skipped}.</translation>
    </message>
    <message>
        <source>office of destination</source>
        <translation>celní úřad určení</translation>
    </message>
    <message>
        <source>office of departure</source>
        <translation>celní úřad odeslání</translation>
    </message>
    <message>
        <source>The office of destination {office} is in {office_country}, not {country}: the deadline follows the public holidays of the destination country, so give {office_country}.</source>
        <translation>Celní úřad určení {office} je v zemi {office_country}, nikoli v zemi {country}: lhůta se řídí svátky země určení, proto zadejte {office_country}.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a paper document: {kinds}.</source>
        <translation>„{kind}“ není papírový doklad: {kinds}.</translation>
    </message>
    <message>
        <source>Incident {id} does not exist: see the incident log.</source>
        <translation>Incident {id} neexistuje: viz evidence incidentů.</translation>
    </message>
    <message>
        <source>The notes have {count} characters; at most {most}.</source>
        <translation>Poznámky mají {count} znaků; povoleno je nejvýše {most}.</translation>
    </message>
    <message>
        <source>the taking over of the goods</source>
        <translation>převzetí zboží</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>víkend</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>státní svátek</translation>
    </message>
    <message>
        <source>{holiday}, a public holiday</source>
        <translation>{holiday}, státní svátek</translation>
    </message>
    <message>
        <source>Paper movement {id} does not exist: see the list of movements handled on paper for the numbers.</source>
        <translation>Papírová přeprava {id} neexistuje: čísla najdete v seznamu přeprav vyřízených na papíře.</translation>
    </message>
    <message>
        <source>the presentation</source>
        <translation>předložení</translation>
    </message>
    <message>
        <source>{movement} was presented already, on {presented}.</source>
        <translation>{movement}: již předloženo dne {presented}.</translation>
    </message>
    <message>
        <source>The presentation ({presented}) cannot come before the goods were taken over ({taken_over}).</source>
        <translation>Předložení ({presented}) nemůže předcházet převzetí zboží ({taken_over}).</translation>
    </message>
    <message>
        <source>{movement} was placed under transit on paper under the business continuity plan: it ends on paper at the office of destination {office} and is never entered into NCTS afterwards ({rule}). Present the endorsed {document} there by {deadline}. Nothing was sent.</source>
        <translation>{movement}: přeprava byla propuštěna do tranzitu v papírové podobě podle plánu kontinuity – v papírové podobě se také ukončí u celního úřadu určení {office} a do NCTS se dodatečně nikdy nezadává ({rule}). Předložte tam potvrzený doklad ({document}) do {deadline}. Nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <translation>spravovat číselné řady papírových prohlášení</translation>
    </message>
    <message>
        <source>office</source>
        <translation>celní úřad</translation>
    </message>
    <message>
        <source>The prefix holds up to 20 letters, digits, &apos;/&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Předpona smí obsahovat nejvýše 20 písmen, číslic a znaků „/“, „.“ nebo „-“.</translation>
    </message>
    <message>
        <source>The first number is a whole number from 0 to {most}.</source>
        <translation>První číslo musí být celé číslo od 0 do {most}.</translation>
    </message>
    <message>
        <source>The last number is a whole number from 0 to {most}.</source>
        <translation>Poslední číslo musí být celé číslo od 0 do {most}.</translation>
    </message>
    <message>
        <source>The last number ({last}) comes before the first ({first}).</source>
        <translation>Poslední číslo ({last}) je menší než první ({first}).</translation>
    </message>
    <message>
        <source>The range overlaps range {id} ({range}) of office {office}: give numbers the office has not allocated before.</source>
        <translation>Řada se překrývá s řadou {id} ({range}) celního úřadu {office}: zadejte čísla, která úřad dosud nepřidělil.</translation>
    </message>
    <message>
        <source>The paper number ranges of office {office} are used up ({used}): add the range the office allocated (bcp-range-add --office {office} --first N --last N), or give the number printed on the paper declaration.</source>
        <translation>Číselné řady papírových prohlášení celního úřadu {office} jsou vyčerpány ({used}): přidejte řadu, kterou úřad přidělil (bcp-range-add --office {office} --first N --last N), nebo zadejte číslo vytištěné na papírovém prohlášení.</translation>
    </message>
    <message>
        <source>No paper number range is kept for office {office}: add the range the office allocated (bcp-range-add --office {office} --first N --last N), or give the number printed on the paper declaration.</source>
        <translation>Pro celní úřad {office} není vedena žádná číselná řada papírových prohlášení: přidejte řadu, kterou úřad přidělil (bcp-range-add --office {office} --first N --last N), nebo zadejte číslo vytištěné na papírovém prohlášení.</translation>
    </message>
    <message>
        <source>&apos;{office}&apos; is not the reference number of the {what}: the country&apos;s two letters and six letters or digits, e.g. DE004600.</source>
        <translation>„{office}“ není referenční číslo pro {what}: dvě písmena země a šest písmen nebo číslic, např. DE004600.</translation>
    </message>
    <message>
        <source>Give the reference number of the {what}: the country&apos;s two letters and six letters or digits, e.g. DE004600.</source>
        <translation>Zadejte referenční číslo pro {what}: dvě písmena země a šest písmen nebo číslic, např. DE004600.</translation>
    </message>
    <message>
        <source>{office} is not in the customs office list (imported, with the offices of {country}): check the reference number of the {what}, or import the current list.</source>
        <translation>{office} není v importovaném seznamu celních úřadů (obsahuje úřady země {country}): zkontrolujte referenční číslo pro {what}, nebo importujte aktuální seznam.</translation>
    </message>
    <message>
        <source>set the regions of the offices</source>
        <translation>nastavovat regiony celních úřadů</translation>
    </message>
    <message>
        <source>&apos;{pair}&apos; is not OFFICE=REGION, e.g. DE004600=HH.</source>
        <translation>„{pair}“ není ve tvaru ÚŘAD=REGION, např. DE004600=HH.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>&apos;{region}&apos; is not a region of {country} the holiday calendar knows (known: {known}).</source>
        <translation>„{region}“ není region země {country}, který kalendář svátků zná (známé: {known}).</translation>
    </message>
    <message>
        <source>set when the share of paper movements is warned about</source>
        <translation>nastavovat, kdy se upozorňuje na podíl papírových přeprav</translation>
    </message>
    <message>
        <source>&apos;{percent}&apos; is not a percentage from 0 to 100.</source>
        <translation>„{percent}“ není procento od 0 do 100.</translation>
    </message>
    <message>
        <source>Incident {id} does not exist: see the incident log for the numbers.</source>
        <translation>Incident {id} neexistuje: čísla najdete v evidenci incidentů.</translation>
    </message>
    <message>
        <source>Give a number of months from 1 to {most}.</source>
        <translation>Zadejte počet měsíců od 1 do {most}.</translation>
    </message>
    <message>
        <source>In {month} {share} % of movements were handled on paper under the business continuity plan ({paper} of {all}), up from {before} % the month before and above {threshold} %: customs watch this share. Check why NCTS could not be used and record the incidents.</source>
        <translation>V měsíci {month} bylo podle plánu kontinuity vyřízeno na papíře {share} % přeprav ({paper} z {all}), oproti {before} % v předchozím měsíci, což je nad hranicí {threshold} %: celní správa tento podíl sleduje. Zjistěte, proč nebylo možné použít NCTS, a zaznamenejte incidenty.</translation>
    </message>
    <message>
        <source>{number} is an MRN: a movement with an MRN was placed under transit in NCTS and ends in NCTS. A paper declaration under the business continuity plan has a number from the office&apos;s range instead.</source>
        <translation>{number} je MRN: přeprava s MRN byla propuštěna do tranzitu v NCTS a v NCTS se také ukončí. Papírové prohlášení podle plánu kontinuity má místo toho číslo z číselné řady celního úřadu.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a paper declaration number: up to 35 letters, digits, spaces, &apos;/&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>„{number}“ není číslo papírového prohlášení: nejvýše 35 písmen, číslic, mezer a znaků „/“, „.“ nebo „-“.</translation>
    </message>
    <message>
        <source>The paper declaration number {number} is recorded already (movement {id}): each number is used once. Check the number on the form.</source>
        <translation>Číslo papírového prohlášení {number} je již zaznamenáno (přeprava {id}): každé číslo se používá jen jednou. Zkontrolujte číslo na formuláři.</translation>
    </message>
    <message>
        <source>The paper declaration number {number} is recorded already: each number is used once. Check the number on the form.</source>
        <translation>Číslo papírového prohlášení {number} je již zaznamenáno: každé číslo se používá jen jednou. Zkontrolujte číslo na formuláři.</translation>
    </message>
    <message>
        <source>{movement} was due at the office of destination {office} on {deadline}: present the endorsed document without delay.</source>
        <translation>{movement}: lhůta k předložení celnímu úřadu určení {office} uplynula {deadline} – předložte potvrzený doklad bez prodlení.</translation>
    </message>
    <message>
        <source>{movement} must be presented at the office of destination {office} today ({deadline}) at the latest.</source>
        <translation>{movement}: je nutné předložit celnímu úřadu určení {office} nejpozději dnes ({deadline}).</translation>
    </message>
    <message>
        <source>{movement} must be presented at the office of destination {office} by tomorrow, {deadline}.</source>
        <translation>{movement}: je nutné předložit celnímu úřadu určení {office} nejpozději zítra, {deadline}.</translation>
    </message>
    <message>
        <source>Planned customs outage</source>
        <translation>Plánovaný výpadek celní správy</translation>
    </message>
    <message>
        <source>Unplanned customs outage</source>
        <translation>Neplánovaný výpadek celní správy</translation>
    </message>
    <message>
        <source>Failure of our own system (authorised consignee)</source>
        <translation>Porucha vlastního systému (schválený příjemce)</translation>
    </message>
    <message>
        <source>Failure of the link to customs</source>
        <translation>Porucha spojení s celní správou</translation>
    </message>
    <message>
        <source>Draft (detected automatically)</source>
        <translation>Koncept (zjištěn automaticky)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavřený</translation>
    </message>
    <message>
        <source>Confirmed by the service desk</source>
        <translation>Potvrzeno servisním deskem</translation>
    </message>
    <message>
        <source>Not confirmed (yet)</source>
        <translation>Zatím nepotvrzeno</translation>
    </message>
    <message>
        <source>Confirmation refused by customs</source>
        <translation>Celní správa potvrzení odmítla</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>příčina</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>poznámky</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>číslo požadavku</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>brána</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be changed; an incident has {fields}.</source>
        <translation>„{name}“ nelze změnit; incident má tato pole: {fields}.</translation>
    </message>
    <message>
        <source>Incident {id} was closed already (end {end}): give the end to correct it.</source>
        <translation>Incident {id} již byl uzavřen (konec {end}): chcete-li jej opravit, zadejte konec.</translation>
    </message>
    <message>
        <source>the start of the outage</source>
        <translation>začátek výpadku</translation>
    </message>
    <message>
        <source>the end of the outage</source>
        <translation>konec výpadku</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>No. {id}: {kind}</source>
        <translation>Č. {id}: {kind}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Start (date and time)</source>
        <translation>Začátek (datum a čas)</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Očekávaný konec</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>still going on</source>
        <translation>stále trvá</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Příčina</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>není známo</translation>
    </message>
    <message>
        <source>Service desk ticket</source>
        <translation>Požadavek u servisního desku</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Celní správa</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Brána</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zaznamenal</translation>
    </message>
    <message>
        <source>CustomsDesk (automatic detection)</source>
        <translation>CustomsDesk (automatické zjištění)</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Čas záznamu</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Poslední změna</translation>
    </message>
    <message>
        <source>Incident report for the customs service desk: {kind}</source>
        <translation>Hlášení incidentu pro servisní desk celní správy: {kind}</translation>
    </message>
    <message>
        <source>Written by CustomsDesk for {user} on {moment}. Times are UTC.</source>
        <translation>Vytvořeno v CustomsDesk pro uživatele {user} ({moment}). Časy jsou uvedeny v UTC.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a report format: pdf or csv.</source>
        <translation>„{format}“ není formát hlášení: pdf nebo csv.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of incident: {kinds}.</source>
        <translation>„{kind}“ není druh incidentu: {kinds}.</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>začátek</translation>
    </message>
    <message>
        <source>the expected end</source>
        <translation>očekávaný konec</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>konec</translation>
    </message>
    <message>
        <source>The start (date and time) is required: the service desk asks for it.</source>
        <translation>Začátek (datum a čas) je povinný: servisní desk jej vyžaduje.</translation>
    </message>
    <message>
        <source>The expected end ({end}) must come after the start ({start}).</source>
        <translation>Očekávaný konec ({end}) musí následovat po začátku ({start}).</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>Konec ({end}) musí následovat po začátku ({start}).</translation>
    </message>
    <message>
        <source>A failure of our own system is reported to the service desk with the authorised consignee&apos;s EORI, e.g. DE1234567890123: give it.</source>
        <translation>Porucha vlastního systému se servisnímu desku hlásí s EORI schváleného příjemce, např. DE1234567890123: zadejte je.</translation>
    </message>
    <message>
        <source>The {name} has {count} characters; at most {most} are kept.</source>
        <translation>Pole „{name}“ má {count} znaků; uloží se nejvýše {most}.</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not an answer of the service desk: yes, no or refused.</source>
        <translation>„{answer}“ není odpověď servisního desku: yes, no nebo refused.</translation>
    </message>
    <message>
        <source>Only a failure of our own system is confirmed by the service desk; leave it empty for a {kind}.</source>
        <translation>Servisní desk potvrzuje pouze poruchu vlastního systému; u incidentu druhu „{kind}“ ponechte pole prázdné.</translation>
    </message>
    <message>
        <source>The service desk confirms with a ticket number: give it.</source>
        <translation>Servisní desk potvrzuje číslem požadavku: zadejte je.</translation>
    </message>
    <message>
        <source>&apos;{administration}&apos; is not an administration: {known}.</source>
        <translation>„{administration}“ není celní správa: {known}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time for {what}: write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-02T08:30 (local time) or with the time zone, e.g. 2026-11-02T08:30+01:00 or 2026-11-02T07:30Z.</source>
        <translation>&apos;{value}&apos; není datum a čas ({what}): zapište jej jako RRRR-MM-DDTHH:MM, např. 2026-11-02T08:30 (místní čas), nebo s časovým pásmem, např. 2026-11-02T08:30+01:00 nebo 2026-11-02T07:30Z.</translation>
    </message>
    <message>
        <source>{what}: {value} is not a plausible date: give a year from {first} to {last}.</source>
        <translation>{what}: {value} není věrohodné datum: zadejte rok od {first} do {last}.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country code: give the ISO 3166 two-letter code of the country of destination, e.g. CZ, DE or PL.</source>
        <translation>&apos;{country}&apos; není kód země: zadejte dvoupísmenný kód ISO 3166 země určení, např. CZ, DE nebo PL.</translation>
    </message>
    <message>
        <source>No public holiday calendar is known for the country {country}, so the working day after taking over the goods cannot be computed: check the country code of the office of destination (e.g. CZ, DE, PL).</source>
        <translation>Pro zemi {country} není znám kalendář státních svátků, takže nelze určit pracovní den po převzetí zboží: zkontrolujte kód země celního úřadu určení (např. CZ, DE, PL).</translation>
    </message>
</context>
<context>
    <name>ContinuityBanner</name>
    <message>
        <source>Paper movements due</source>
        <translation>Lhůty papírových přeprav</translation>
    </message>
    <message>
        <source>Planned customs outage</source>
        <translation>Plánovaný výpadek celní správy</translation>
    </message>
    <message>
        <source>Customs outage</source>
        <translation>Výpadek celní správy</translation>
    </message>
    <message>
        <source>Failure of our own system</source>
        <translation>Porucha vlastního systému</translation>
    </message>
    <message>
        <source>The link to customs is down</source>
        <translation>Spojení s celní správou je přerušeno</translation>
    </message>
    <message>
        <source>no message waiting</source>
        <translation>žádná zpráva nečeká</translation>
    </message>
    <message>
        <source>1 message waiting; it goes out when it is back</source>
        <translation>1 zpráva čeká; odejde, až bude spojení obnoveno</translation>
    </message>
    <message numerus="yes">
        <source>%n messages waiting; they go out when it is back</source>
        <translation>
            <numerusform>%n zpráva čeká; odejde, až bude spojení obnoveno</numerusform>
            <numerusform>%n zprávy čekají; odejdou, až bude spojení obnoveno</numerusform>
            <numerusform>%n zpráv čeká; odejdou, až bude spojení obnoveno</numerusform>
        </translation>
    </message>
    <message>
        <source>Customs gateway {gateway} unreachable since {since} — {waiting}</source>
        <translation>Celní brána {gateway} je nedostupná od {since} — {waiting}</translation>
    </message>
    <message>
        <source>, expected to end {end}</source>
        <translation>, očekávaný konec {end}</translation>
    </message>
    <message>
        <source>, ticket {ticket}</source>
        <translation>, požadavek {ticket}</translation>
    </message>
    <message>
        <source>{outage} since {since}{details} — {waiting}</source>
        <translation>{outage} od {since}{details} — {waiting}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more incidents</source>
        <translation>
            <numerusform>… a %n další incident</numerusform>
            <numerusform>… a %n další incidenty</numerusform>
            <numerusform>… a dalších %n incidentů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more paper movements</source>
        <translation>
            <numerusform>… a %n další papírová přeprava</numerusform>
            <numerusform>… a %n další papírové přepravy</numerusform>
            <numerusform>… a dalších %n papírových přeprav</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue, or going on</source>
        <translation>Po lhůtě nebo probíhá</translation>
    </message>
    <message>
        <source>Due today or tomorrow</source>
        <translation>Lhůta dnes nebo zítra</translation>
    </message>
    <message>
        <source>Open &amp;incident…</source>
        <translation>Otevřít &amp;incident…</translation>
    </message>
    <message>
        <source>Show the incident in the incident log: confirm it, close it, or see the declarations pending from it</source>
        <translation>Zobrazit incident v evidenci incidentů: potvrdit jej, uzavřít nebo zobrazit nevyřízená prohlášení z něj</translation>
    </message>
    <message>
        <source>&amp;Paper movements…</source>
        <translation>&amp;Papírové přepravy…</translation>
    </message>
    <message>
        <source>Show the movements handled on paper and mark a document presented</source>
        <translation>Zobrazit přepravy vyřizované v papírové podobě a označit doklad jako předložený</translation>
    </message>
    <message>
        <source>1 endorsed paper document is due at the office of destination</source>
        <translation>1 potvrzený papírový doklad je třeba předložit celnímu úřadu určení</translation>
    </message>
    <message numerus="yes">
        <source>%n endorsed paper documents are due at the office of destination</source>
        <translation>
            <numerusform>%n potvrzený papírový doklad je třeba předložit celnímu úřadu určení</numerusform>
            <numerusform>%n potvrzené papírové doklady je třeba předložit celnímu úřadu určení</numerusform>
            <numerusform>%n potvrzených papírových dokladů je třeba předložit celnímu úřadu určení</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue:</source>
        <translation>
            <numerusform>, %n po lhůtě:</numerusform>
            <numerusform>, %n po lhůtě:</numerusform>
            <numerusform>, %n po lhůtě:</numerusform>
        </translation>
    </message>
    <message>
        <source>You are told once a day; the banner above the register stays until each document is marked presented.</source>
        <translation>Upozornění se zobrazí jednou denně; pruh nad registrem zůstane, dokud nebude každý doklad označen jako předložený.</translation>
    </message>
</context>
<context>
    <name>ContinuityModel</name>
    <message>
        <source>Opened automatically when the gateway stopped answering: confirm or correct it (Edit / confirm), or close it when the outage is over.</source>
        <translation>Otevřeno automaticky, když brána přestala odpovídat: potvrďte jej nebo opravte (Upravit / potvrdit), případně jej uzavřete, až výpadek skončí.</translation>
    </message>
    <message>
        <source>Paper movement {number}: overdue since {since} — present the endorsed {document} to {office} without delay (it was due by {deadline})</source>
        <translation>Papírová přeprava {number}: po lhůtě od {since} — bez prodlení předložte potvrzený doklad {document} celnímu úřadu {office} (lhůta byla do {deadline})</translation>
    </message>
    <message>
        <source>Paper movement {number}: present the endorsed {document} to {office} by {deadline} (today)</source>
        <translation>Papírová přeprava {number}: předložte potvrzený doklad {document} celnímu úřadu {office} do {deadline} (dnes)</translation>
    </message>
    <message>
        <source>Paper movement {number}: present the endorsed {document} to {office} by {deadline} (tomorrow)</source>
        <translation>Papírová přeprava {number}: předložte potvrzený doklad {document} celnímu úřadu {office} do {deadline} (zítra)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column header: the number of the record</extracomment>
        <translation>Č.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: the state of an incident or of a message (draft, open, closed; queued, sent...)</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Konec</translation>
    </message>
    <message>
        <source>going on</source>
        <translation>probíhá</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Celní správa</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Brána</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Požadavek</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>zatím ne</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID zprávy</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>po lhůtě od {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>lhůta dnes</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>lhůta zítra</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Doklad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Departure</source>
        <extracomment>column header: the office of departure</extracomment>
        <translation>Odeslání</translation>
    </message>
    <message>
        <source>Destination</source>
        <extracomment>column header: the office of destination</extracomment>
        <translation>Určení</translation>
    </message>
    <message>
        <source>Country / region</source>
        <translation>Země / region</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Převzato</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Lhůta</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Předloženo</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Připomínka</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Úřad</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Čísla</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Další číslo</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>vyčerpáno</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>column header: how many numbers of the range remain (not a direction)</extracomment>
        <translation>Zbývá</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Měsíc</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Na papíře</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elektronicky</translation>
    </message>
    <message>
        <source>Share on paper</source>
        <translation>Podíl na papíře</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Upozornění</translation>
    </message>
    <message>
        <source>above the threshold and growing</source>
        <translation>nad prahem a roste</translation>
    </message>
</context>
<context>
    <name>ContinuityWindow</name>
    <message>
        <source>A movement started on paper under the business continuity plan ends on paper: it is never entered into NCTS afterwards ({rule}). Present the endorsed document at the office of destination.</source>
        <translation>Přeprava zahájená v papírové podobě podle plánu kontinuity se v papírové podobě i ukončí: do NCTS se dodatečně nikdy nezadává ({rule}). Předložte potvrzený doklad celnímu úřadu určení.</translation>
    </message>
    <message>
        <source>Declarations entered electronically during the outage and not processed must be withdrawn when the movement goes on paper: a movement is handled either in NCTS or on paper, never both.</source>
        <translation>Prohlášení zadaná během výpadku elektronicky, která nebyla zpracována, je nutné zrušit, když přeprava přejde na papír: přeprava se vyřizuje buď v NCTS, nebo na papíře, nikdy obojím způsobem.</translation>
    </message>
    <message>
        <source>The paper declaration number ranges the offices allocated</source>
        <translation>Číselné řady papírových prohlášení přidělené celními úřady</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Hlášení PDF</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Soubor CSV</translation>
    </message>
    <message>
        <source>Outages and business continuity — CustomsDesk</source>
        <translation>Výpadky a kontinuita činností — CustomsDesk</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenty</translation>
    </message>
    <message>
        <source>Paper movements (BCP)</source>
        <translation>Papírové přepravy (BCP)</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorování</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nový incident…</translation>
    </message>
    <message>
        <source>Record an outage of customs, a failure of our own system or of the link</source>
        <translation>Zaznamenat výpadek celní správy, poruchu vlastního systému nebo spojení</translation>
    </message>
    <message>
        <source>&amp;Edit / confirm…</source>
        <translation>&amp;Upravit / potvrdit…</translation>
    </message>
    <message>
        <source>Correct the selected incident; a draft detected automatically is confirmed</source>
        <translation>Opravit vybraný incident; automaticky zjištěný koncept se tím potvrdí</translation>
    </message>
    <message>
        <source>&amp;Close incident…</source>
        <translation>U&amp;zavřít incident…</translation>
    </message>
    <message>
        <source>The outage is over: record its end (now, or the time given)</source>
        <translation>Výpadek skončil: zaznamenat jeho konec (nyní nebo v zadaném čase)</translation>
    </message>
    <message>
        <source>&amp;Report for the service desk…</source>
        <translation>&amp;Hlášení pro servisní desk…</translation>
    </message>
    <message>
        <source>Save the selected incident&apos;s report for the customs service desk as PDF or CSV</source>
        <translation>Uložit hlášení o vybraném incidentu pro servisní desk celní správy jako PDF nebo CSV</translation>
    </message>
    <message>
        <source>&amp;Pending declarations…</source>
        <translation>Nevyřízená &amp;prohlášení…</translation>
    </message>
    <message>
        <source>The messages queued or sent without an answer during the selected outage: to withdraw</source>
        <translation>Zprávy zařazené do fronty nebo odeslané bez odpovědi během vybraného výpadku: ke zrušení</translation>
    </message>
    <message>
        <source>&amp;New movement on paper…</source>
        <translation>&amp;Nová přeprava v papírové podobě…</translation>
    </message>
    <message>
        <source>Record a movement handled on paper (BCP-TAD or TAD) with its deadline</source>
        <translation>Zaznamenat přepravu vyřizovanou v papírové podobě (BCP-TAD nebo TAD) s její lhůtou</translation>
    </message>
    <message>
        <source>&amp;Mark presented…</source>
        <translation>&amp;Označit jako předloženo…</translation>
    </message>
    <message>
        <source>The endorsed document was presented at the office of destination</source>
        <translation>Potvrzený doklad byl předložen celnímu úřadu určení</translation>
    </message>
    <message>
        <source>Send &amp;electronically</source>
        <translation>Odeslat &amp;elektronicky</translation>
    </message>
    <message>
        <source>Number &amp;ranges…</source>
        <translation>Číselné řa&amp;dy…</translation>
    </message>
    <message>
        <source>Office re&amp;gions…</source>
        <translation>&amp;Regiony úřadů…</translation>
    </message>
    <message>
        <source>Which region&apos;s public holidays count for an office of destination</source>
        <translation>Svátky kterého regionu platí pro celní úřad určení</translation>
    </message>
    <message>
        <source>Warning &amp;threshold…</source>
        <translation>&amp;Práh upozornění…</translation>
    </message>
    <message>
        <source>Warn when the share of movements on paper grows above this percentage</source>
        <translation>Upozornit, když podíl přeprav v papírové podobě překročí toto procento</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>O&amp;bnovit</translation>
    </message>
    <message>
        <source>Read everything again</source>
        <translation>Znovu načíst vše</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Zavřít okno</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Zavřít toto okno (Esc)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidenty</translation>
    </message>
    <message>
        <source>Show the incident log</source>
        <translation>Zobrazit evidenci incidentů</translation>
    </message>
    <message>
        <source>&amp;Paper movements (BCP)</source>
        <translation>&amp;Papírové přepravy (BCP)</translation>
    </message>
    <message>
        <source>Show the movements handled on paper</source>
        <translation>Zobrazit přepravy vyřizované v papírové podobě</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Monitorování</translation>
    </message>
    <message>
        <source>Show the share of movements on paper per month</source>
        <translation>Zobrazit podíl přeprav v papírové podobě po měsících</translation>
    </message>
    <message>
        <source>&amp;Paper movements</source>
        <translation>&amp;Papírové přepravy</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Okno</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Všechny incidenty</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <comment>filter: which incidents are listed</comment>
        <translation>&amp;Zobrazit:</translation>
    </message>
    <message>
        <source>Only those not &amp;presented yet</source>
        <translation>Jen dosud &amp;nepředložené</translation>
    </message>
    <message>
        <source>The endorsed document is presented at the office of destination at the latest on the working day after taking over the goods. A movement started on paper ends on paper.</source>
        <translation>Potvrzený doklad se předkládá celnímu úřadu určení nejpozději v pracovní den následující po převzetí zboží. Přeprava zahájená v papírové podobě se v papírové podobě i ukončí.</translation>
    </message>
    <message>
        <source>months</source>
        <comment>after a number of months from 6 to 12</comment>
        <translation>měsíců</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>button: set the warning threshold</comment>
        <translation>Nastavit</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <comment>the last 6 to 12 months</comment>
        <translation>Pos&amp;ledních:</translation>
    </message>
    <message>
        <source>Warn when the share grows above:</source>
        <translation>Upozornit, když podíl překročí:</translation>
    </message>
    <message>
        <source>Movements on paper by the month the goods were taken over; electronic: the messages declared to customs (NCTS and ATLAS). Customs watch a growing share.</source>
        <translation>Přepravy v papírové podobě podle měsíce převzetí zboží; elektronicky: zprávy podané celní správě (NCTS a ATLAS). Celní správa sleduje, zda podíl roste.</translation>
    </message>
    <message>
        <source>set when the share of paper movements is warned about</source>
        <comment>completes: Only a guarantee officer or an administrator may …</comment>
        <translation>nastavit, kdy se upozorňuje na podíl papírových přeprav</translation>
    </message>
    <message>
        <source>Warn when the share on paper grows from one month to the next above this</source>
        <translation>Upozornit, když podíl v papírové podobě meziměsíčně vzroste nad tuto hodnotu</translation>
    </message>
    <message numerus="yes">
        <source>%n incident</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidenty</numerusform>
            <numerusform>%n incidentů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidenty</numerusform>
            <numerusform>%n incidentů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement on paper, {waiting} not presented yet</source>
        <translation>
            <numerusform>%n přeprava v papírové podobě, dosud nepředloženo: {waiting}</numerusform>
            <numerusform>%n přepravy v papírové podobě, dosud nepředloženo: {waiting}</numerusform>
            <numerusform>%n přeprav v papírové podobě, dosud nepředloženo: {waiting}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movements on paper, {waiting} not presented yet</source>
        <translation>
            <numerusform>%n přeprava v papírové podobě, dosud nepředloženo: {waiting}</numerusform>
            <numerusform>%n přepravy v papírové podobě, dosud nepředloženo: {waiting}</numerusform>
            <numerusform>%n přeprav v papírové podobě, dosud nepředloženo: {waiting}</numerusform>
        </translation>
    </message>
    <message>
        <source>{movements}, {due} due or overdue</source>
        <translation>{movements}, k předložení nebo po lhůtě: {due}</translation>
    </message>
    <message numerus="yes">
        <source>the last %n months</source>
        <translation>
            <numerusform>poslední %n měsíc</numerusform>
            <numerusform>poslední %n měsíce</numerusform>
            <numerusform>posledních %n měsíců</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident recorded. &lt;b&gt;New incident&lt;/b&gt; (Ctrl+N) records an outage of customs, a failure of our own system or of the link.</source>
        <translation>Není zaznamenán žádný incident. &lt;b&gt;Nový incident&lt;/b&gt; (Ctrl+N) zaznamená výpadek celní správy, poruchu vlastního systému nebo spojení.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer during this outage: &lt;b&gt;Pending declarations&lt;/b&gt; (Ctrl+Shift+P) lists them, to withdraw.</source>
        <translation>
            <numerusform>%n zpráva je z tohoto výpadku ve frontě nebo odeslaná bez odpovědi: &lt;b&gt;Nevyřízená prohlášení&lt;/b&gt; (Ctrl+Shift+P) ji vypíší ke zrušení.</numerusform>
            <numerusform>%n zprávy jsou z tohoto výpadku ve frontě nebo odeslané bez odpovědi: &lt;b&gt;Nevyřízená prohlášení&lt;/b&gt; (Ctrl+Shift+P) je vypíší ke zrušení.</numerusform>
            <numerusform>%n zpráv je z tohoto výpadku ve frontě nebo odesláno bez odpovědi: &lt;b&gt;Nevyřízená prohlášení&lt;/b&gt; (Ctrl+Shift+P) je vypíší ke zrušení.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message is pending from this outage.</source>
        <translation>Z tohoto výpadku nezůstala žádná nevyřízená zpráva.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Detected automatically:&lt;/b&gt; check it and confirm it (Edit / confirm, Ctrl+E).</source>
        <translation>&lt;b&gt;Zjištěno automaticky:&lt;/b&gt; zkontrolujte jej a potvrďte (Upravit / potvrdit, Ctrl+E).</translation>
    </message>
    <message>
        <source>Select an incident first</source>
        <translation>Nejprve vyberte incident</translation>
    </message>
    <message>
        <source>Incident {number} is closed (end {end}); Edit corrects its end</source>
        <translation>Incident {number} je uzavřen (konec {end}); jeho konec opravíte příkazem Upravit</translation>
    </message>
    <message>
        <source>{movement} was presented on {when}</source>
        <translation>{movement}: předloženo {when}</translation>
    </message>
    <message>
        <source>Select a movement first</source>
        <translation>Nejprve vyberte přepravu</translation>
    </message>
    <message>
        <source>keep the paper number ranges</source>
        <comment>completes: Only a guarantee officer or an administrator may …</comment>
        <translation>spravovat číselné řady papírových prohlášení</translation>
    </message>
    <message>
        <source>The paper declaration number ranges the offices allocated (read-only: {reason})</source>
        <translation>Číselné řady papírových prohlášení přidělené celními úřady (jen pro čtení: {reason})</translation>
    </message>
    <message>
        <source>Incident {number} recorded.</source>
        <translation>Incident {number} zaznamenán.</translation>
    </message>
    <message>
        <source>Incident {number} confirmed.</source>
        <translation>Incident {number} potvrzen.</translation>
    </message>
    <message>
        <source>Incident {number} saved.</source>
        <translation>Incident {number} uložen.</translation>
    </message>
    <message>
        <source>Empty: the end the transport saw ({end}). Local time, e.g. {example}; or with the time zone</source>
        <translation>Prázdné: konec zjištěný při komunikaci ({end}). Místní čas, např. {example}; nebo s časovým pásmem</translation>
    </message>
    <message>
        <source>Empty: now. Local time, e.g. {example}; or with the time zone</source>
        <translation>Prázdné: nyní. Místní čas, např. {example}; nebo s časovým pásmem</translation>
    </message>
    <message>
        <source>Close incident {number}</source>
        <translation>Uzavřít incident {number}</translation>
    </message>
    <message>
        <source>{kind} since {start}: when did it end?</source>
        <translation>{kind} od {start}: kdy nastal konec?</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>the end of an incident</comment>
        <translation>&amp;Konec:</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Uzavřít incident</translation>
    </message>
    <message>
        <source>Incident {number} closed.</source>
        <translation>Incident {number} uzavřen.</translation>
    </message>
    <message>
        <source>Report for the service desk</source>
        <translation>Hlášení pro servisní desk</translation>
    </message>
    <message>
        <source>Report of incident {number} saved: {path}</source>
        <translation>Hlášení o incidentu {number} uloženo: {path}</translation>
    </message>
    <message>
        <source>now</source>
        <comment>in place of the end of an outage going on</comment>
        <translation>nyní</translation>
    </message>
    <message>
        <source>Declarations pending from incident {number}</source>
        <translation>Nevyřízená prohlášení z incidentu {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued or sent without an answer between {start} and {end}.</source>
        <translation>
            <numerusform>%n zpráva byla mezi {start} a {end} zařazena do fronty nebo odeslána bez odpovědi.</numerusform>
            <numerusform>%n zprávy byly mezi {start} a {end} zařazeny do fronty nebo odeslány bez odpovědi.</numerusform>
            <numerusform>%n zpráv bylo mezi {start} a {end} zařazeno do fronty nebo odesláno bez odpovědi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message was queued or left without an answer between {start} and {end}.</source>
        <translation>Mezi {start} a {end} nebyla žádná zpráva zařazena do fronty ani ponechána bez odpovědi.</translation>
    </message>
    <message>
        <source>{movement} recorded: present the endorsed document at {office} by {deadline}.</source>
        <translation>Zaznamenáno: {movement}. Předložte potvrzený doklad celnímu úřadu {office} do {deadline}.</translation>
    </message>
    <message>
        <source>{movement} presented</source>
        <translation>{movement}: předloženo</translation>
    </message>
    <message>
        <source>When was the endorsed {document} presented at the office of destination {office}? (Due by {deadline}.)</source>
        <translation>Kdy byl potvrzený doklad {document} předložen celnímu úřadu určení {office}? (Lhůta: {deadline}.)</translation>
    </message>
    <message>
        <source>&amp;Presented at:</source>
        <translation>&amp;Předloženo:</translation>
    </message>
    <message>
        <source>Mark presented</source>
        <translation>Označit jako předloženo</translation>
    </message>
    <message>
        <source>{movement} marked presented.</source>
        <translation>{movement}: označeno jako předloženo.</translation>
    </message>
    <message>
        <source>Office regions saved: they count for the movements recorded from now on.</source>
        <translation>Regiony úřadů uloženy: platí pro přepravy zaznamenané od této chvíle.</translation>
    </message>
    <message>
        <source>Type the percentage, then Set (Tab, Space).</source>
        <translation>Zadejte procento a potom Nastavit (Tab, Space).</translation>
    </message>
    <message>
        <source>Warning when the share on paper grows above {percent} %.</source>
        <translation>Upozornění, když podíl v papírové podobě překročí {percent} %.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>CustomsDesk — unexpected error</source>
        <translation>CustomsDesk — neočekávaná chyba</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: nothing unfinished was written.</source>
        <translation>Něco se pokazilo. Vaše data jsou v bezpečí: nic nedokončeného nebylo zapsáno.</translation>
    </message>
    <message>
        <source>Copy this report and send it to support; they may also ask for the log file it names.</source>
        <translation>Zkopírujte toto hlášení a pošlete je podpoře; mohou si vyžádat i soubor protokolu, který uvádí.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopírovat hlášení</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>This is the first start of CustomsDesk on this computer. Create the administrator: the account that adds the other users, decides who represents which organisation and can reset passwords.</source>
        <translation>Toto je první spuštění CustomsDesk na tomto počítači. Vytvořte správce: účet, který přidává ostatní uživatele, rozhoduje, kdo zastupuje kterou organizaci, a může nastavovat nová hesla.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the password again in both fields.</source>
        <translation>Hesla se neshodují: zadejte heslo znovu do obou polí.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember. It also seals the access codes you store: nobody can read them without it, and a forgotten password cannot be recovered.</source>
        <translation>
            <numerusform>Alespoň %n znak; krátká věta se snadno pamatuje. Heslo zároveň chrání přístupové kódy, které uložíte: bez něj je nikdo nepřečte a zapomenuté heslo nelze obnovit.</numerusform>
            <numerusform>Alespoň %n znaky; krátká věta se snadno pamatuje. Heslo zároveň chrání přístupové kódy, které uložíte: bez něj je nikdo nepřečte a zapomenuté heslo nelze obnovit.</numerusform>
            <numerusform>Alespoň %n znaků; krátká věta se snadno pamatuje. Heslo zároveň chrání přístupové kódy, které uložíte: bez něj je nikdo nepřečte a zapomenuté heslo nelze obnovit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Vytvořit správce</translation>
    </message>
    <message>
        <source>e.g. Jana Dvořáková</source>
        <translation>např. Jana Dvořáková</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes or underscores</source>
        <translation>Písmena, číslice, tečky, pomlčky nebo podtržítka</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Celé jméno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Heslo &amp;znovu:</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Vytvořit správce</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>CustomsDesk&apos;s database</source>
        <translation>databáze CustomsDesk</translation>
    </message>
    <message>
        <source>a working file of CustomsDesk&apos;s database ({suffix})</source>
        <translation>pracovní soubor databáze CustomsDesk ({suffix})</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s key file (it unlocks every stored secret)</source>
        <translation>soubor s klíčem CustomsDesk (odemyká všechna uložená tajemství)</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s key file being written</source>
        <translation>právě zapisovaný soubor s klíčem CustomsDesk</translation>
    </message>
    <message>
        <source>a backup of CustomsDesk&apos;s database</source>
        <translation>záloha databáze CustomsDesk</translation>
    </message>
    <message>
        <source>CustomsDesk&apos;s log folder</source>
        <translation>složka protokolů CustomsDesk</translation>
    </message>
    <message>
        <source>the training simulator&apos;s folder</source>
        <translation>složka školicího simulátoru</translation>
    </message>
    <message>
        <source>the choice of the office database</source>
        <translation>volba databáze kanceláře</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>Certificates expire soon</source>
        <translation>Platnost certifikátů brzy vyprší</translation>
    </message>
    <message numerus="yes">
        <source>{warning} — and %n more</source>
        <translation>
            <numerusform>{warning} — a %n další</numerusform>
            <numerusform>{warning} — a %n další</numerusform>
            <numerusform>{warning} — a %n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certifikáty…</translation>
    </message>
    <message>
        <source>Open Settings ▸ Certificates</source>
        <translation>Otevřít Nastavení ▸ Certifikáty</translation>
    </message>
    <message>
        <source>Hide until the next start</source>
        <translation>Skrýt do příštího spuštění</translation>
    </message>
    <message>
        <source>1 certificate needs attention:</source>
        <translation>1 certifikát vyžaduje pozornost:</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates need attention:</source>
        <translation>
            <numerusform>%n certifikát vyžaduje pozornost:</numerusform>
            <numerusform>%n certifikáty vyžadují pozornost:</numerusform>
            <numerusform>%n certifikátů vyžaduje pozornost:</numerusform>
        </translation>
    </message>
    <message>
        <source>You are told once per threshold; the banner above the register stays until the certificate is renewed.</source>
        <translation>Upozornění dostanete pro každý práh jen jednou; pruh nad registrem zůstane zobrazen, dokud certifikát neobnovíte.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is {what}: CustomsDesk never writes an export over it, not even with --force. Choose another name or folder; nothing was written.</source>
        <extracomment>{what}: which of CustomsDesk&apos;s own files it is, e.g. &quot;CustomsDesk&apos;s key file&quot;</extracomment>
        <translation>{path} je {what}: CustomsDesk přes něj nikdy nezapíše export, ani s --force. Zvolte jiný název nebo složku; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} je složka: zadejte název souboru, do kterého se má zapisovat.</translation>
    </message>
    <message>
        <source>{path} already exists and was left as it was: choose another name, or use --force to replace it.</source>
        <translation>{path} již existuje a zůstal beze změny: zvolte jiný název, nebo jej nahraďte pomocí --force.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk holding {folder} is full. Free some space and try again; nothing was written.</source>
        <translation>Nelze zapsat {path}: disk se složkou {folder} je plný. Uvolněte místo a zkuste to znovu; nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder; nothing was written.</source>
        <extracomment>{reason}: the system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>Nelze zapsat {path}: {reason}. Zvolte jinou složku; nic nebylo zapsáno.</translation>
    </message>
</context>
<context>
    <name>GuaranteeEditor</name>
    <message>
        <source>(empty: type the code)</source>
        <translation>(prázdné: zadejte kód)</translation>
    </message>
    <message>
        <source>{number}.  {code}   — used in declarations and queries</source>
        <translation>{number}.  {code}   — používá se v celních prohlášeních a dotazech</translation>
    </message>
    <message>
        <source>Guarantee {reference}</source>
        <translation>Záruka {reference}</translation>
    </message>
    <message>
        <source>New guarantee</source>
        <translation>Nová záruka</translation>
    </message>
    <message>
        <source>&amp;Guarantee</source>
        <translation>&amp;Záruka</translation>
    </message>
    <message>
        <source>&amp;Access codes</source>
        <translation>Přístupové &amp;kódy</translation>
    </message>
    <message>
        <source>From &amp;customs</source>
        <translation>Údaje &amp;celní správy</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Znovu &amp;načíst</translation>
    </message>
    <message>
        <source>Show the guarantee as it is saved now</source>
        <translation>Zobrazit záruku tak, jak je nyní uložena</translation>
    </message>
    <message>
        <source>change this guarantee</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>měnit tuto záruku</translation>
    </message>
    <message>
        <source>{reason} You can still keep your own access codes here.</source>
        <translation>{reason} Vlastní přístupové kódy zde však můžete uchovávat i nadále.</translation>
    </message>
    <message>
        <source>e.g. 25CZ5201010000111</source>
        <translation>např. 25CZ5201010000111</translation>
    </message>
    <message>
        <source>Save despite the check digit (training GRN only)</source>
        <translation>Uložit navzdory kontrolní číslici (pouze školicí GRN)</translation>
    </message>
    <message>
        <source>e.g. CZ520101</source>
        <translation>např. CZ520101</translation>
    </message>
    <message>
        <source>Choose the customs office of guarantee from the list</source>
        <translation>Vyberte ze seznamu celní úřad záruky</translation>
    </message>
    <message>
        <source>optional, e.g. {amount}</source>
        <translation>nepovinné, např. {amount}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no communication parameters</comment>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>Guarantee &amp;user:</source>
        <translation>&amp;Uživatel záruky:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>G&amp;RN:</source>
        <translation>G&amp;RN:</translation>
    </message>
    <message>
        <source>&amp;Other reference:</source>
        <translation>&amp;Jiný odkaz:</translation>
    </message>
    <message>
        <source>Customs o&amp;ffice:</source>
        <translation>Celní úřa&amp;d:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Čá&amp;stka:</translation>
    </message>
    <message>
        <source>Communication &amp;parameters:</source>
        <translation>Komunikační p&amp;arametry:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Popis:</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Zobrazit kódy</translation>
    </message>
    <message>
        <source>Delete PAC</source>
        <translation>Smazat PAC</translation>
    </message>
    <message>
        <source>Remove the primary access code from this record (recommended after registration)</source>
        <translation>Odstranit hlavní přístupový kód z tohoto záznamu (doporučeno po registraci)</translation>
    </message>
    <message>
        <source>new:</source>
        <comment>the new primary access code</comment>
        <translation>nový:</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>add a secondary access code</comment>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove a secondary access code</comment>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Posunout nahoru</translation>
    </message>
    <message>
        <source>The first code is the one used in declarations and queries</source>
        <translation>První kód se používá v celních prohlášeních a dotazech</translation>
    </message>
    <message>
        <source>&amp;Primary access code:</source>
        <translation>&amp;Hlavní přístupový kód:</translation>
    </message>
    <message>
        <source>&amp;Secondary codes:</source>
        <translation>&amp;Vedlejší kódy:</translation>
    </message>
    <message>
        <source>Access codes registered:</source>
        <translation>Přístupové kódy registrovány:</translation>
    </message>
    <message>
        <source>Reference amount:</source>
        <translation>Referenční částka:</translation>
    </message>
    <message>
        <source>Amount in use:</source>
        <translation>Čerpaná částka:</translation>
    </message>
    <message>
        <source>Remaining balance:</source>
        <translation>Disponibilní zůstatek:</translation>
    </message>
    <message>
        <source>Number of uses:</source>
        <translation>Počet použití:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Platnost od:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Platnost do:</translation>
    </message>
    <message>
        <source>Restrictions:</source>
        <translation>Omezení:</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>Poslední odpověď:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Poslední chyba:</translation>
    </message>
    <message>
        <source>These fields are filled from customs answers to registrations and guarantee queries.</source>
        <translation>Tato pole se vyplňují z odpovědí celní správy na registrace a dotazy na záruku.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no last error</comment>
        <translation>žádná</translation>
    </message>
    <message>
        <source>cannot be asked: {reason}</source>
        <translation>nelze se dotázat: {reason}</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no GRN</source>
        <translation>Typ záruky {type} nemá GRN</translation>
    </message>
    <message>
        <source>Required for this type (EU condition C0130)</source>
        <translation>Povinné pro tento typ (podmínka EU C0130)</translation>
    </message>
    <message>
        <source>Optional for this type</source>
        <translation>Nepovinné pro tento typ</translation>
    </message>
    <message>
        <source>Not used for this type</source>
        <translation>Pro tento typ se nepoužívá</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no access codes</source>
        <translation>Typ záruky {type} nemá přístupové kódy</translation>
    </message>
    <message>
        <source>✓ {grn}: format and check digit correct</source>
        <translation>✓ {grn}: formát a kontrolní číslice jsou správné</translation>
    </message>
    <message>
        <source>hold or change the primary access code</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>mít nebo měnit hlavní přístupový kód</translation>
    </message>
    <message>
        <source>Type {type} has no primary access code.</source>
        <translation>Typ {type} nemá hlavní přístupový kód.</translation>
    </message>
    <message>
        <source>A primary access code is stored, held by {holder}; it is not shown to you.</source>
        <translation>Je uložen hlavní přístupový kód, má jej {holder}; vám se nezobrazuje.</translation>
    </message>
    <message>
        <source>No primary access code is stored. {reason}</source>
        <translation>Není uložen žádný hlavní přístupový kód. {reason}</translation>
    </message>
    <message>
        <source>A primary access code is stored (you hold it). It is needed only to register secondary codes or to change it: delete it after a successful registration.</source>
        <translation>Je uložen hlavní přístupový kód (máte jej vy). Je potřeba pouze k registraci vedlejších kódů nebo k jeho změně: po úspěšné registraci jej smažte.</translation>
    </message>
    <message>
        <source>No primary access code is stored. It is needed only to register secondary codes or to change it; delete it after a successful registration.</source>
        <translation>Není uložen žádný hlavní přístupový kód. Je potřeba pouze k registraci vedlejších kódů nebo k jeho změně; po úspěšné registraci jej smažte.</translation>
    </message>
    <message>
        <source>Your secondary access code ({user}). Type {type}: the guarantor gives you one code; enter it in the first row. It is never registered electronically.</source>
        <translation>Váš vedlejší přístupový kód ({user}). Typ {type}: ručitel vám přidělí jeden kód; zadejte jej do prvního řádku. Nikdy se neregistruje elektronicky.</translation>
    </message>
    <message>
        <source>One code only.</source>
        <translation>Pouze jeden kód.</translation>
    </message>
    <message>
        <source>Your own secondary access codes ({user}). Other users&apos; codes are never shown. If you keep several, the first one is used in declarations and queries.</source>
        <translation>Vaše vlastní vedlejší přístupové kódy ({user}). Kódy ostatních uživatelů se nikdy nezobrazují. Máte-li jich více, v celních prohlášeních a dotazech se použije první z nich.</translation>
    </message>
    <message>
        <source>Registering replaces all codes registered before for this guarantee.</source>
        <translation>Registrace nahradí všechny dříve registrované kódy této záruky.</translation>
    </message>
    <message>
        <source>Delete primary access code</source>
        <translation>Smazat hlavní přístupový kód</translation>
    </message>
    <message>
        <source>Delete the primary access code from this record now?</source>
        <translation>Smazat nyní hlavní přístupový kód z tohoto záznamu?</translation>
    </message>
</context>
<context>
    <name>Guarantees</name>
    <message>
        <source>The primary access code must be exactly 4 letters (A–Z) or digits.</source>
        <translation>Hlavní přístupový kód musí mít přesně 4 písmena (A–Z) nebo číslice.</translation>
    </message>
    <message>
        <source>The new primary access code must be exactly 4 letters (A–Z) or digits.</source>
        <translation>Nový hlavní přístupový kód musí mít přesně 4 písmena (A–Z) nebo číslice.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no primary access code (only types 0 and 1): clear the field.</source>
        <translation>Typ záruky {type} nemá hlavní přístupový kód (jen typy 0 a 1): vymažte pole.</translation>
    </message>
    <message>
        <source>To change the primary access code, enter the current one too.</source>
        <translation>Chcete-li změnit hlavní přístupový kód, zadejte i ten současný.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no access codes.</source>
        <translation>Typ záruky {type} nemá přístupové kódy.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has one secondary access code, given by the guarantor: keep only the first row.</source>
        <translation>Typ záruky {type} má jeden vedlejší přístupový kód, který přiděluje ručitel: ponechte jen první řádek.</translation>
    </message>
    <message>
        <source>At most {most} secondary access codes can be registered.</source>
        <translation>Lze zaregistrovat nejvýše {most} vedlejších přístupových kódů.</translation>
    </message>
    <message>
        <source>Secondary code in row {row} is not 4 letters (A–Z) or digits.</source>
        <translation>Vedlejší kód na řádku {row} nemá 4 písmena (A–Z) nebo číslice.</translation>
    </message>
    <message>
        <source>Secondary code in row {row} repeats an earlier row: each code once.</source>
        <translation>Vedlejší kód na řádku {row} opakuje dřívější řádek: každý kód jen jednou.</translation>
    </message>
    <message>
        <source>see its access codes</source>
        <translation>zobrazit její přístupové kódy</translation>
    </message>
    <message>
        <source>hold or change the primary access code</source>
        <translation>uchovávat nebo měnit hlavní přístupový kód</translation>
    </message>
    <message>
        <source>store access codes</source>
        <translation>ukládat přístupové kódy</translation>
    </message>
    <message>
        <source>delete the primary access code</source>
        <translation>odstranit hlavní přístupový kód</translation>
    </message>
    <message>
        <source>delete the primary access code another user holds</source>
        <translation>odstranit hlavní přístupový kód, který uchovává jiný uživatel</translation>
    </message>
    <message>
        <source>Guarantee {id} does not exist or {login} does not represent its organisation (needed to {what}).</source>
        <extracomment>{what} is what the user wanted, e.g. &quot;see its access codes&quot;</extracomment>
        <translation>Záruka {id} neexistuje nebo {login} nezastupuje její organizaci (nutné k akci: {what}).</translation>
    </message>
    <message>
        <source>a digit (year)</source>
        <translation>číslice (rok)</translation>
    </message>
    <message>
        <source>a letter (country code)</source>
        <translation>písmeno (kód země)</translation>
    </message>
    <message>
        <source>a capital letter or digit (serial number)</source>
        <translation>velké písmeno nebo číslice (pořadové číslo)</translation>
    </message>
    <message>
        <source>a digit (check digit)</source>
        <translation>číslice (kontrolní číslice)</translation>
    </message>
    <message>
        <source>a letter (voucher suffix)</source>
        <translation>písmeno (přípona záručního dokladu)</translation>
    </message>
    <message>
        <source>a digit (voucher number)</source>
        <translation>číslice (číslo záručního dokladu)</translation>
    </message>
    <message>
        <source>The GRN is empty: enter the 17-character guarantee reference number.</source>
        <translation>GRN je prázdné: zadejte 17místné referenční číslo záruky.</translation>
    </message>
    <message>
        <source>Character {position} (&apos;{character}&apos;) must be {meaning}.</source>
        <extracomment>{meaning} says what the position holds, e.g. &quot;a letter (country code)&quot;</extracomment>
        <translation>Znak {position} („{character}“) musí být {meaning}.</translation>
    </message>
    <message>
        <source>The check digit (character 17) is &apos;{given}&apos; but {expected} was expected for {body}: one of the first 16 characters or the check digit is mistyped.</source>
        <translation>Kontrolní číslice (znak 17) je „{given}“, ale pro {body} se očekávala {expected}: některý z prvních 16 znaků nebo kontrolní číslice je zadán chybně.</translation>
    </message>
    <message>
        <source>A voucher GRN (type 4) has {length} characters: the 17-character GRN plus a letter and six digits; this one has {found}.</source>
        <translation>GRN záručního dokladu (typ 4) má {length} znaků: 17místné GRN plus písmeno a šest číslic; toto má {found}.</translation>
    </message>
    <message>
        <source>A GRN has {length} characters; this one has {found}.</source>
        <translation>GRN má {length} znaků; toto má {found}.</translation>
    </message>
    <message>
        <source>A GRN has {length} characters ({voucher_length} for vouchers, type 4); this one has {found}.</source>
        <translation>GRN má {length} znaků ({voucher_length} u záručních dokladů, typ 4); toto má {found}.</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(bez reference)</translation>
    </message>
    <message>
        <source>{reference} · type {type} · check digit overridden</source>
        <translation>{reference} · typ {type} · chybná kontrolní číslice povolena</translation>
    </message>
    <message>
        <source>{reference} · type {type}</source>
        <translation>{reference} · typ {type}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: use digits with up to 2 decimals, e.g. 150000.00.</source>
        <translation>„{text}“ není částka: použijte číslice s nejvýše 2 desetinnými místy, např. 150000.00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: write it out in digits, e.g. 150000.00.</source>
        <translation>„{text}“ není částka: napište ji číslicemi, např. 150000.00.</translation>
    </message>
    <message>
        <source>Guarantee type {type} has no GRN (only types 0, 1, 2, 4 and 9 do): clear the GRN field.</source>
        <translation>Typ záruky {type} nemá GRN (mají ho jen typy 0, 1, 2, 4 a 9): vymažte pole GRN.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs a GRN: enter the 24-character voucher guarantee reference number.</source>
        <translation>Typ záruky {type} vyžaduje GRN: zadejte 24místné referenční číslo záruky záručního dokladu.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs a GRN: enter the 17-character guarantee reference number.</source>
        <translation>Typ záruky {type} vyžaduje GRN: zadejte 17místné referenční číslo záruky.</translation>
    </message>
    <message>
        <source>{problem} To keep it anyway (training data only), use the explicit check-digit override.</source>
        <translation>{problem} Chcete-li je přesto ponechat (pouze cvičná data), výslovně povolte chybnou kontrolní číslici.</translation>
    </message>
    <message>
        <source>Guarantee type {type} needs the other guarantee reference (EU condition C0130).</source>
        <translation>Typ záruky {type} vyžaduje jiný odkaz na záruku (podmínka EU C0130).</translation>
    </message>
    <message>
        <source>Guarantee type {type} takes no other guarantee reference (only types 3 and 8 do): clear the field.</source>
        <translation>Typ záruky {type} nepřipouští jiný odkaz na záruku (jen typy 3 a 8): vymažte pole.</translation>
    </message>
    <message>
        <source>The other guarantee reference has {length} characters; at most {most} are allowed.</source>
        <translation>Jiný odkaz na záruku má {length} znaků; povoleno je nejvýše {most}.</translation>
    </message>
    <message>
        <source>&apos;{office}&apos; is not a customs office reference number: 2 country letters and 6 letters or digits, e.g. CZ520101.</source>
        <translation>„{office}“ není referenční číslo celního úřadu: 2 písmena země a 6 písmen nebo číslic, např. CZ520101.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero (or left empty).</source>
        <translation>Částka musí být větší než nula (nebo ponechána prázdná).</translation>
    </message>
    <message>
        <source>The amount has at most {digits} digits before the decimal point.</source>
        <translation>Částka má nejvýše {digits} číslic před desetinnou tečkou.</translation>
    </message>
    <message>
        <source>The amount has at most 2 decimals.</source>
        <translation>Částka má nejvýše 2 desetinná místa.</translation>
    </message>
    <message>
        <source>An amount needs its currency (ISO 4217, e.g. CZK, EUR, PLN).</source>
        <translation>Částka vyžaduje měnu (ISO 4217, např. CZK, EUR, PLN).</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not an ISO 4217 currency code (three letters, e.g. EUR).</source>
        <translation>„{currency}“ není kód měny podle ISO 4217 (tři písmena, např. EUR).</translation>
    </message>
    <message>
        <source>Guarantee {id} does not exist or {login} does not represent its organisation.</source>
        <translation>Záruka {id} neexistuje nebo {login} nezastupuje její organizaci.</translation>
    </message>
    <message>
        <source>add guarantees to the organisation</source>
        <translation>přidávat záruky do organizace</translation>
    </message>
    <message>
        <source>change the guarantee</source>
        <translation>měnit záruku</translation>
    </message>
    <message>
        <source>move the guarantee to that organisation</source>
        <translation>přesunout záruku do této organizace</translation>
    </message>
    <message>
        <source>The guarantee {reference} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Záruku {reference} po jejím otevření změnil někdo jiný (možná na jiné pracovní stanici). Vaše změny nebyly uloženy: načtěte záruku znovu, abyste viděli jeho změny, a pak své změny proveďte znovu.</translation>
    </message>
    <message>
        <source>delete the guarantee</source>
        <translation>odstranit záruku</translation>
    </message>
    <message>
        <source>record customs answers</source>
        <translation>zaznamenávat odpovědi celní správy</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose the guarantee user from the organisation register.</source>
        <translation>Organizace {id} neexistuje: zvolte uživatele záruky z registru organizací.</translation>
    </message>
    <message>
        <source>&apos;{type}&apos; is not a guarantee type (code list CL251: {codes}).</source>
        <translation>„{type}“ není typ záruky (číselník CL251: {codes}).</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not in the currency code list: choose one from the list.</source>
        <translation>„{currency}“ není v číselníku měn: zvolte měnu ze seznamu.</translation>
    </message>
    <message>
        <source>Communication parameter set {id} does not exist: choose one in Settings ▸ Communication parameters.</source>
        <translation>Sada komunikačních parametrů {id} neexistuje: zvolte některou v Nastavení ▸ Komunikační parametry.</translation>
    </message>
    <message>
        <source>Customs office {office} is not an office of guarantee (role GUA) valid today: pick the office of guarantee from the list (import the EU customs office list for all offices).</source>
        <translation>Celní úřad {office} není dnes platným celním úřadem záruky (role GUA): vyberte celní úřad záruky ze seznamu (pro všechny úřady importujte seznam celních úřadů EU).</translation>
    </message>
    <message>
        <source>Customs office {office} is not in the customs office list: pick the office of guarantee from the list (import the EU customs office list for all offices).</source>
        <translation>Celní úřad {office} není v seznamu celních úřadů: vyberte celní úřad záruky ze seznamu (pro všechny úřady importujte seznam celních úřadů EU).</translation>
    </message>
    <message>
        <source>customs do not give the balance of a type {type} guarantee (EU rule R261)</source>
        <translation>celní správa neposkytuje zůstatek záruky typu {type} (pravidlo EU R261)</translation>
    </message>
    <message>
        <source>a type {type} guarantee has no GRN to ask customs about</source>
        <translation>záruka typu {type} nemá GRN, na které by se dalo celní správy dotázat</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Local time, e.g. 2026-11-02 08:30; or with the time zone, e.g. 2026-11-02T08:30+01:00</source>
        <translation>Místní čas, např. 2026-11-02 08:30; nebo s časovým pásmem, např. 2026-11-02T08:30+01:00</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>RRRR-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Announced &amp;start:</source>
        <translation>Ohlášený &amp;začátek:</translation>
    </message>
    <message>
        <source>&amp;Start of the failure:</source>
        <translation>&amp;Začátek poruchy:</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>zatím nezodpovězeno</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nový incident</translation>
    </message>
    <message>
        <source>Confirm incident {number} (detected automatically)</source>
        <translation>Potvrdit incident {number} (zjištěn automaticky)</translation>
    </message>
    <message>
        <source>Incident {number}</source>
        <translation>Incident {number}</translation>
    </message>
    <message>
        <source>the gateway&apos;s address, when one gateway is concerned</source>
        <translation>adresa brány, pokud se to týká jedné brány</translation>
    </message>
    <message>
        <source>the authorised consignee&apos;s EORI, e.g. DE1234567890123</source>
        <translation>EORI schváleného příjemce, např. DE1234567890123</translation>
    </message>
    <message>
        <source>the service desk&apos;s ticket number</source>
        <translation>číslo požadavku u servisního desku</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Celní správa:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Brána:</translation>
    </message>
    <message>
        <source>&amp;EORI:</source>
        <translation>&amp;EORI:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Začátek:</translation>
    </message>
    <message>
        <source>E&amp;xpected end:</source>
        <translation>&amp;Očekávaný konec:</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>&amp;Konec:</translation>
    </message>
    <message>
        <source>Empty while it is going on</source>
        <translation>Prázdné, dokud probíhá</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Příčina:</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>Je-li známa</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>Požada&amp;vek:</translation>
    </message>
    <message>
        <source>Con&amp;firmed:</source>
        <translation>Po&amp;tvrzeno:</translation>
    </message>
    <message>
        <source>The service desk&apos;s answer: customs may refuse to confirm a consignee who reports failures systematically</source>
        <translation>Odpověď servisního desku: celní správa může odmítnout potvrdit příjemce, který hlásí poruchy systematicky</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Poz&amp;námky:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potvrdit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>CustomsDesk opened this incident when the gateway stopped answering. Check it, complete it and confirm it: it becomes your record.</source>
        <translation>CustomsDesk otevřel tento incident, když brána přestala odpovídat. Zkontrolujte jej, doplňte a potvrďte: stane se vaším záznamem.</translation>
    </message>
    <message>
        <source>now</source>
        <comment>an empty moment means now</comment>
        <translation>nyní</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <source>CustomsDesk made these files and folders readable by their owner only (others could read them): {paths}</source>
        <translation>CustomsDesk nastavil tyto soubory a složky jako čitelné pouze pro vlastníka (dosud je mohli číst i ostatní): {paths}</translation>
    </message>
    <message>
        <source>the personal key (and so the access codes) of {login}, who has no password yet</source>
        <translation>osobní klíč (a tím i přístupové kódy) uživatele {login}, který zatím nemá heslo</translation>
    </message>
    <message>
        <source>the personal key (and so the access codes) of {logins}, who have no password yet</source>
        <translation>osobní klíče (a tím i přístupové kódy) uživatelů {logins}, kteří zatím nemají heslo</translation>
    </message>
    <message numerus="yes">
        <source>%n access code(s) stored before user accounts</source>
        <translation>
            <numerusform>%n přístupový kód uložený před zavedením uživatelských účtů</numerusform>
            <numerusform>%n přístupové kódy uložené před zavedením uživatelských účtů</numerusform>
            <numerusform>%n přístupových kódů uložených před zavedením uživatelských účtů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the private key of %n participant certificate(s)</source>
        <translation>
            <numerusform>soukromý klíč %n certifikátu účastníka</numerusform>
            <numerusform>soukromé klíče %n certifikátů účastníka</numerusform>
            <numerusform>soukromé klíče %n certifikátů účastníka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing message(s)</source>
        <translation>
            <numerusform>%n odchozí zpráva</numerusform>
            <numerusform>%n odchozí zprávy</numerusform>
            <numerusform>%n odchozích zpráv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Unlock CustomsDesk</source>
        <translation>Odemknout CustomsDesk</translation>
    </message>
    <message>
        <source>Sign in to CustomsDesk</source>
        <translation>Přihlášení do CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odemknout</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Přihlá&amp;sit</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user</source>
        <translation>Přihlásit jako &amp;jiný uživatel</translation>
    </message>
    <message>
        <source>The window was locked. {user} can continue by typing the password; messages keep being sent and received meanwhile.</source>
        <translation>Okno bylo zamčeno. {user} může pokračovat zadáním hesla; zprávy se mezitím dál odesílají a přijímají.</translation>
    </message>
    <message>
        <source>Type your login name and password. Your access codes are sealed with your password.</source>
        <translation>Zadejte přihlašovací jméno a heslo. Vaše přístupové kódy jsou chráněny vaším heslem.</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Zadejte přihlašovací jméno.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Zadejte heslo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CustomsDesk — nobody signed in</source>
        <translation>CustomsDesk — nikdo není přihlášen</translation>
    </message>
    <message>
        <source>Nobody is signed in: sign in to open the register.</source>
        <translation>Nikdo není přihlášen: přihlaste se, abyste mohli otevřít registr.</translation>
    </message>
    <message>
        <source>No communication parameter set has a gateway: fill one in Settings ▸ Communication parameters to exchange messages with customs.</source>
        <translation>Žádná sada komunikačních parametrů nemá bránu: vyplňte ji v Nastavení ▸ Komunikační parametry, abyste mohli vyměňovat zprávy s celní správou.</translation>
    </message>
    <message>
        <source>The database is not open yet</source>
        <translation>Databáze ještě není otevřena</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otevírání databáze…</translation>
    </message>
    <message>
        <source>CustomsDesk cannot open its database</source>
        <translation>CustomsDesk nemůže otevřít svou databázi</translation>
    </message>
    <message>
        <source>Sign in to open the register.</source>
        <translation>Přihlaste se, abyste mohli otevřít registr.</translation>
    </message>
    <message>
        <source>Connecting to the office database {url}…</source>
        <translation>Připojování k databázi kanceláře {url}…</translation>
    </message>
    <message>
        <source>The office database cannot be reached</source>
        <translation>Databáze kanceláře není dostupná</translation>
    </message>
    <message>
        <source>Until the network or the server is back, the paper procedures of the manual&apos;s chapter “Outages and paper movements” apply.</source>
        <translation>Dokud nebude síť nebo server opět v pořádku, platí papírové postupy z kapitoly příručky „Výpadky a papírové operace“.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Zkusit znovu</translation>
    </message>
    <message>
        <source>&amp;Close CustomsDesk</source>
        <translation>Zavřít &amp;CustomsDesk</translation>
    </message>
    <message>
        <source>You still hold the primary access code of {grns}, although customs confirmed the registration: open the guarantee and delete it (Delete PAC).</source>
        <translation>Stále máte hlavní přístupový kód záruk {grns}, přestože celní správa registraci potvrdila: otevřete záruku a smažte jej (Smazat PAC).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>menu: the organisation register</comment>
        <translation>&amp;Registr</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Nas&amp;tavení</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Úč&amp;et</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>Sprá&amp;va</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>name of the main toolbar</comment>
        <translation>Hlavní</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Zprávy</translation>
    </message>
    <message>
        <source>&amp;Generate message</source>
        <translation>&amp;Vytvořit zprávu</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organizace ({count})</translation>
    </message>
    <message>
        <source>Customs guarantees of {organisation} ({count})</source>
        <translation>Celní záruky organizace {organisation} ({count})</translation>
    </message>
    <message>
        <source>NCTS — all guarantees ({count})</source>
        <translation>NCTS — všechny záruky ({count})</translation>
    </message>
    <message>
        <source>Guarantee {reference}</source>
        <translation>Záruka {reference}</translation>
    </message>
    <message>
        <source>add organisations</source>
        <comment>completes: Only … may</comment>
        <translation>přidávat organizace</translation>
    </message>
    <message>
        <source>import reference data</source>
        <comment>completes: Only … may</comment>
        <translation>importovat referenční údaje</translation>
    </message>
    <message>
        <source>load the demo data</source>
        <comment>completes: Only … may</comment>
        <translation>načíst ukázková data</translation>
    </message>
    <message>
        <source>Select an organisation first: a guarantee belongs to its user</source>
        <translation>Nejprve vyberte organizaci: záruka patří organizaci, která ji používá</translation>
    </message>
    <message>
        <source>add guarantees to it</source>
        <comment>completes: To … you need</comment>
        <translation>přidat do ní záruky</translation>
    </message>
    <message>
        <source>Select an organisation</source>
        <translation>Vyberte organizaci</translation>
    </message>
    <message>
        <source>Select one organisation or guarantee</source>
        <translation>Vyberte jednu organizaci nebo záruku</translation>
    </message>
    <message>
        <source>delete organisations</source>
        <comment>completes: Only … may</comment>
        <translation>mazat organizace</translation>
    </message>
    <message>
        <source>delete its guarantees</source>
        <comment>completes: To … you need</comment>
        <translation>smazat její záruky</translation>
    </message>
    <message>
        <source>Select an organisation or guarantees</source>
        <translation>Vyberte organizaci nebo záruky</translation>
    </message>
    <message>
        <source>Sending and receiving already: wait until it has finished.</source>
        <translation>Odesílání a příjem již probíhá: počkejte, až skončí.</translation>
    </message>
    <message>
        <source>Select a guarantee first (or several in the list)</source>
        <translation>Nejprve vyberte záruku (nebo několik záruk v seznamu)</translation>
    </message>
    <message>
        <source>Select a guarantee first</source>
        <translation>Nejprve vyberte záruku</translation>
    </message>
    <message>
        <source>Select one guarantee: its messages are shown</source>
        <translation>Vyberte jednu záruku: zobrazí se její zprávy</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected guarantees can be sent. {reason}</source>
        <translation>
            <numerusform>Vybranou záruku (%n) nelze odeslat. {reason}</numerusform>
            <numerusform>Žádnou z %n vybraných záruk nelze odeslat. {reason}</numerusform>
            <numerusform>Žádnou z %n vybraných záruk nelze odeslat. {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation {name} added.</source>
        <translation>Organizace {name} byla přidána.</translation>
    </message>
    <message>
        <source>Organisation {name} saved.</source>
        <translation>Organizace {name} byla uložena.</translation>
    </message>
    <message>
        <source>Guarantee {reference} saved.</source>
        <translation>Záruka {reference} byla uložena.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Smazat organizaci</translation>
    </message>
    <message>
        <source>Delete {organisation}?</source>
        <translation>Smazat organizaci {organisation}?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n guarantee(s) and their access codes will be deleted too:</source>
        <translation>
            <numerusform>Spolu s ní se smaže %n záruka včetně přístupových kódů:</numerusform>
            <numerusform>Spolu s ní se smažou %n záruky včetně přístupových kódů:</numerusform>
            <numerusform>Spolu s ní se smaže %n záruk včetně přístupových kódů:</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation {name} deleted.</source>
        <translation>Organizace {name} byla smazána.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guarantee(s) with their access codes?</source>
        <translation>
            <numerusform>Smazat %n záruku včetně přístupových kódů?</numerusform>
            <numerusform>Smazat %n záruky včetně přístupových kódů?</numerusform>
            <numerusform>Smazat %n záruk včetně přístupových kódů?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete guarantees</source>
        <translation>Smazat záruky</translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) deleted.</source>
        <translation>
            <numerusform>%n záruka byla smazána.</numerusform>
            <numerusform>%n záruky byly smazány.</numerusform>
            <numerusform>%n záruk bylo smazáno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register read again.</source>
        <translation>Registr byl znovu načten.</translation>
    </message>
    <message>
        <source>Reference data imported.</source>
        <translation>Referenční údaje byly importovány.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Ukázková data</translation>
    </message>
    <message>
        <source>Demo data loaded: {organisations}, {guarantees}.</source>
        <translation>Ukázková data byla načtena: {organisations}, {guarantees}.</translation>
    </message>
    <message>
        <source>The demo data is already loaded.</source>
        <translation>Ukázková data jsou již načtena.</translation>
    </message>
    <message>
        <source>Welcome to CustomsDesk</source>
        <translation>Vítá vás CustomsDesk</translation>
    </message>
    <message>
        <source>The register is empty.

Load demo data? It adds Czech, German and Polish organisations with guarantees of several types and training communication parameters, so you can try everything at once. You can delete them later.</source>
        <translation>Registr je prázdný.

Načíst ukázková data? Přidají české, německé a polské organizace se zárukami několika typů a komunikační parametry pro školicí prostředí, takže si můžete vše hned vyzkoušet. Později je můžete smazat.</translation>
    </message>
    <message>
        <source>Also start the customs simulator, so messages get answers on this computer</source>
        <translation>Spustit také celní simulátor, aby zprávy dostávaly odpovědi na tomto počítači</translation>
    </message>
    <message>
        <source>Starting the customs simulator, as when CustomsDesk was last used (Messages ▸ Customs simulator stops it).</source>
        <translation>Spouští se celní simulátor, stejně jako při posledním použití CustomsDesk (vypnete jej v nabídce Zprávy ▸ Celní simulátor).</translation>
    </message>
    <message>
        <source>The customs simulator answers on {address} (training environment).</source>
        <translation>Celní simulátor odpovídá na adrese {address} (školicí prostředí).</translation>
    </message>
    <message>
        <source>not open yet</source>
        <comment>the database</comment>
        <translation>ještě není otevřena</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datová složka</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáze</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Verze schématu</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Soubor protokolu</translation>
    </message>
    <message>
        <source>none (the data folder cannot be written)</source>
        <translation>žádný (do datové složky nelze zapisovat)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Přihlášený uživatel</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikdo</translation>
    </message>
    <message>
        <source>{qt} (PySide6 {pyside}), Python {python} on {system} {release}</source>
        <translation>{qt} (PySide6 {pyside}), Python {python} v systému {system} {release}</translation>
    </message>
    <message>
        <source>access code registration</source>
        <comment>completes: The … cannot be sent</comment>
        <translation>žádost o registraci přístupových kódů</translation>
    </message>
    <message>
        <source>Access code registration</source>
        <translation>Registrace přístupových kódů</translation>
    </message>
    <message>
        <source>Guarantee query: {kind}</source>
        <translation>Dotaz na záruku: {kind}</translation>
    </message>
    <message>
        <source>{kind} query</source>
        <comment>completes: The … cannot be sent</comment>
        <translation>dotaz na záruku ({kind})</translation>
    </message>
    <message>
        <source>Guarantee query ({kind})</source>
        <translation>Dotaz na záruku ({kind})</translation>
    </message>
    <message>
        <source>Register the access codes with customs?</source>
        <translation>Zaregistrovat přístupové kódy u celní správy?</translation>
    </message>
    <message>
        <source>Change the primary access code?</source>
        <translation>Změnit hlavní přístupový kód?</translation>
    </message>
    <message>
        <source>Send the access code registration for GRN {grn} to customs?</source>
        <translation>Odeslat celní správě registraci přístupových kódů pro GRN {grn}?</translation>
    </message>
    <message numerus="yes">
        <source>Send the access code registration for %n guarantees to customs?</source>
        <translation>
            <numerusform>Odeslat celní správě registraci přístupových kódů pro %n záruku?</numerusform>
            <numerusform>Odeslat celní správě registraci přístupových kódů pro %n záruky?</numerusform>
            <numerusform>Odeslat celní správě registraci přístupových kódů pro %n záruk?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>Customs replace every secondary code registered before for the guarantee with these: a code left out stops working, for colleagues too.</source>
        <translation>Celní správa nahradí všechny dříve registrované vedlejší přístupové kódy této záruky těmito kódy: kód, který zde chybí, přestane fungovat, a to i pro kolegy.</translation>
    </message>
    <message>
        <source>Once customs confirm, only the new primary access code works.</source>
        <translation>Jakmile celní správa registraci potvrdí, bude fungovat pouze nový hlavní přístupový kód.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected guarantees cannot be registered and are left out:</source>
        <translation>
            <numerusform>%n z vybraných záruk nelze zaregistrovat a bude vynechána:</numerusform>
            <numerusform>%n z vybraných záruk nelze zaregistrovat a budou vynechány:</numerusform>
            <numerusform>%n z vybraných záruk nelze zaregistrovat a bude vynecháno:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change PAC and register</source>
        <translation>&amp;Změnit PAC a zaregistrovat</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>button: register the access codes with customs</comment>
        <translation>&amp;Zaregistrovat</translation>
    </message>
    <message>
        <source>The {what} cannot be sent</source>
        <translation>Nelze odeslat {what}</translation>
    </message>
    <message>
        <source>Some guarantees cannot be sent the {what}</source>
        <translation>Pro některé záruky nelze odeslat {what}</translation>
    </message>
    <message numerus="yes">
        <source>{blocked} of the %n selected guarantees cannot be sent the {what}. Nothing has been queued yet.</source>
        <translation>
            <numerusform>Pro {blocked} z %n vybrané záruky nelze odeslat {what}. Zatím nebylo nic zařazeno do fronty.</numerusform>
            <numerusform>Pro {blocked} z %n vybraných záruk nelze odeslat {what}. Zatím nebylo nic zařazeno do fronty.</numerusform>
            <numerusform>Pro {blocked} z %n vybraných záruk nelze odeslat {what}. Zatím nebylo nic zařazeno do fronty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the {what} for the other %n?</source>
        <translation>
            <numerusform>Odeslat {what} pro zbývající %n záruku?</numerusform>
            <numerusform>Odeslat {what} pro zbývající %n záruky?</numerusform>
            <numerusform>Odeslat {what} pro zbývajících %n záruk?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send for %n</source>
        <translation>
            <numerusform>&amp;Odeslat pro %n</numerusform>
            <numerusform>&amp;Odeslat pro %n</numerusform>
            <numerusform>&amp;Odeslat pro %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} queued for {grns} and %n more; sending in the background.</source>
        <translation>
            <numerusform>{what}: ve frontě pro {grns} a %n další; odesílá se na pozadí.</numerusform>
            <numerusform>{what}: ve frontě pro {grns} a %n další; odesílá se na pozadí.</numerusform>
            <numerusform>{what}: ve frontě pro {grns} a %n dalších; odesílá se na pozadí.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} queued for {grns}; sending in the background.</source>
        <translation>{what}: ve frontě pro {grns}; odesílá se na pozadí.</translation>
    </message>
    <message>
        <source>Send and receive cancelled.</source>
        <translation>Odesílání a příjem byly zrušeny.</translation>
    </message>
    <message>
        <source>Send and receive stopped: {error}</source>
        <translation>Odesílání a příjem byly zastaveny: {error}</translation>
    </message>
    <message>
        <source>Registration confirmed for {grn}: ask {holder}, who holds the primary access code, to delete it from the record.</source>
        <translation>Registrace pro {grn} byla potvrzena: požádejte uživatele {holder}, který má hlavní přístupový kód, aby jej ze záznamu smazal.</translation>
    </message>
    <message>
        <source>The primary access code of {grn} was deleted from the record.</source>
        <translation>Hlavní přístupový kód záruky {grn} byl ze záznamu smazán.</translation>
    </message>
    <message>
        <source>Delete the primary access code?</source>
        <translation>Smazat hlavní přístupový kód?</translation>
    </message>
    <message>
        <source>Registration confirmed for GRN {grn}. Delete the primary access code from the record now? (Keeping it is like writing the PIN on the card.)</source>
        <translation>Registrace pro GRN {grn} byla potvrzena. Smazat nyní hlavní přístupový kód ze záznamu? (Ponechat si jej je jako napsat si PIN na kartu.)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Ponechat</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organizace</numerusform>
            <numerusform>%n organizace</numerusform>
            <numerusform>%n organizací</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guarantees</source>
        <translation>
            <numerusform>%n záruka</numerusform>
            <numerusform>%n záruky</numerusform>
            <numerusform>%n záruk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n odeslána</numerusform>
            <numerusform>%n odeslány</numerusform>
            <numerusform>%n odesláno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery receipt(s)</source>
        <translation>
            <numerusform>%n potvrzení o doručení</numerusform>
            <numerusform>%n potvrzení o doručení</numerusform>
            <numerusform>%n potvrzení o doručení</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n přijata</numerusform>
            <numerusform>%n přijaty</numerusform>
            <numerusform>%n přijato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied to the records</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n zapracována do záznamů</numerusform>
            <numerusform>%n zapracovány do záznamů</numerusform>
            <numerusform>%n zapracováno do záznamů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmatched</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n nepřiřazena</numerusform>
            <numerusform>%n nepřiřazeny</numerusform>
            <numerusform>%n nepřiřazeno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n v karanténě</numerusform>
            <numerusform>%n v karanténě</numerusform>
            <numerusform>%n v karanténě</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) ignored</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n duplikát ignorován</numerusform>
            <numerusform>%n duplikáty ignorovány</numerusform>
            <numerusform>%n duplikátů ignorováno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to be sent again later</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n bude později odeslána znovu</numerusform>
            <numerusform>%n budou později odeslány znovu</numerusform>
            <numerusform>%n bude později odesláno znovu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>messages</comment>
        <translation>
            <numerusform>%n selhala</numerusform>
            <numerusform>%n selhaly</numerusform>
            <numerusform>%n selhalo</numerusform>
        </translation>
    </message>
    <message>
        <source>Send and receive: {results}.</source>
        <translation>Odeslat a přijmout: {results}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nic nového</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still without an answer: see Messages ▸ Receipts and responses.</source>
        <translation>
            <numerusform>%n zpráva je stále bez odpovědi: viz Zprávy ▸ Potvrzení a odpovědi.</numerusform>
            <numerusform>%n zprávy jsou stále bez odpovědi: viz Zprávy ▸ Potvrzení a odpovědi.</numerusform>
            <numerusform>%n zpráv je stále bez odpovědi: viz Zprávy ▸ Potvrzení a odpovědi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problem: {problem} (and %n more)</source>
        <translation>
            <numerusform>Problém: {problem} (a %n další)</numerusform>
            <numerusform>Problém: {problem} (a %n další)</numerusform>
            <numerusform>Problém: {problem} (a %n dalších)</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problém: {problem}</translation>
    </message>
    <message>
        <source>1 secondary code</source>
        <translation>1 vedlejší kód</translation>
    </message>
    <message numerus="yes">
        <source>%n secondary codes</source>
        <translation>
            <numerusform>%n vedlejší kód</numerusform>
            <numerusform>%n vedlejší kódy</numerusform>
            <numerusform>%n vedlejších kódů</numerusform>
        </translation>
    </message>
    <message>
        <source>a new primary access code</source>
        <translation>nový hlavní přístupový kód</translation>
    </message>
    <message>
        <source>the primary access code stays the same</source>
        <translation>hlavní přístupový kód zůstává stejný</translation>
    </message>
    <message>
        <source>GRN {grn}: {codes}; {pac}</source>
        <translation>GRN {grn}: {codes}; {pac}</translation>
    </message>
    <message>
        <source>cannot be asked: {reason}</source>
        <translation>nelze se dotázat: {reason}</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <comment>the balance</comment>
        <translation>zatím nezjištěn</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>bez data ukončení</translation>
    </message>
    <message>
        <source>Codes registered</source>
        <translation>Kódy registrovány</translation>
    </message>
    <message>
        <source>never (or the last registration failed)</source>
        <translation>nikdy (nebo poslední registrace selhala)</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Disponibilní zůstatek</translation>
    </message>
    <message>
        <source>Amount in use (exposure)</source>
        <translation>Čerpaná částka (expozice)</translation>
    </message>
    <message>
        <source>Number of uses</source>
        <translation>Počet použití</translation>
    </message>
    <message>
        <source>Owner according to customs</source>
        <translation>Vlastník podle celní správy</translation>
    </message>
    <message>
        <source>Reference amount</source>
        <translation>Referenční částka</translation>
    </message>
    <message>
        <source>Guarantee amount according to customs</source>
        <translation>Částka záruky podle celní správy</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Platnost</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Omezení</translation>
    </message>
    <message>
        <source>Last answer from customs</source>
        <translation>Poslední odpověď celní správy</translation>
    </message>
    <message>
        <source>(no description of this code is known)</source>
        <translation>(popis tohoto kódu není znám)</translation>
    </message>
    <message>
        <source>Last error {code}</source>
        <translation>Poslední chyba {code}</translation>
    </message>
    <message>
        <source>Usage of the guarantee ({period})</source>
        <translation>Použití záruky ({period})</translation>
    </message>
    <message>
        <source>Usage of the guarantee</source>
        <translation>Použití záruky</translation>
    </message>
    <message>
        <source>Customs reported no transit operations.</source>
        <translation>Celní správa neohlásila žádné tranzitní operace.</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>column: amount of a transit operation</comment>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>column: whether the guarantee is locked for the operation</comment>
        <translation>Blokováno</translation>
    </message>
    <message>
        <source>Arrival</source>
        <comment>column: date and time of arrival</comment>
        <translation>Příchod</translation>
    </message>
    <message>
        <source>Released</source>
        <comment>column: date and time of release</comment>
        <translation>Propuštěno</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>not released yet</comment>
        <translation>zatím ne</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more operations.</source>
        <translation>
            <numerusform>… a %n další operace.</numerusform>
            <numerusform>… a %n další operace.</numerusform>
            <numerusform>… a %n dalších operací.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n operation(s)</source>
        <translation>
            <numerusform>{title}: %n operace</numerusform>
            <numerusform>{title}: %n operace</numerusform>
            <numerusform>{title}: %n operací</numerusform>
        </translation>
    </message>
    <message>
        <source>administrator: all organisations</source>
        <translation>správce: všechny organizace</translation>
    </message>
    <message>
        <source>(saved despite a failing check digit: training data)</source>
        <translation>(uloženo navzdory chybné kontrolní číslici: školicí data)</translation>
    </message>
    <message>
        <source>stored (held by {holder})</source>
        <comment>the primary access code</comment>
        <translation>uložen (má jej {holder})</translation>
    </message>
    <message>
        <source>not stored</source>
        <comment>the primary access code</comment>
        <translation>neuložen</translation>
    </message>
    <message>
        <source>Guarantee user</source>
        <translation>Uživatel záruky</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>of the guarantee</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Other reference</source>
        <translation>Jiný odkaz</translation>
    </message>
    <message>
        <source>Customs office</source>
        <translation>Celní úřad</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>of the guarantee</comment>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Communication parameters</source>
        <translation>Komunikační parametry</translation>
    </message>
    <message>
        <source>none — messages cannot be sent</source>
        <translation>žádné — zprávy nelze odesílat</translation>
    </message>
    <message>
        <source>Your secondary codes</source>
        <translation>Vaše vedlejší kódy</translation>
    </message>
    <message numerus="yes">
        <source>%n stored</source>
        <comment>secondary codes</comment>
        <translation>
            <numerusform>%n uložen</numerusform>
            <numerusform>%n uloženy</numerusform>
            <numerusform>%n uloženo</numerusform>
        </translation>
    </message>
    <message>
        <source>none stored for you</source>
        <comment>secondary codes</comment>
        <translation>pro vás nejsou uloženy žádné</translation>
    </message>
    <message>
        <source>Primary access code</source>
        <translation>Hlavní přístupový kód</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vaše oprávnění</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>A primary access code is stored (held by {holder}) — delete it after registration: keeping it is like writing the PIN on the card.</source>
        <translation>Je uložen hlavní přístupový kód (má jej {holder}) — po registraci jej smažte: ponechat si jej je jako napsat si PIN na kartu.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>User manual — CustomsDesk</source>
        <translation>Uživatelská příručka — CustomsDesk</translation>
    </message>
    <message>
        <source>Find in the manual (Enter: next)</source>
        <translation>Hledat v příručce (Enter: další)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Příručka</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vpřed</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Obsah</translation>
    </message>
    <message>
        <source>Back to the top of the manual</source>
        <translation>Zpět na začátek příručky</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unknown query kind &apos;{name}&apos;: use usage, balance, usage and balance or info.</source>
        <translation>Neznámý druh dotazu „{name}“: použijte usage, balance, usage and balance nebo info.</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>použití</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>zůstatek</translation>
    </message>
    <message>
        <source>usage and balance</source>
        <translation>použití a zůstatek</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>ostatní údaje</translation>
    </message>
    <message>
        <source>{path}/queryIdentifier &apos;{value}&apos; is not a known query kind (1 usage, 2 balance, 3 usage and balance, 4 other information) (line {line}).</source>
        <translation>{path}/queryIdentifier „{value}“ není známý druh dotazu (1 použití, 2 zůstatek, 3 použití a zůstatek, 4 ostatní údaje) (řádek {line}).</translation>
    </message>
    <message>
        <source>An access code is exactly 4 letters (A–Z) or digits.</source>
        <translation>Přístupový kód má přesně 4 písmena (A–Z) nebo číslice.</translation>
    </message>
    <message>
        <source>A GRN is 2 digits (year), 2 letters (country), 12 capitals or digits and a check digit (vouchers add a letter and 6 digits).</source>
        <translation>GRN má 2 číslice (rok), 2 písmena (země), 12 velkých písmen nebo číslic a kontrolní číslici (u záručních dokladů následuje ještě písmeno a 6 číslic).</translation>
    </message>
    <message>
        <source>An MRN is 18 characters: year, country, serial number and check character.</source>
        <translation>MRN má 18 znaků: rok, země, pořadové číslo a kontrolní znak.</translation>
    </message>
    <message>
        <source>A customs office is 2 letters (country) and 6 capitals or digits, e.g. CZ510201.</source>
        <translation>Kód celního úřadu má 2 písmena (země) a 6 velkých písmen nebo číslic, např. CZ510201.</translation>
    </message>
    <message>
        <source>Only guarantee types 0 and 1 have access codes to register.</source>
        <translation>Přístupové kódy k registraci mají pouze záruky typu 0 a 1.</translation>
    </message>
    <message>
        <source>Date and time are written YYYY-MM-DDThh:mm:ss, without fractions or time zone.</source>
        <translation>Datum a čas se zapisují ve tvaru YYYY-MM-DDThh:mm:ss, bez zlomků sekundy a bez časového pásma.</translation>
    </message>
    <message>
        <source>The MRN of a summary declaration is 18 characters: 2 digits (year), 2 letters (country), 12 capitals or digits, the procedure letter U and a check digit.</source>
        <translation>MRN souhrnného celního prohlášení má 18 znaků: 2 číslice (rok), 2 písmena (země), 12 velkých písmen nebo číslic, písmeno postupu U a kontrolní číslice.</translation>
    </message>
    <message>
        <source>The kind of declaration is VSA (create), VSM (modify), ESA (confirm) or ESV (create and confirm).</source>
        <translation>Druh prohlášení je VSA (vytvoření), VSM (změna), ESA (potvrzení) nebo ESV (vytvoření a potvrzení).</translation>
    </message>
    <message>
        <source>The confirmation flag is 1 or 2 (ESA) or 3 (ESV).</source>
        <translation>Příznak potvrzení je 1 nebo 2 (ESA), nebo 3 (ESV).</translation>
    </message>
    <message>
        <source>Positions are numbered 1 to 9,999, each number once.</source>
        <translation>Položky se číslují od 1 do 9&#xa0;999, každé číslo jen jednou.</translation>
    </message>
    <message>
        <source>The declaration is identified by REG (registration number) or MID (manifest id).</source>
        <translation>Prohlášení se identifikuje pomocí REG (registrační číslo) nebo MID (ID manifestu).</translation>
    </message>
    <message>
        <source>The mode of transport is one of 1, 2, 3, 4, 5, 7, 8, 9.</source>
        <translation>Druh dopravy je jeden z kódů 1, 2, 3, 4, 5, 7, 8, 9.</translation>
    </message>
    <message>
        <source>The previous document type is MAWB, FLI, MAN, ENS or OTH (empty deletes it).</source>
        <translation>Druh předchozího dokladu je MAWB, FLI, MAN, ENS nebo OTH (prázdná hodnota jej odstraní).</translation>
    </message>
    <message>
        <source>The previous document type is MAWB, FLI, MAN, ENS or OTH.</source>
        <translation>Druh předchozího dokladu je MAWB, FLI, MAN, ENS nebo OTH.</translation>
    </message>
    <message>
        <source>A customs office is 2 letters (country) and 6 capitals or digits, e.g. DE002601.</source>
        <translation>Kód celního úřadu má 2 písmena (země) a 6 velkých písmen nebo číslic, např. DE002601.</translation>
    </message>
    <message>
        <source>A country is 2 capital letters, e.g. DE.</source>
        <translation>Země se zadává 2 velkými písmeny, např. DE.</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD (empty deletes an optional one).</source>
        <translation>Datum se zapisuje ve tvaru YYYY-MM-DD (prázdná hodnota odstraní nepovinné datum).</translation>
    </message>
    <message>
        <source>A date is written YYYY-MM-DD (empty deletes it).</source>
        <translation>Datum se zapisuje ve tvaru YYYY-MM-DD (prázdná hodnota jej odstraní).</translation>
    </message>
    <message>
        <source>The kind of reference is AWB, MAWB, BL, CMR, CIM or OTH.</source>
        <translation>Druh reference je AWB, MAWB, BL, CMR, CIM nebo OTH.</translation>
    </message>
    <message>
        <source>The package kind is a code of 2 capitals or digits, e.g. PK.</source>
        <translation>Druh obalu je kód ze 2 velkých písmen nebo číslic, např. PK.</translation>
    </message>
    <message>
        <source>The number of packages is a whole number of at most 8 digits.</source>
        <translation>Počet kusů je celé číslo o nejvýše 8 číslicích.</translation>
    </message>
    <message>
        <source>The gross mass is in kilograms with at most 3 decimals and 16 characters, e.g. 1250.5.</source>
        <translation>Hrubá hmotnost se uvádí v kilogramech s nejvýše 3 desetinnými místy a nejvýše 16 znaky, např. 1250.5.</translation>
    </message>
    <message>
        <source>The customs status is N (non-Union goods) or U (Union goods).</source>
        <translation>Celní status je N (zboží, které není zbožím Unie) nebo U (zboží Unie).</translation>
    </message>
    <message>
        <source>The field is named by its JSON path, e.g. presenter.tin.</source>
        <translation>Pole se označuje svou cestou JSON, např. presenter.tin.</translation>
    </message>
    <message>
        <source>One registration carries 1 to 999 secondary access codes.</source>
        <translation>Jedna registrace obsahuje 1 až 999 vedlejších přístupových kódů.</translation>
    </message>
    <message>
        <source>One message carries 1 to 99 guarantees.</source>
        <translation>Jedna zpráva obsahuje 1 až 99 záruk.</translation>
    </message>
    <message>
        <source>A confirmation carries at most 9 error codes.</source>
        <translation>Potvrzení obsahuje nejvýše 9 chybových kódů.</translation>
    </message>
    <message>
        <source>One guarantee lists at most 9,999 usages.</source>
        <translation>U jedné záruky se uvádí nejvýše 9&#xa0;999 použití.</translation>
    </message>
    <message>
        <source>A summary declaration carries at most 9,999 positions.</source>
        <translation>Souhrnné celní prohlášení obsahuje nejvýše 9&#xa0;999 položek.</translation>
    </message>
    <message>
        <source>An answer lists at most 9,999 accepted positions.</source>
        <translation>Odpověď uvádí nejvýše 9&#xa0;999 přijatých položek.</translation>
    </message>
    <message>
        <source>The {message_type} root element must be in the namespace {namespace}.</source>
        <translation>Kořenový prvek zprávy {message_type} musí být v oboru názvů {namespace}.</translation>
    </message>
    <message>
        <source>The schema folder {folder} does not exist: choose the folder with the published XSD files.</source>
        <translation>Složka se schématy {folder} neexistuje: zvolte složku s publikovanými soubory XSD.</translation>
    </message>
    <message>
        <source>The folder {folder} holds none of the message schemas ({files}): choose the folder of the published NCTS XSD files.</source>
        <translation>Složka {folder} neobsahuje žádné ze schémat zpráv ({files}): zvolte složku s publikovanými soubory XSD pro NCTS.</translation>
    </message>
    <message>
        <source>unknown message type {message_type}: no schema is known for it. It looks like an old NCTS phase 4 message, which CustomsDesk does not process.</source>
        <translation>neznámý typ zprávy {message_type}: není pro něj známo žádné schéma. Vypadá jako stará zpráva NCTS fáze 4, kterou CustomsDesk nezpracovává.</translation>
    </message>
    <message>
        <source>unknown message type {message_type}: no schema is known for it.</source>
        <translation>neznámý typ zprávy {message_type}: není pro něj známo žádné schéma.</translation>
    </message>
    <message>
        <source>The schema file {path} cannot be used: {error}. Replace it with the published file.</source>
        <translation>Soubor schématu {path} nelze použít: {error}. Nahraďte jej publikovaným souborem.</translation>
    </message>
    <message>
        <source>The message is not well-formed XML: {reason} (line {line}, column {column}).</source>
        <translation>Zpráva není správně strukturovaný dokument XML: {reason} (řádek {line}, sloupec {column}).</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Zpráva je prázdná.</translation>
    </message>
    <message>
        <source>The message declares a document type (&lt;!DOCTYPE …&gt;): DTDs and entities are not accepted in customs messages. Ask the sender for the message without it.</source>
        <translation>Zpráva deklaruje typ dokumentu (&lt;!DOCTYPE …&gt;): DTD a entity nejsou v celních zprávách přípustné. Požádejte odesílatele o zprávu bez této deklarace.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDThh:mm:ss)</source>
        <translation>datum a čas (YYYY-MM-DDThh:mm:ss)</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>částka</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>celé číslo</translation>
    </message>
    <message>
        <source>a flag (0 or 1)</source>
        <translation>příznak (0 nebo 1)</translation>
    </message>
    <message>
        <source>The message is incomplete: {path} has no {element}, which is required (line {line}). The sender must correct the message.</source>
        <translation>Zpráva je neúplná: {path} neobsahuje povinný prvek {element} (řádek {line}). Odesílatel musí zprávu opravit.</translation>
    </message>
    <message>
        <source>{path} must be {what}, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} musí být {what}, nikoli „{value}“ (řádek {line}).</translation>
    </message>
    <message>
        <source>Expected a {expected} message, but this one is {found}.</source>
        <translation>Očekávala se zpráva {expected}, tato zpráva je však {found}.</translation>
    </message>
    <message>
        <source>The message cannot be shown: {reason}. The preview may not read files or the network.</source>
        <translation>Zprávu nelze zobrazit: {reason}. Náhled nesmí číst soubory ani síť.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Access code registration</source>
        <translation>Registrace přístupových kódů</translation>
    </message>
    <message>
        <source>Registration confirmation</source>
        <translation>Potvrzení registrace</translation>
    </message>
    <message>
        <source>Guarantee query</source>
        <translation>Dotaz na záruku</translation>
    </message>
    <message>
        <source>Query response</source>
        <translation>Odpověď na dotaz</translation>
    </message>
    <message>
        <source>Guarantee not valid</source>
        <translation>Neplatná záruka</translation>
    </message>
    <message>
        <source>Functional rejection</source>
        <translation>Funkční odmítnutí</translation>
    </message>
    <message>
        <source>XML rejection</source>
        <translation>Odmítnutí XML</translation>
    </message>
    <message>
        <source>Sent to customs</source>
        <translation>Odesláno celní správě</translation>
    </message>
    <message>
        <source>Received from customs</source>
        <translation>Přijato od celní správy</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nečitelné)</translation>
    </message>
    <message>
        <source>{state} — no answer yet</source>
        <translation>{state} — zatím bez odpovědi</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n další</numerusform>
            <numerusform>+%n dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer since {sent}: customs have not answered for longer than expected. Check the gateway, or ask customs whether the message arrived.</source>
        <translation>Bez odpovědi od {sent}: celní správa neodpovídá déle, než se očekávalo. Zkontrolujte bránu nebo se celní správy zeptejte, zda zpráva dorazila.</translation>
    </message>
    <message>
        <source>{result}. It was never applied to the records.</source>
        <translation>{result}. Nikdy nebyla zapracována do záznamů.</translation>
    </message>
    <message>
        <source>the message could not be opened or verified</source>
        <translation>zprávu nebylo možné otevřít ani ověřit</translation>
    </message>
    <message>
        <source>Quarantined: {reason}. It was never applied to the records.</source>
        <translation>V karanténě: {reason}. Do záznamů nebyla nikdy promítnuta.</translation>
    </message>
    <message>
        <source>this answer belongs to no message sent from here</source>
        <translation>tato odpověď nepatří k žádné zprávě odeslané odsud</translation>
    </message>
    <message>
        <source>Unmatched: {reason}. Check it by hand; the records were not changed by it.</source>
        <translation>Nepřiřazeno: {reason}. Zkontrolujte ji ručně; záznamy tím nebyly změněny.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: the state of a message in its processing (queued, sent, answered...)</extracomment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>(deleted organisation {number})</source>
        <translation>(odstraněná organizace {number})</translation>
    </message>
</context>
<context>
    <name>MessagesWindow</name>
    <message>
        <source>Apply the quarantined answer again, once its fault is put right (e.g. a certificate imported)</source>
        <translation>Znovu zapracovat odpověď v karanténě, jakmile bude odstraněna příčina chyby (např. importován certifikát)</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Všechny směry</translation>
    </message>
    <message>
        <source>→ Sent to customs</source>
        <translation>→ Odesláno celní správě</translation>
    </message>
    <message>
        <source>← Received from customs</source>
        <translation>← Přijato od celní správy</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>libovolné datum</translation>
    </message>
    <message>
        <source>The first date in the list, shown as &apos;any date&apos;, means no limit</source>
        <translation>První datum v seznamu, zobrazené jako „libovolné datum“, znamená bez omezení</translation>
    </message>
    <message>
        <source>Receipts and responses — CustomsDesk</source>
        <translation>Potvrzení a odpovědi — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tisk…</translation>
    </message>
    <message>
        <source>Print the preview of the selected message</source>
        <translation>Vytisknout náhled vybrané zprávy</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>Exportovat do P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the preview of the selected message as a PDF file</source>
        <translation>Uložit náhled vybrané zprávy jako soubor PDF</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>Read the messages again from the database</source>
        <translation>Znovu načíst zprávy z databáze</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Zrušit &amp;filtry</translation>
    </message>
    <message>
        <source>Show every message again</source>
        <translation>Znovu zobrazit všechny zprávy</translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation>&amp;Znovu zapracovat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Zprávy</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Zpráva</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>Za&amp;vřít</translation>
    </message>
    <message>
        <source>Search: GRN, message id, error code, result text…</source>
        <translation>Hledat: GRN, ID zprávy, kód chyby, text výsledku…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <source>GRN (whole number)</source>
        <translation>GRN (celé číslo)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hledat</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Směr</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <comment>filter: the type of message</comment>
        <translation>&amp;Typ</translation>
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
        <translation>St&amp;av</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>O&amp;rganizace</translation>
    </message>
    <message>
        <source>Show the messages of every record</source>
        <translation>Zobrazit zprávy všech záznamů</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>State</source>
        <comment>the state a message reached</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Náhled</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>H&amp;istorie</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Všechny typy</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Všechny organizace</translation>
    </message>
    <message>
        <source>Only messages for {reference}</source>
        <translation>Pouze zprávy pro {reference}</translation>
    </message>
    <message>
        <source>Only messages for guarantee {number}</source>
        <translation>Pouze zprávy pro záruku {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n message</source>
        <translation>
            <numerusform>%n zpráva</numerusform>
            <numerusform>%n zprávy</numerusform>
            <numerusform>%n zpráv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n zpráva</numerusform>
            <numerusform>%n zprávy</numerusform>
            <numerusform>%n zpráv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message matches the filters</source>
        <translation>
            <numerusform>Filtrům odpovídá %n zpráva</numerusform>
            <numerusform>Filtrům odpovídají %n zprávy</numerusform>
            <numerusform>Filtrům odpovídá %n zpráv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages match the filters</source>
        <translation>
            <numerusform>Filtrům odpovídá %n zpráva</numerusform>
            <numerusform>Filtrům odpovídají %n zprávy</numerusform>
            <numerusform>Filtrům odpovídá %n zpráv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n message(s) sent to customs have had no answer for more than {hours} hours (highlighted in orange). Check the gateway, or ask customs whether they arrived.</source>
        <translation>
            <numerusform>⚠ %n zpráva odeslaná celní správě nemá odpověď déle než {hours} h (zvýrazněna oranžově). Zkontrolujte bránu nebo se celní správy zeptejte, zda zpráva dorazila.</numerusform>
            <numerusform>⚠ %n zprávy odeslané celní správě nemají odpověď déle než {hours} h (zvýrazněny oranžově). Zkontrolujte bránu nebo se celní správy zeptejte, zda zprávy dorazily.</numerusform>
            <numerusform>⚠ %n zpráv odeslaných celní správě nemá odpověď déle než {hours} h (zvýrazněny oranžově). Zkontrolujte bránu nebo se celní správy zeptejte, zda zprávy dorazily.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n received message(s) are quarantined or unmatched (highlighted): they were not applied to the records. Open one to see why.</source>
        <translation>
            <numerusform>⚠ %n přijatá zpráva je v karanténě nebo nepřiřazená (zvýrazněna): nebyla zapracována do záznamů. Otevřete ji a zjistěte proč.</numerusform>
            <numerusform>⚠ %n přijaté zprávy jsou v karanténě nebo nepřiřazené (zvýrazněny): nebyly zapracovány do záznamů. Otevřete některou z nich a zjistěte proč.</numerusform>
            <numerusform>⚠ %n přijatých zpráv je v karanténě nebo nepřiřazených (zvýrazněny): nebyly zapracovány do záznamů. Otevřete některou z nich a zjistěte proč.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>Vyberte zprávu, aby se zde zobrazila.</translation>
    </message>
    <message>
        <source>(This message has no readable XML.)</source>
        <translation>(Tato zpráva neobsahuje čitelné XML.)</translation>
    </message>
    <message>
        <source>it has not been opened yet</source>
        <translation>zatím nebyla otevřena</translation>
    </message>
    <message>
        <source>&lt;b&gt;This message cannot be shown:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Tuto zprávu nelze zobrazit:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>It was never applied to the records. The envelope as received is kept in the archive.</source>
        <translation>Nikdy nebyla zapracována do záznamů. Obálka v přijaté podobě je uložena v archivu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview cannot be made:&lt;/b&gt; {error}</source>
        <translation>&lt;b&gt;Náhled nelze vytvořit:&lt;/b&gt; {error}</translation>
    </message>
    <message>
        <source>See the XML tab for the message as it is.</source>
        <translation>Zprávu v původní podobě najdete na kartě XML.</translation>
    </message>
    <message>
        <source>Select a message first</source>
        <translation>Nejprve vyberte zprávu</translation>
    </message>
    <message>
        <source>Only a quarantined answer can be applied again</source>
        <translation>Znovu zapracovat lze pouze odpověď v karanténě</translation>
    </message>
    <message>
        <source>Message {number} is applied again at this send and receive.</source>
        <translation>Zpráva {number} bude znovu zapracována při nejbližším odeslání a příjmu.</translation>
    </message>
    <message>
        <source>Print message</source>
        <translation>Vytisknout zprávu</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Odesláno na tiskárnu.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportovat do PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Soubory PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Uloženo: {path}</translation>
    </message>
</context>
<context>
    <name>Messaging</name>
    <message>
        <source>A delivery receipt could not be verified: {error}</source>
        <translation>Potvrzení o doručení se nepodařilo ověřit: {error}</translation>
    </message>
    <message>
        <source>A delivery receipt could not be read: it names no message.</source>
        <translation>Potvrzení o doručení se nepodařilo přečíst: neuvádí žádnou zprávu.</translation>
    </message>
    <message>
        <source>The database stayed busy (another program kept writing to it); the answers left are applied at the next send and receive.</source>
        <translation>Databáze zůstala obsazená (jiný program do ní stále zapisoval); zbývající odpovědi se zapracují při příštím odeslání a přijetí.</translation>
    </message>
    <message>
        <source>Quarantined: {reason}</source>
        <translation>V karanténě: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the gateway {gateway}: start the customs simulator (Messages ▸ Customs simulator) or check the gateway address in Settings ▸ NCTS.</source>
        <translation>Nelze se připojit k bráně {gateway}: spusťte celní simulátor (Zprávy ▸ Celní simulátor) nebo zkontrolujte adresu brány v Nastavení ▸ NCTS.</translation>
    </message>
    <message>
        <source>Cannot reach the gateway {gateway}: check the network connection, or the gateway address in Settings ▸ NCTS.</source>
        <translation>Nelze se připojit k bráně {gateway}: zkontrolujte síťové připojení nebo adresu brány v Nastavení ▸ NCTS.</translation>
    </message>
    <message>
        <source>The gateway {gateway} sent a listing that is not JSON; its deliveries are fetched at the next send and receive.</source>
        <extracomment>``said(QT_TRANSLATE_NOOP(&quot;Messaging&quot;, &quot;…{field}…&quot;), field=…)``: a wording shown in the reader&apos;s language and kept in English by the message history and the gateway&apos;s state (see core.wording)</extracomment>
        <translation>Brána {gateway} poslala výpis, který není ve formátu JSON; její zásilky se stáhnou při příštím odeslání a přijetí.</translation>
    </message>
    <message>
        <source>The gateway {gateway} sent a listing that is not a list of deliveries; check the gateway address in Settings ▸ NCTS.</source>
        <translation>Brána {gateway} poslala výpis, který není seznamem zásilek; zkontrolujte adresu brány v Nastavení ▸ NCTS.</translation>
    </message>
    <message>
        <source>The gateway {gateway} listed a delivery (entry {entry}) without a valid id ({id}); it was skipped.</source>
        <translation>Brána {gateway} uvedla zásilku (záznam {entry}) bez platného ID ({id}); zásilka byla přeskočena.</translation>
    </message>
    <message>
        <source>The gateway {gateway} is not available now (HTTP {status}); the message stays queued.</source>
        <translation>Brána {gateway} nyní není dostupná (HTTP {status}); zpráva zůstává ve frontě.</translation>
    </message>
    <message>
        <source>The gateway refused the message (HTTP {status}): {reason}</source>
        <translation>Brána zprávu odmítla (HTTP {status}): {reason}</translation>
    </message>
    <message>
        <source>Cannot write to the mailbox folder {folder} ({error}): check that the folder exists and may be written, or the gateway address in Settings ▸ NCTS.</source>
        <translation>Do složky poštovní schránky {folder} nelze zapisovat ({error}): zkontrolujte, zda složka existuje a lze do ní zapisovat, nebo zkontrolujte adresu brány v Nastavení ▸ NCTS.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) went out</source>
        <translation>
            <numerusform>%n zpráva odeslána</numerusform>
            <numerusform>%n zprávy odeslány</numerusform>
            <numerusform>%n zpráv odesláno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{went}, the %n urgent one(s) first</source>
        <translation>
            <numerusform>{went}, nejprve %n naléhavá</numerusform>
            <numerusform>{went}, nejprve %n naléhavé</numerusform>
            <numerusform>{went}, nejprve %n naléhavých</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{went}; %n still wait(s)</source>
        <translation>
            <numerusform>{went}; %n ještě čeká</numerusform>
            <numerusform>{went}; %n ještě čekají</numerusform>
            <numerusform>{went}; %n ještě čeká</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway {gateway} answers again (down since {since}): {went}.</source>
        <translation>Brána {gateway} opět odpovídá (nedostupná od {since}): {went}.</translation>
    </message>
    <message>
        <source>The access code registration for {reference}</source>
        <translation>Registrace přístupových kódů pro {reference}</translation>
    </message>
    <message>
        <source>The access code registration for this guarantee</source>
        <translation>Registrace přístupových kódů pro tuto záruku</translation>
    </message>
    <message>
        <source>{what} is not possible: only guarantee types 0 and 1 have access codes registered electronically; for type {type} the guarantor gives the code.</source>
        <translation>{what}: nelze provést – přístupové kódy se elektronicky registrují pouze u záruk typu 0 a 1; u typu {type} kód přiděluje ručitel.</translation>
    </message>
    <message>
        <source>{what} needs the primary access code, which {holder} holds: ask them to send it.</source>
        <translation>{what}: je potřeba hlavní přístupový kód, který má uživatel {holder} – požádejte jej, aby registraci odeslal.</translation>
    </message>
    <message>
        <source>{what} needs the primary access code: enter it in the guarantee editor ▸ Access codes.</source>
        <translation>{what}: je potřeba hlavní přístupový kód – zadejte jej v editoru záruky ▸ Přístupové kódy.</translation>
    </message>
    <message>
        <source>{what} needs at least one secondary access code: add yours in the guarantee editor ▸ Access codes.</source>
        <translation>{what}: je potřeba alespoň jeden vedlejší přístupový kód – přidejte svůj v editoru záruky ▸ Přístupové kódy.</translation>
    </message>
    <message>
        <source>The {kind} query for {reference}</source>
        <translation>Dotaz na záruku ({kind}) pro {reference}</translation>
    </message>
    <message>
        <source>The {kind} query for this guarantee</source>
        <translation>Dotaz na tuto záruku ({kind})</translation>
    </message>
    <message>
        <source>{what} is not possible: guarantee type {type} has no GRN to ask customs about.</source>
        <translation>{what}: nelze provést – záruka typu {type} nemá GRN, na které by se bylo možné celní správy dotázat.</translation>
    </message>
    <message>
        <source>{what} is not allowed: customs do not give the balance of a type {type} guarantee (EU rule R261). Ask for usage or other information instead.</source>
        <translation>{what}: není povoleno – celní správa neposkytuje zůstatek záruky typu {type} (pravidlo EU R261). Dotažte se místo toho na použití záruky nebo na ostatní údaje.</translation>
    </message>
    <message>
        <source>{what} needs your secondary access code ({user}): enter it in the guarantee editor ▸ Access codes.</source>
        <translation>{what}: je potřeba váš vedlejší přístupový kód ({user}) – zadejte jej v editoru záruky ▸ Přístupové kódy.</translation>
    </message>
    <message>
        <source>{what} must wait: customs answer one query per GRN a minute and {grn} was asked at {asked}. It will be possible at {possible}.</source>
        <translation>{what}: je nutné počkat – celní správa odpovídá na jeden dotaz na GRN za minutu a na {grn} se dotazovalo v {asked}. Dotaz bude možný v {possible}.</translation>
    </message>
    <message>
        <source>The registration for {grn}</source>
        <translation>Registrace pro {grn}</translation>
    </message>
    <message>
        <source>The usage period starts ({start}) after it ends ({end}): swap the dates.</source>
        <translation>Období použití záruky začíná ({start}) až po svém konci ({end}): prohoďte data.</translation>
    </message>
    <message>
        <source>The query for {organisation}</source>
        <translation>Dotaz pro organizaci {organisation}</translation>
    </message>
    <message>
        <source>The {message_type}</source>
        <translation>Zpráva {message_type}</translation>
    </message>
    <message>
        <source>Message {id} is {state}: only a message waiting to be sent can be flagged urgent.</source>
        <translation>Zpráva {id} je ve stavu „{state}“: jako naléhavou lze označit pouze zprávu, která čeká na odeslání.</translation>
    </message>
    <message>
        <source>{user} flagged it urgent: it is sent before the others</source>
        <translation>uživatel {user} ji označil jako naléhavou: odesílá se před ostatními</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>řádek {line}</translation>
    </message>
    <message>
        <source>{what} does not match the message schema at {where}: {problem} Correct the record and try again.</source>
        <translation>{what}: neodpovídá schématu zprávy ({where}): {problem} Opravte záznam a zkuste to znovu.</translation>
    </message>
    <message>
        <source>signed and encrypted for customs with the certificates in effect now</source>
        <translation>podepsáno a zašifrováno pro celní správu aktuálně platnými certifikáty</translation>
    </message>
    <message>
        <source>A certificate changed since {user} queued this message, so it must be signed and encrypted again: it is sent at {user}&apos;s next send and receive.</source>
        <translation>Od doby, kdy uživatel {user} zařadil tuto zprávu do fronty, se změnil certifikát, proto je nutné ji znovu podepsat a zašifrovat: odešle se při příštím odeslání a přijetí uživatele {user}.</translation>
    </message>
    <message>
        <source>{size} MB is larger than the {limit} MB kept for one delivery (setting {setting}); it stays at the gateway until the limit is raised.</source>
        <translation>{size} MB přesahuje limit {limit} MB pro jednu zásilku (nastavení {setting}); zásilka zůstane na bráně, dokud limit nebude zvýšen.</translation>
    </message>
    <message>
        <source>A delivery from {gateway} was not kept: {reason}</source>
        <translation>Zásilka z brány {gateway} nebyla uložena: {reason}</translation>
    </message>
    <message>
        <source>A refusal {refusal} in {gateway} names no message sent from here; it was set aside.</source>
        <translation>Odmítnutí {refusal} na bráně {gateway} neuvádí žádnou zprávu odeslanou odsud; bylo odloženo stranou.</translation>
    </message>
    <message>
        <source>An unverified refusal for message {message_id} was found in the mailbox (not signed by customs, so the message stays as it was): {text}</source>
        <translation>V poštovní schránce bylo nalezeno neověřené odmítnutí zprávy {message_id} (není podepsáno celní správou, proto zpráva zůstává beze změny): {text}</translation>
    </message>
    <message>
        <source>The gateway refused the message: {reason}</source>
        <translation>Brána zprávu odmítla: {reason}</translation>
    </message>
    <message>
        <source>no answer after {hours} hours: check the gateway or ask customs</source>
        <translation>žádná odpověď ani po {hours} h: zkontrolujte bránu nebo se zeptejte celní správy</translation>
    </message>
    <message>
        <source>Message {id} is {state}: only a quarantined answer can be retried. A message that failed is sent again by preparing a new one.</source>
        <translation>Zpráva {id} je ve stavu „{state}“: znovu zapracovat lze pouze odpověď v karanténě. Zprávu, která selhala, odešlete znovu tak, že připravíte novou.</translation>
    </message>
    <message>
        <source>Message {id} was too large to keep ({reason}) Raise the limit ({setting}): it is fetched again at the next send and receive.</source>
        <translation>Zpráva {id} byla příliš velká na uložení ({reason}). Zvyšte limit ({setting}): zpráva se znovu stáhne při příštím odeslání a přijetí.</translation>
    </message>
    <message>
        <source>{user} asked to apply it again</source>
        <translation>uživatel {user} požádal o opětovné zapracování</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for it and go</source>
        <translation>
            <numerusform>%n zpráva na ni čeká a bude odeslána</numerusform>
            <numerusform>%n zprávy na ni čekají a budou odeslány</numerusform>
            <numerusform>%n zpráv na ni čeká a bude odesláno</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway {gateway} is down since {since}: {waiting} as soon as it answers again. Last error: {error}</source>
        <translation>Brána {gateway} je nedostupná od {since}: {waiting}, jakmile opět začne odpovídat. Poslední chyba: {error}</translation>
    </message>
    <message>
        <source>The database stayed busy (another program kept writing to it); the rest is done at the next send and receive.</source>
        <translation>Databáze zůstala obsazená (jiný program do ní stále zapisoval); zbytek se provede při příštím odeslání a přijetí.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Koncept</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Čeká na odeslání</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Odesláno</translation>
    </message>
    <message>
        <source>Delivered (receipt)</source>
        <translation>Doručeno (potvrzení)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Zodpovězeno</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zamítnuto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Selhalo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Applied to the records</source>
        <translation>Zapracováno do záznamů</translation>
    </message>
    <message>
        <source>Unmatched answer</source>
        <translation>Nepřiřazená odpověď</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>V karanténě</translation>
    </message>
    <message>
        <source>Duplicate (ignored)</source>
        <translation>Duplikát (ignorováno)</translation>
    </message>
    <message>
        <source>stored, urgent: sent before the others</source>
        <translation>uloženo, naléhavé: odesílá se před ostatními</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>uloženo</translation>
    </message>
    <message>
        <source>fetched from the gateway as {id}</source>
        <translation>staženo z brány jako {id}</translation>
    </message>
    <message>
        <source>fetched again within the size limit</source>
        <translation>staženo znovu v rámci limitu velikosti</translation>
    </message>
    <message>
        <source>Message {id} does not exist.</source>
        <translation>Zpráva {id} neexistuje.</translation>
    </message>
    <message>
        <source>Message {id} does not exist or concerns an organisation {user} does not represent.</source>
        <translation>Zpráva {id} neexistuje nebo se týká organizace, kterou uživatel {user} nezastupuje.</translation>
    </message>
    <message>
        <source>accepted by the gateway {gateway}</source>
        <translation>přijato bránou {gateway}</translation>
    </message>
    <message>
        <source>the gateway&apos;s receipt could not be verified; waiting for the answer</source>
        <translation>potvrzení brány nelze ověřit; čeká se na odpověď</translation>
    </message>
    <message>
        <source>attempt {attempt} failed: {reason} Next attempt {next}.</source>
        <translation>pokus {attempt} selhal: {reason} Další pokus {next}.</translation>
    </message>
    <message>
        <source>waiting: {reason}</source>
        <translation>čeká: {reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Selhalo: {reason}</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>The organisation register: principals and representatives</source>
        <translation>Registr organizací: hlavní povinní a zástupci</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>All guarantees in use for NCTS</source>
        <translation>Všechny záruky používané pro NCTS</translation>
    </message>
    <message>
        <source>EORI/TIN {eori}, branch {branch}</source>
        <translation>EORI/TIN {eori}, pobočka {branch}</translation>
    </message>
</context>
<context>
    <name>OfficeDatabase</name>
    <message>
        <source>This &amp;workstation&apos;s own database (in its data folder)</source>
        <translation>&amp;Vlastní databáze této pracovní stanice (v její datové složce)</translation>
    </message>
    <message>
        <source>The &amp;office database on a PostgreSQL server</source>
        <translation>Databáze &amp;kanceláře na serveru PostgreSQL</translation>
    </message>
    <message>
        <source>kept in the system keyring once the server takes it</source>
        <translation>uloží se do systémové klíčenky, jakmile je server přijme</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Otestovat připojení</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Použít</translation>
    </message>
    <message>
        <source>Several workstations share one register, one message archive and one list of summary declarations on the office&apos;s server; each clerk&apos;s access codes stay locked with their own password. The password of the server account is never part of the URL: type it here and test the connection to keep it in the system keyring, or give it in PGPASSWORD or a password file (~/.pgpass). The choice applies when CustomsDesk starts again. Every workstation needs the office key (office-key-export and office-key-import).</source>
        <translation>Několik pracovních stanic sdílí na serveru kanceláře jeden registr, jeden archiv zpráv a jeden seznam souhrnných celních prohlášení; přístupové kódy každého referenta zůstávají zamčené jeho vlastním heslem. Heslo serverového účtu nikdy není součástí URL: napište je sem a otestujte připojení, aby se uložilo do systémové klíčenky, nebo je zadejte v PGPASSWORD či v souboru s hesly (~/.pgpass). Volba platí po příštím spuštění CustomsDesku. Každá pracovní stanice potřebuje klíč kanceláře (office-key-export a office-key-import).</translation>
    </message>
    <message>
        <source>Only an administrator may choose the database of this workstation.</source>
        <translation>Databázi této pracovní stanice může zvolit pouze správce.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL serveru:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it in the password field, which keeps it in the system keyring once the server takes it.</source>
        <translation>Heslo do URL nepište: napište je do pole Heslo, odkud se uloží do systémové klíčenky, jakmile je server přijme.</translation>
    </message>
    <message>
        <source>The connection is encrypted ({tls}).</source>
        <translation>Spojení je šifrované ({tls}).</translation>
    </message>
    <message>
        <source>The connection is not encrypted: add sslmode=verify-full to the URL where the network is not the office&apos;s own.</source>
        <translation>Spojení není šifrované: tam, kde síť nepatří kanceláři, přidejte do URL sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The office database asks for its password</source>
        <translation>Databáze kanceláře žádá heslo</translation>
    </message>
    <message>
        <source>Once the server takes it, it is kept in the system keyring, so that CustomsDesk does not ask again.</source>
        <translation>Jakmile je server přijme, uloží se do systémové klíčenky, takže se CustomsDesk nebude ptát znovu.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Připojit</translation>
    </message>
    <message>
        <source>&amp;Close CustomsDesk</source>
        <translation>Zavřít &amp;CustomsDesk</translation>
    </message>
    <message>
        <source>Asking {url}…</source>
        <translation>Dotaz na {url}…</translation>
    </message>
    <message>
        <source>The server answered with an error: {reason}</source>
        <translation>Server odpověděl chybou: {reason}</translation>
    </message>
    <message>
        <source>its schema is version {version}</source>
        <translation>její schéma má verzi {version}</translation>
    </message>
    <message>
        <source>it is empty: the first workstation to use it sets it up</source>
        <translation>je prázdná: nastaví ji první pracovní stanice, která ji použije</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}; {schema}.</source>
        <translation>Připojeno: PostgreSQL {version}; {schema}.</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring ({keyring}).</source>
        <translation>Heslo je uloženo v systémové klíčence ({keyring}).</translation>
    </message>
    <message>
        <source>Test the connection first: the password typed is kept in the system keyring once the server takes it.</source>
        <translation>Nejprve otestujte připojení: napsané heslo se uloží do systémové klíčenky, jakmile je server přijme.</translation>
    </message>
    <message>
        <source>Saved: CustomsDesk uses {database} when it starts again.</source>
        <translation>Uloženo: po příštím spuštění použije CustomsDesk {database}.</translation>
    </message>
    <message>
        <source>this workstation&apos;s own database</source>
        <translation>vlastní databázi této pracovní stanice</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Customs office of guarantee</source>
        <translation>Celní úřad záruky</translation>
    </message>
    <message>
        <source>Search by office code or name, e.g. CZ52 or Budějovice</source>
        <translation>Hledejte podle kódu nebo názvu úřadu, např. CZ52 nebo Budějovice</translation>
    </message>
    <message numerus="yes">
        <source>%n offices with role {role} valid today</source>
        <translation>
            <numerusform>%n úřad s rolí {role} platný dnes</numerusform>
            <numerusform>%n úřady s rolí {role} platné dnes</numerusform>
            <numerusform>%n úřadů s rolí {role} platných dnes</numerusform>
        </translation>
    </message>
    <message>
        <source>(first 200 shown; type more to narrow)</source>
        <translation>(zobrazeno prvních 200; pro zúžení pište dál)</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>There is no participant certificate of this EORI to export: import it first.</source>
        <translation>Pro toto EORI není k dispozici žádný certifikát účastníka k exportu: nejprve jej importujte.</translation>
    </message>
    <message>
        <source>No participant code is set for this EORI and administration: fill it in the communication parameters.</source>
        <translation>Pro toto EORI a celní správu není nastaven žádný kód účastníka: vyplňte jej v komunikačních parametrech.</translation>
    </message>
    <message>
        <source>No communication parameter set names a participant EORI yet. Fill in the participant EORI in Settings ▸ Communication parameters, and its onboarding checklist appears here.</source>
        <translation>Žádná sada komunikačních parametrů zatím neuvádí EORI účastníka. Vyplňte EORI účastníka v Nastavení ▸ Komunikační parametry a zobrazí se zde jeho kontrolní seznam zprovoznění.</translation>
    </message>
    <message>
        <source>Complete: every step is done or not needed</source>
        <translation>Dokončeno: každý krok je hotový nebo není potřeba</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nezahájeno</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nedokončeno</translation>
    </message>
    <message>
        <source>Why the step is not needed, or any remark</source>
        <translation>Proč krok není potřeba, případně jiná poznámka</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Zahájeno:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <source>Save step {number}</source>
        <translation>Uložit krok {number}</translation>
    </message>
    <message>
        <source>Export public certificate…</source>
        <translation>Exportovat veřejný certifikát…</translation>
    </message>
    <message>
        <source>Copy mail subject</source>
        <translation>Kopírovat předmět e-mailu</translation>
    </message>
    <message>
        <source>Done:</source>
        <comment>date the step was done</comment>
        <translation>Dokončeno:</translation>
    </message>
    <message>
        <source>Last changed by {user} on {time}</source>
        <translation>Naposledy změněno: {user}, {time}</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Zatím nezaznamenáno.</translation>
    </message>
    <message>
        <source>Save the public certificate (no private key) to upload it to customs</source>
        <translation>Uložit veřejný certifikát (bez soukromého klíče) k nahrání na portál celní správy</translation>
    </message>
    <message>
        <source>Copy “{subject}” to the clipboard</source>
        <translation>Zkopírovat „{subject}“ do schránky</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>Export the public certificate</source>
        <translation>Exportovat veřejný certifikát</translation>
    </message>
    <message>
        <source>Certificate, PEM</source>
        <translation>Certifikát, PEM</translation>
    </message>
    <message>
        <source>Certificate, DER</source>
        <translation>Certifikát, DER</translation>
    </message>
    <message>
        <source>Exported to {file}: upload this file, it holds no private key.</source>
        <translation>Exportováno do {file}: nahrajte tento soubor, neobsahuje soukromý klíč.</translation>
    </message>
    <message>
        <source>Mail subject copied.</source>
        <translation>Předmět e-mailu byl zkopírován.</translation>
    </message>
    <message>
        <source>Read only. {reason}</source>
        <translation>Pouze pro čtení. {reason}</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Kontrolní seznam zprovoznění</translation>
    </message>
    <message>
        <source>No organisation you represent has this EORI</source>
        <translation>Žádná organizace, kterou zastupujete, nemá toto EORI</translation>
    </message>
    <message>
        <source>{organisations} — work through the steps in order; each step is saved on its own.</source>
        <translation>{organisations} — projděte kroky v uvedeném pořadí; každý krok se ukládá samostatně.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Edit organisation</source>
        <translation>Upravit organizaci</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nová organizace</translation>
    </message>
    <message>
        <source>e.g. CZ25596641</source>
        <translation>např. CZ25596641</translation>
    </message>
    <message>
        <source>Principal (holder of the transit procedure)</source>
        <translation>Hlavní povinný (držitel tranzitního režimu)</translation>
    </message>
    <message>
        <source>Representative (customs agency)</source>
        <translation>Zástupce (celní deklarant)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;EORI / TIN:</source>
        <translation>&amp;EORI / TIN:</translation>
    </message>
    <message>
        <source>Country prefix and up to 15 letters or digits</source>
        <translation>Předpona země a nejvýše 15 písmen nebo číslic</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Pobočka:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Ulice:</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>PSČ, &amp;obec:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Země:</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code</source>
        <translation>Dvoupísmenný kód ISO 3166</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>&amp;Kontaktní osoba:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Poznámk&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Znovu načí&amp;st</translation>
    </message>
    <message>
        <source>Show the organisation as it is saved now</source>
        <translation>Zobrazit organizaci tak, jak je nyní uložena</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <comment>a refused action: &apos;Only … may …&apos;</comment>
        <translation>měnit organizaci</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>The name is required: enter the company&apos;s registered name.</source>
        <translation>Název je povinný: zadejte registrovaný název společnosti.</translation>
    </message>
    <message>
        <source>The name has {length} characters; customs accept at most {most}.</source>
        <translation>Název má {length} znaků; celní správa přijímá nejvýše {most}.</translation>
    </message>
    <message>
        <source>The country must be an ISO 3166 two-letter code, e.g. CZ, DE or PL.</source>
        <translation>Země musí být dvoupísmenný kód podle ISO 3166, např. CZ, DE nebo PL.</translation>
    </message>
    <message>
        <source>The branch number has exactly 4 digits (0000 for the head office).</source>
        <translation>Číslo pobočky má přesně 4 číslice (0000 pro sídlo).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address (name@example.com).</source>
        <translation>„{email}“ není e-mailová adresa (jmeno@example.com).</translation>
    </message>
    <message>
        <source>The EORI/TIN is required: the 2-letter country prefix and up to 15 letters or digits, e.g. CZ25596641.</source>
        <translation>EORI/TIN je povinné: dvoupísmenná předpona země a nejvýše 15 písmen nebo číslic, např. CZ25596641.</translation>
    </message>
    <message>
        <source>The EORI/TIN has {length} characters; at most 17 are allowed (2-letter country prefix + up to 15).</source>
        <translation>EORI/TIN má {length} znaků; povoleno je nejvýše 17 (dvoupísmenná předpona země + nejvýše 15).</translation>
    </message>
    <message>
        <source>The EORI/TIN must start with the 2-letter country prefix (e.g. CZ, DE, PL); &apos;{prefix}&apos; is not one.</source>
        <translation>EORI/TIN musí začínat dvoupísmennou předponou země (např. CZ, DE, PL); „{prefix}“ mezi ně nepatří.</translation>
    </message>
    <message>
        <source>After the country prefix the EORI/TIN may hold only letters A–Z and digits (1 to 15 of them).</source>
        <translation>Za předponou země smí EORI/TIN obsahovat jen písmena A–Z a číslice (1 až 15).</translation>
    </message>
    <message>
        <source>list every organisation</source>
        <translation>zobrazit všechny organizace</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist or {login} does not represent it.</source>
        <translation>Organizace {id} neexistuje nebo ji {login} nezastupuje.</translation>
    </message>
    <message>
        <source>add organisations</source>
        <translation>přidávat organizace</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <translation>měnit organizaci</translation>
    </message>
    <message>
        <source>{name} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Organizaci {name} po jejím otevření změnil někdo jiný (možná na jiné pracovní stanici). Vaše změny nebyly uloženy: načtěte organizaci znovu, abyste viděli jeho změny, a pak své změny proveďte znovu.</translation>
    </message>
    <message>
        <source>type {type}: {reference}</source>
        <translation>typ {type}: {reference}</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(bez reference)</translation>
    </message>
    <message>
        <source>delete organisations</source>
        <translation>odstraňovat organizace</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>(early)</source>
        <translation>(předběžné)</translation>
    </message>
    <message>
        <source>(final)</source>
        <translation>(konečné)</translation>
    </message>
    <message>
        <source>(partial)</source>
        <translation>(částečné)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Přijato</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Přístupový kód</translation>
    </message>
    <message>
        <source>Access code registration</source>
        <translation>Registrace přístupových kódů</translation>
    </message>
    <message>
        <source>Access code registration confirmation</source>
        <translation>Potvrzení registrace přístupových kódů</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Doplňující informace</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Určeno pomocí</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Amount in use (exposure)</source>
        <translation>Čerpaná částka (expozice)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Zodpovězeno</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Příchod</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Datum příjezdu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Codes stored</source>
        <translation>Uložené kódy</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sloupec</translation>
    </message>
    <message>
        <source>Confirmation flag</source>
        <translation>Příznak potvrzení</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Jméno kontaktní osoby</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon kontaktní osoby</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Funkce kontaktní osoby</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>ID korelace</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Uschovatel</translation>
    </message>
    <message>
        <source>Customs office of guarantee</source>
        <translation>Celní úřad záruky</translation>
    </message>
    <message>
        <source>Customs status</source>
        <translation>Celní status</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Prohlášení</translation>
    </message>
    <message>
        <source>Declaration accepted</source>
        <translation>Prohlášení přijato</translation>
    </message>
    <message>
        <source>Endgültig (final)</source>
        <translation>Endgültig (konečné)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>Errors (</source>
        <translation>Chyby (</translation>
    </message>
    <message>
        <source>Errors in the XML sent (</source>
        <translation>Chyby v odeslaném XML (</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vyprší</translation>
    </message>
    <message>
        <source>Exposure and balance</source>
        <translation>Čerpání a zůstatek</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Functional rejection</source>
        <translation>Funkční odmítnutí</translation>
    </message>
    <message>
        <source>Goods description</source>
        <translation>Popis zboží</translation>
    </message>
    <message>
        <source>Gross mass (kg)</source>
        <translation>Hrubá hmotnost (kg)</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Záruka</translation>
    </message>
    <message>
        <source>Guarantee amount</source>
        <translation>Částka záruky</translation>
    </message>
    <message>
        <source>Guarantee not valid</source>
        <translation>Neplatná záruka</translation>
    </message>
    <message>
        <source>Guarantee type</source>
        <translation>Typ záruky</translation>
    </message>
    <message>
        <source>Guarantee voucher</source>
        <translation>Záruční doklad</translation>
    </message>
    <message>
        <source>Guarantees not valid (</source>
        <translation>Neplatné záruky (</translation>
    </message>
    <message>
        <source>Guarantees queried (</source>
        <translation>Dotazované záruky (</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Ručitel</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Držitel</translation>
    </message>
    <message>
        <source>Holder of the transit procedure</source>
        <translation>Hlavní povinný</translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation>Identifikační číslo</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identifikace pomocí</translation>
    </message>
    <message>
        <source>Individual guarantee by a guarantor</source>
        <translation>Jednotlivá záruka ručitele</translation>
    </message>
    <message>
        <source>Invalidity reason</source>
        <translation>Důvod neplatnosti</translation>
    </message>
    <message>
        <source>Invalidity text</source>
        <translation>Popis důvodu neplatnosti</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vystaveno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Kind of declaration</source>
        <translation>Druh prohlášení</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Lock date</source>
        <translation>Datum blokace</translation>
    </message>
    <message>
        <source>Manifest id</source>
        <translation>ID manifestu</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID zprávy</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Druh dopravy</translation>
    </message>
    <message>
        <source>Monitoring code</source>
        <translation>Kód monitorování</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>New primary access code</source>
        <translation>Nový hlavní přístupový kód</translation>
    </message>
    <message>
        <source>Not valid for suspended goods</source>
        <translation>Neplatí pro pozastavené zboží</translation>
    </message>
    <message>
        <source>Not valid in</source>
        <translation>Neplatí v</translation>
    </message>
    <message>
        <source>Number of uses</source>
        <translation>Počet použití</translation>
    </message>
    <message>
        <source>Office of departure</source>
        <translation>Celní úřad odeslání</translation>
    </message>
    <message>
        <source>Office of destination</source>
        <translation>Celní úřad určení</translation>
    </message>
    <message>
        <source>Office of presentation</source>
        <translation>Celní úřad předložení</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Ostatní údaje</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Druh obalu</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Počet kusů</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Období</translation>
    </message>
    <message>
        <source>Place of custody</source>
        <translation>Místo úschovy</translation>
    </message>
    <message>
        <source>Place of loading</source>
        <translation>Místo nakládky</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Positions (</source>
        <translation>Položky (</translation>
    </message>
    <message>
        <source>Positions accepted (</source>
        <translation>Přijaté položky (</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Připraveno</translation>
    </message>
    <message>
        <source>Presentation date</source>
        <translation>Datum předložení</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Předkladatel</translation>
    </message>
    <message>
        <source>Presenter (TIN / branch)</source>
        <translation>Předkladatel (TIN / pobočka)</translation>
    </message>
    <message>
        <source>Previous document number</source>
        <translation>Číslo předchozího dokladu</translation>
    </message>
    <message>
        <source>Previous document type</source>
        <translation>Druh předchozího dokladu</translation>
    </message>
    <message>
        <source>Primary access code</source>
        <translation>Hlavní přístupový kód</translation>
    </message>
    <message>
        <source>Primary access code changed</source>
        <translation>Hlavní přístupový kód změněn</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Dotaz</translation>
    </message>
    <message>
        <source>Query on guarantees</source>
        <translation>Dotaz na záruky</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Příjemce</translation>
    </message>
    <message>
        <source>Reference amount</source>
        <translation>Referenční částka</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referenční číslo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrováno</translation>
    </message>
    <message>
        <source>Registration accepted</source>
        <translation>Registrace přijata</translation>
    </message>
    <message>
        <source>Registration number (MRN)</source>
        <translation>Registrační číslo (MRN)</translation>
    </message>
    <message>
        <source>Registration refused</source>
        <translation>Registrace odmítnuta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zamítnuto</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Uvolnění</translation>
    </message>
    <message>
        <source>Remaining balance</source>
        <translation>Disponibilní zůstatek</translation>
    </message>
    <message>
        <source>Representative (TIN / branch)</source>
        <translation>Zástupce (TIN / pobočka)</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Žadatel</translation>
    </message>
    <message>
        <source>Response to query on guarantees</source>
        <translation>Odpověď na dotaz na záruky</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Secondary access codes (</source>
        <translation>Vedlejší přístupové kódy (</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Odesílatel</translation>
    </message>
    <message>
        <source>Sender (TIN / branch)</source>
        <translation>Odesílatel (TIN / pobočka)</translation>
    </message>
    <message>
        <source>Specific reference</source>
        <translation>Specifická reference</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Status once accepted</source>
        <translation>Stav po přijetí</translation>
    </message>
    <message>
        <source>Summary declaration</source>
        <translation>Souhrnné celní prohlášení</translation>
    </message>
    <message>
        <source>Summary declaration answer</source>
        <translation>Odpověď na souhrnné celní prohlášení</translation>
    </message>
    <message>
        <source>Teilweise (partial), or Endgültig (final) once every position is confirmed</source>
        <translation>Teilweise (částečné), nebo Endgültig (konečné), jakmile budou potvrzeny všechny položky</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text in the message</source>
        <translation>Text ve zprávě</translation>
    </message>
    <message>
        <source>They replace every code registered before.</source>
        <translation>Nahrazují všechny dříve registrované kódy.</translation>
    </message>
    <message>
        <source>Transit operation</source>
        <translation>Tranzitní operace</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Číslo přepravy</translation>
    </message>
    <message>
        <source>Usage (</source>
        <translation>Použití záruky (</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Platné od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Platné do</translation>
    </message>
    <message>
        <source>Value sent</source>
        <translation>Odeslaná hodnota</translation>
    </message>
    <message>
        <source>Vorzeitig (early)</source>
        <translation>Vorzeitig (předběžné)</translation>
    </message>
    <message>
        <source>Voucher amount</source>
        <translation>Částka záručního dokladu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <source>XML rejection</source>
        <translation>Odmítnutí XML</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>zůstatek</translation>
    </message>
    <message>
        <source>new declaration (customs give the MRN)</source>
        <translation>nové prohlášení (MRN přidělí celní úřad)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>bez data ukončení</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>zatím žádný</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>neuvedeno</translation>
    </message>
    <message>
        <source>other information</source>
        <translation>ostatní údaje</translation>
    </message>
    <message>
        <source>sent empty (deletes)</source>
        <translation>odesláno prázdné (maže)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>beze změny</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>použití</translation>
    </message>
    <message>
        <source>usage and balance</source>
        <translation>použití a zůstatek</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>— confirm presentation</source>
        <translation>— potvrzení předložení</translation>
    </message>
    <message>
        <source>— confirm without changes</source>
        <translation>— potvrzení beze změn</translation>
    </message>
    <message>
        <source>— confirm, changing the positions</source>
        <translation>— potvrzení se změnou položek</translation>
    </message>
    <message>
        <source>— create (early)</source>
        <translation>— vytvoření (předběžné)</translation>
    </message>
    <message>
        <source>— create and confirm all</source>
        <translation>— vytvoření a potvrzení všech</translation>
    </message>
    <message>
        <source>— create and confirm all positions</source>
        <translation>— vytvoření a potvrzení všech položek</translation>
    </message>
    <message>
        <source>— modify</source>
        <translation>— změna</translation>
    </message>
    <message>
        <source>— unknown code</source>
        <translation>— neznámý kód</translation>
    </message>
</context>
<context>
    <name>QueryPeriod</name>
    <message>
        <source>Customs list every operation of the period only when it is at most 31 days long. A longer period returns only the operations not yet released.</source>
        <translation>Celní správa vypíše všechny operace daného období pouze tehdy, je-li dlouhé nejvýše 31 dní. Pro delší období vrátí jen operace, které dosud nebyly uvolněny.</translation>
    </message>
    <message>
        <source>Guarantee query: usage</source>
        <translation>Dotaz na záruku: použití</translation>
    </message>
    <message>
        <source>Ask customs which transit operations used the guarantee in this period.</source>
        <translation>Dotázat se celní správy, které tranzitní operace v tomto období čerpaly záruku.</translation>
    </message>
    <message numerus="yes">
        <source>Ask customs which transit operations used the %n guarantees in this period.</source>
        <translation>
            <numerusform>Dotázat se celní správy, které tranzitní operace v tomto období čerpaly %n záruku.</numerusform>
            <numerusform>Dotázat se celní správy, které tranzitní operace v tomto období čerpaly %n záruky.</numerusform>
            <numerusform>Dotázat se celní správy, které tranzitní operace v tomto období čerpaly %n záruk.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;No period: only the operations not yet released</source>
        <translation>&amp;Bez období: jen operace, které dosud nebyly uvolněny</translation>
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
        <translation>&amp;Zařadit dotaz do fronty</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}): swap the dates.</source>
        <translation>Období začíná ({start}) až po svém konci ({end}): prohoďte data.</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>{file}: not an EU reference-data payload (no &apos;lists&apos; object). Use the RD_NCTS-P5 or COL JSON files from CS/RD2.</source>
        <translation>{file}: nejde o referenční údaje EU (chybí objekt &apos;lists&apos;). Použijte soubory JSON RD_NCTS-P5 nebo COL z CS/RD2.</translation>
    </message>
    <message>
        <source>{file}: list &apos;{list}&apos; has no listEntries array.</source>
        <translation>{file}: seznam &apos;{list}&apos; nemá pole listEntries.</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: soubor nebyl nalezen.</translation>
    </message>
    <message>
        <source>{file}: cannot be read as JSON ({reason}). Download the file again.</source>
        <translation>{file}: nelze přečíst jako JSON ({reason}). Stáhněte soubor znovu.</translation>
    </message>
    <message>
        <source>{file}: a customs office entry has no id.</source>
        <translation>{file}: záznam celního úřadu nemá identifikátor.</translation>
    </message>
</context>
<context>
    <name>RepresentationEditor</name>
    <message>
        <source>Through an agency, the rights that count are the lesser of the two links.</source>
        <translation>Při zastoupení prostřednictvím agentury platí nižší oprávnění z obou vazeb.</translation>
    </message>
    <message>
        <source>owner (statutory body)</source>
        <translation>vlastník (statutární orgán)</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>zaměstnanec</translation>
    </message>
    <message>
        <source>proxy (power of attorney)</source>
        <translation>zmocněnec (plná moc)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vlastník</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>zmocněnec</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>základní</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>rozšířená</translation>
    </message>
    <message>
        <source>{user} — deactivated</source>
        <translation>{user} — deaktivován</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Znovu &amp;načíst</translation>
    </message>
    <message>
        <source>Show the representation as saved now</source>
        <translation>Zobrazit zastoupení tak, jak je nyní uloženo</translation>
    </message>
    <message>
        <source>Edit representation</source>
        <translation>Upravit zastoupení</translation>
    </message>
    <message>
        <source>New representation</source>
        <translation>Nové zastoupení</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>e.g. employment contract, power of attorney PA-2025/017</source>
        <translation>např. pracovní smlouva, plná moc PA-2025/017</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>na dobu neurčitou</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizace:</translation>
    </message>
    <message>
        <source>Represented by:</source>
        <translation>Zastoupena:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>D&amp;ruh:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Podklad:</translation>
    </message>
    <message>
        <source>The contract or power of attorney; required for a proxy.</source>
        <translation>Smlouva nebo plná moc; povinné u zmocněnce.</translation>
    </message>
    <message>
        <source>&amp;Rights:</source>
        <translation>Opráv&amp;nění:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Platné o&amp;d:</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Pla&amp;tné do:</translation>
    </message>
    <message>
        <source>The last day in force.</source>
        <translation>Poslední den platnosti.</translation>
    </message>
    <message>
        <source>a &amp;person (user)</source>
        <translation>o&amp;sobou (uživatelem)</translation>
    </message>
    <message>
        <source>an &amp;agency (organisation)</source>
        <translation>&amp;agenturou (organizací)</translation>
    </message>
    <message>
        <source>End representation</source>
        <translation>Ukončit zastoupení</translation>
    </message>
    <message>
        <source>&amp;Last day in force:</source>
        <translation>&amp;Poslední den platnosti:</translation>
    </message>
    <message>
        <source>It stays in force until the end of that day; choose {yesterday} (yesterday) to end it at once.</source>
        <translation>Zůstává v platnosti do konce tohoto dne; chcete-li je ukončit ihned, zvolte {yesterday} (včera).</translation>
    </message>
    <message>
        <source>End the representation of &lt;b&gt;{organisation}&lt;/b&gt; by &lt;b&gt;{representative}&lt;/b&gt; ({kind}, {rights} rights, since {since}).</source>
        <translation>Ukončit zastoupení organizace &lt;b&gt;{organisation}&lt;/b&gt;, kterou zastupuje &lt;b&gt;{representative}&lt;/b&gt; ({kind}, {rights} oprávnění, od {since}).</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>this installation&apos;s key</source>
        <extracomment>completes &quot;A stored secret cannot be unlocked with …&quot;</extracomment>
        <translation>klíč této instalace</translation>
    </message>
    <message>
        <source>A stored secret cannot be unlocked with {key} (the key was replaced or the record was copied from elsewhere). Enter the code again.</source>
        <extracomment>{key}: whose key it is, e.g. &quot;this installation&apos;s key&quot; or &quot;the key of jan&quot;</extracomment>
        <translation>Uložený tajný údaj nelze odemknout (klíč: {key}; klíč byl nahrazen nebo byl záznam zkopírován odjinud). Zadejte kód znovu.</translation>
    </message>
    <message>
        <source>The key file {path} is missing, and the database beside it holds secrets locked with that key: {sealed}. A new key would not open them, so none is made. Restore {name} from this computer&apos;s backup into {folder} (CustomsDesk&apos;s own database backups, *.backup.sqlite, do not hold the key) and start CustomsDesk again; nothing was changed.</source>
        <extracomment>{sealed}: what is locked with the key, e.g. &quot;3 outgoing message(s); 1 access code(s) stored before …&quot;</extracomment>
        <translation>Soubor s klíčem {path} chybí a databáze vedle něj obsahuje tajné údaje zamčené tímto klíčem: {sealed}. Nový klíč by je neotevřel, proto se nevytváří. Obnovte {name} ze zálohy tohoto počítače do složky {folder} (vlastní zálohy databáze CustomsDesk, *.backup.sqlite, klíč neobsahují) a spusťte CustomsDesk znovu; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: CustomsDesk cannot write its key file {path}. Free some space on that disk and try again; nothing was changed.</source>
        <translation>Disk se složkou {folder} je plný: CustomsDesk nemůže zapsat soubor s klíčem {path}. Uvolněte na tomto disku místo a zkuste to znovu; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be written ({reason}). Give your user permission to write to {folder} and try again; nothing was changed.</source>
        <translation>Soubor s klíčem {path} nelze zapsat ({reason}). Udělte svému uživateli oprávnění k zápisu do složky {folder} a zkuste to znovu; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Without a copy, what it locks cannot be read again: {sealed}.</source>
        <translation>Bez kopie již nelze přečíst to, co zamyká: {sealed}.</translation>
    </message>
    <message>
        <source>Nothing in the database is locked with it yet: if you have no copy, move it aside and a new key is made.</source>
        <translation>V databázi jím zatím není nic zamčeno: pokud nemáte kopii, přesuňte jej jinam a vytvoří se nový klíč.</translation>
    </message>
    <message>
        <source>{path} is a folder, not CustomsDesk&apos;s key file. Move the folder out of {folder} and restore {name} from this computer&apos;s backup. {without_it} Nothing was changed.</source>
        <extracomment>{without_it}: a sentence on what the key locks</extracomment>
        <translation>{path} je složka, ne soubor s klíčem CustomsDesk. Přesuňte tuto složku ze složky {folder} a obnovte {name} ze zálohy tohoto počítače. {without_it} Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({reason}). It must belong to the user who runs CustomsDesk and be readable by that user only: give it to that user (chown) and run chmod 600 {path}. Nothing was changed.</source>
        <translation>Soubor s klíčem {path} nelze přečíst ({reason}). Musí patřit uživateli, pod kterým CustomsDesk běží, a být čitelný pouze pro něj: převeďte jej na tohoto uživatele (chown) a spusťte chmod 600 {path}. Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({size} bytes instead of {expected}). Restore it from this computer&apos;s backup. {without_it} Nothing was changed.</source>
        <extracomment>{without_it}: a sentence on what the key locks</extracomment>
        <translation>Soubor s klíčem {path} je poškozen ({size} bajtů místo {expected}). Obnovte jej ze zálohy tohoto počítače. {without_it} Nic nebylo změněno.</translation>
    </message>
    <message>
        <source>export the office key</source>
        <translation>exportovat klíč kanceláře</translation>
    </message>
    <message>
        <source>{folder} has no key yet: open it once (it makes one), then export it.</source>
        <translation>Složka {folder} zatím nemá klíč: jednou ji otevřete (tím se klíč vytvoří) a pak klíč exportujte.</translation>
    </message>
    <message>
        <source>This workstation&apos;s own database holds secrets locked with the key just replaced: {sealed}. The office key does not open them. They are safe: the replaced key is kept as {kept}; to work on this workstation&apos;s own database again, put that file back as {name}.</source>
        <translation>Vlastní databáze této pracovní stanice obsahuje tajné údaje zamčené právě nahrazeným klíčem: {sealed}. Klíč kanceláře je neotevře. Jsou v bezpečí: nahrazený klíč je uložen jako {kept}; chcete-li znovu pracovat s vlastní databází této pracovní stanice, vraťte tento soubor zpět jako {name}.</translation>
    </message>
    <message>
        <source>{path} is not an office key exported by CustomsDesk.</source>
        <translation>{path} není klíč kanceláře exportovaný z CustomsDesk.</translation>
    </message>
    <message>
        <source>The passphrase does not open the office key in {path}: check it with the administrator who exported it.</source>
        <translation>Heslová fráze neotevírá klíč kanceláře v {path}: ověřte ji u správce, který klíč exportoval.</translation>
    </message>
    <message>
        <source>The passphrase locking the office key must be at least {count} characters long: it is all that protects the key on its way to the other workstations.</source>
        <translation>Heslová fráze, kterou je klíč kanceláře uzamčen, musí mít alespoň {count} znaků: je to jediné, co klíč chrání na cestě k ostatním pracovním stanicím.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Where the files come from: the EU reference data of NCTS phase 5 — the code lists (RD_NCTS-P5-….json.gz) and the customs office list (COL-Generic-….json.gz) — are published by the European Commission (DG TAXUD) in its Central Services / Reference Data system, CS/RD2. Your customs administration or its NCTS helpdesk tells you how to obtain the current files. Save them, then choose them all at once with Import reference data…; importing again later replaces what they contain.</source>
        <translation>Odkud soubory pocházejí: referenční údaje EU pro NCTS fáze 5 — číselníky (RD_NCTS-P5-….json.gz) a seznam celních úřadů (COL-Generic-….json.gz) — zveřejňuje Evropská komise (GŘ TAXUD) ve svém systému Central Services / Reference Data, CS/RD2. Jak aktuální soubory získat, vám sdělí vaše celní správa nebo její helpdesk NCTS. Uložte je a pak je všechny najednou vyberte pomocí Importovat referenční údaje…; pozdější opakovaný import nahradí údaje, které obsahují.</translation>
    </message>
    <message>
        <source>No NCTS permit number: guarantee messages cannot be sent with this set</source>
        <translation>Chybí číslo povolení NCTS: s touto sadou nelze odesílat zprávy k zárukám</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <comment>a new parameter set</comment>
        <translation>No&amp;vá</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;mazat</translation>
    </message>
    <message>
        <source>https://gateway.example/ncts or a mailbox folder</source>
        <translation>https://gateway.example/ncts nebo složka poštovní schránky</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ná&amp;zev:</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>Celní &amp;správa:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>&amp;Prostředí:</translation>
    </message>
    <message>
        <source>Participant &amp;EORI:</source>
        <translation>&amp;EORI účastníka:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>Po&amp;bočka:</translation>
    </message>
    <message>
        <source>Participant &amp;code:</source>
        <translation>&amp;Kód účastníka:</translation>
    </message>
    <message>
        <source>NCTS &amp;permit number:</source>
        <translation>Číslo povo&amp;lení NCTS:</translation>
    </message>
    <message>
        <source>Permit number for electronic communication; no guarantee message can be sent without it</source>
        <translation>Číslo povolení pro elektronickou komunikaci; bez něj nelze odeslat žádnou zprávu k záruce</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Brán&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Save parameter set</source>
        <translation>&amp;Uložit sadu parametrů</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>Cer&amp;tifikáty…</translation>
    </message>
    <message>
        <source>Import, check and renew certificates in Settings ▸ Certificates</source>
        <translation>Certifikáty importujte, kontrolujte a obnovujte v Nastavení ▸ Certifikáty</translation>
    </message>
    <message>
        <source>Certificates of this set</source>
        <translation>Certifikáty této sady</translation>
    </message>
    <message>
        <source>Participant certificate</source>
        <translation>Certifikát účastníka</translation>
    </message>
    <message>
        <source>Customs encryption certificate</source>
        <translation>Šifrovací certifikát celní správy</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>Uloženo: „{name}“.</translation>
    </message>
    <message>
        <source>Delete the parameter set “{name}”?</source>
        <translation>Smazat sadu parametrů „{name}“?</translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s) use it; they will have no communication parameters until you choose others.</source>
        <translation>
            <numerusform>Používá ji %n záruka; dokud nezvolíte jiné, nebude mít žádné komunikační parametry.</numerusform>
            <numerusform>Používají ji %n záruky; dokud nezvolíte jiné, nebudou mít žádné komunikační parametry.</numerusform>
            <numerusform>Používá ji %n záruk; dokud nezvolíte jiné, nebudou mít žádné komunikační parametry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete parameter set</source>
        <translation>Smazat sadu parametrů</translation>
    </message>
    <message>
        <source>&amp;Import reference data…</source>
        <translation>&amp;Importovat referenční údaje…</translation>
    </message>
    <message>
        <source>Choose message &amp;schema folder…</source>
        <translation>Vybrat složku se &amp;schématy zpráv…</translation>
    </message>
    <message>
        <source>Use built-in schemas &amp;only</source>
        <translation>Používat &amp;jen vestavěná schémata</translation>
    </message>
    <message>
        <source>Customs offices known: {count}</source>
        <translation>Známé celní úřady: {count}</translation>
    </message>
    <message>
        <source>Last imports:</source>
        <translation>Poslední importy:</translation>
    </message>
    <message>
        <source>{file} (snapshot {snapshot}), imported {imported}: {lists} code lists, {offices} offices</source>
        <translation>{file} (snímek {snapshot}), importováno {imported}: číselníky: {lists}, úřady: {offices}</translation>
    </message>
    <message>
        <source>No EU reference data imported yet: the built-in default is in use (guarantee types, error codes, currencies and a few offices of guarantee).</source>
        <translation>Zatím nebyly importovány žádné referenční údaje EU: používá se vestavěný výchozí stav (typy záruk, kódy chyb, měny a několik celních úřadů záruky).</translation>
    </message>
    <message>
        <source>Messages are checked against the built-in schemas and the official ones in {folder}.</source>
        <translation>Zprávy se kontrolují podle vestavěných schémat a oficiálních schémat ve složce {folder}.</translation>
    </message>
    <message>
        <source>Messages are checked against the built-in schemas. Choose the folder of the published NCTS XSD files (cc034c.xsd, cc037c.xsd, ...) to check against them as well.</source>
        <translation>Zprávy se kontrolují podle vestavěných schémat. Vyberte složku se zveřejněnými soubory XSD pro NCTS (cc034c.xsd, cc037c.xsd, ...), aby se kontrolovaly i podle nich.</translation>
    </message>
    <message>
        <source>Folder of the published message schemas</source>
        <translation>Složka se zveřejněnými schématy zpráv</translation>
    </message>
    <message>
        <source>The schema folder was not changed: {reason}</source>
        <translation>Složka se schématy nebyla změněna: {reason}</translation>
    </message>
    <message>
        <source>Found: {schemas}.</source>
        <translation>Nalezeno: {schemas}.</translation>
    </message>
    <message>
        <source>Import reference data</source>
        <translation>Importovat referenční údaje</translation>
    </message>
    <message>
        <source>EU reference data</source>
        <translation>Referenční údaje EU</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Všechny soubory</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nic nebylo importováno: {reason}</translation>
    </message>
    <message>
        <source>Imported {lists} code lists and {offices} customs offices.</source>
        <translation>Importováno číselníků: {lists}, celních úřadů: {offices}.</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s own style and colours. Light and Dark draw every CustomsDesk window in Qt&apos;s Fusion style with light or dark colours, whatever the desktop uses; the change applies at once and is kept for your account on this computer.</source>
        <translation>Systémový motiv přebírá styl a barvy pracovního prostředí. Světlý a tmavý motiv vykreslují všechna okna CustomsDesk ve stylu Fusion z Qt se světlými nebo tmavými barvami bez ohledu na pracovní prostředí; změna se projeví ihned a uloží se pro váš účet na tomto počítači.</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Podle systému ({language})</translation>
    </message>
    <message>
        <source>The language of the windows, of the messages and of dates and amounts. It is kept for your account on this computer and applies when CustomsDesk starts again.</source>
        <translation>Jazyk oken, zpráv a formát dat a částek. Uloží se pro váš účet na tomto počítači a projeví se při příštím spuštění CustomsDesk.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Motiv:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jazyk:</translation>
    </message>
    <message>
        <source>Saved: CustomsDesk speaks {language} when it starts again.</source>
        <translation>Uloženo: po příštím spuštění se CustomsDesk zobrazí v jazyce: {language}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>&amp;NCTS — communication parameters</source>
        <translation>&amp;NCTS — komunikační parametry</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation>&amp;Referenční údaje</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Vz&amp;hled</translation>
    </message>
    <message>
        <source>&amp;Office database</source>
        <translation>&amp;Databáze kanceláře</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <source>Jan</source>
        <extracomment>short names of the months, under the bars of a chart: Jan, Feb, Mar...</extracomment>
        <translation>led</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>úno</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>bře</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>dub</translation>
    </message>
    <message>
        <source>May</source>
        <translation>kvě</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>čvn</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>čvc</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>srp</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>zář</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>říj</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>lis</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>pro</translation>
    </message>
    <message>
        <source>Share of movements handled on paper per month</source>
        <translation>Podíl přeprav vyřízených na papíře po měsících</translation>
    </message>
    <message>
        <source>{month}: {paper} on paper, {electronic} electronic</source>
        <translation>{month}: na papíře {paper}, elektronicky {electronic}</translation>
    </message>
    <message>
        <source>{month}: {paper} on paper, {electronic} electronic — {share} % on paper</source>
        <translation>{month}: na papíře {paper}, elektronicky {electronic} — {share} % na papíře</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a month without movements</comment>
        <translation>žádné</translation>
    </message>
    <message>
        <source>share on paper</source>
        <translation>podíl na papíře</translation>
    </message>
    <message>
        <source>grew above the threshold</source>
        <translation>vzrostl nad práh</translation>
    </message>
    <message>
        <source>warning threshold {percent} %</source>
        <translation>varovný práh {percent} %</translation>
    </message>
</context>
<context>
    <name>ShortcutNotice</name>
    <message>
        <source>it is not available now</source>
        <translation>nyní není k dispozici</translation>
    </message>
    <message>
        <source>{command} is not possible now: {reason}</source>
        <translation>Příkaz {command} nyní nelze provést: {reason}</translation>
    </message>
</context>
<context>
    <name>SimulatorControl</name>
    <message>
        <source>The customs simulator stopped: {error}</source>
        <translation>Celní simulátor se zastavil: {error}</translation>
    </message>
    <message>
        <source>The customs simulator stopped.</source>
        <translation>Celní simulátor se zastavil.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is a folder, not a database file. Choose another data folder with --data-dir.</source>
        <translation>{path} je složka, nikoli soubor databáze. Zvolte jinou datovou složku pomocí --data-dir.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>Databázi {path} nelze číst ({reason}). Zkontrolujte oprávnění k souboru.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. CustomsDesk needs to write to it: give your user write permission to the file and its folder, or copy it to a writable folder and use --data-dir.</source>
        <translation>Databáze {path} je jen pro čtení. CustomsDesk do ní potřebuje zapisovat: udělte svému uživateli oprávnění k zápisu do souboru a jeho složky, nebo databázi zkopírujte do složky, do které lze zapisovat, a použijte --data-dir.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a data folder with --data-dir.</source>
        <translation>{folder} je soubor, nikoli složka: zvolte datovou složku pomocí --data-dir.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created ({reason}). Choose another one with --data-dir.</source>
        <translation>Datovou složku {folder} nelze vytvořit ({reason}). Zvolte jinou pomocí --data-dir.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}.</source>
        <translation>Databázi {path} nelze otevřít: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of CustomsDesk (it has schema changes this version does not know: {changes}). Install the newer version; the file was not changed.</source>
        <translation>Databázi {path} zapsala novější verze CustomsDesk (obsahuje změny schématu, které tato verze nezná: {changes}). Nainstalujte novější verzi; soubor nebyl změněn.</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}); it was left as it was and a copy is in {backup}.</source>
        <translation>Aktualizace databáze {path} selhala ({reason}); databáze zůstala beze změny a její kopie je v {backup}.</translation>
    </message>
    <message>
        <source>Updating the database {path} failed ({reason}); it was left as it was.</source>
        <translation>Aktualizace databáze {path} selhala ({reason}); databáze zůstala beze změny.</translation>
    </message>
    <message>
        <source>Before updating the database {path}, CustomsDesk could not copy it to {backup} ({reason}), so it did not update it; nothing was changed. Check the folder and try again.</source>
        <translation>Před aktualizací databáze {path} ji CustomsDesk nemohl zkopírovat do {backup} ({reason}), proto ji neaktualizoval; nic nebylo změněno. Zkontrolujte složku a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: CustomsDesk cannot work with its database {path} without some free space. Free some space on that disk and try again; nothing was changed.</source>
        <translation>Disk se složkou {folder} je plný: CustomsDesk nemůže bez volného místa pracovat se svou databází {path}. Uvolněte na tomto disku místo a zkuste to znovu; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Give your user write permission or use --data-dir.</source>
        <translation>Databáze {path} je jen pro čtení. Udělte svému uživateli oprávnění k zápisu, nebo použijte --data-dir.</translation>
    </message>
    <message>
        <source>The disk holding {folder} reported an error while CustomsDesk read its database {path} ({reason}). Check the disk (and its connection, for a network or removable drive) and try again; nothing was changed.</source>
        <translation>Disk se složkou {folder} ohlásil chybu, když CustomsDesk četl svou databázi {path} ({reason}). Zkontrolujte disk (a u síťové nebo vyměnitelné jednotky i její připojení) a zkuste to znovu; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({reason}). Check that your user may read and write the folder {folder}; nothing was changed.</source>
        <translation>Databázi {path} nelze otevřít ({reason}). Zkontrolujte, zda váš uživatel smí číst složku {folder} a zapisovat do ní; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program (it is locked). Close the other CustomsDesk window or program using it and try again; nothing was changed.</source>
        <translation>Databázi {path} používá jiný program (je uzamčena). Zavřete druhé okno CustomsDesk nebo program, který ji používá, a zkuste to znovu; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The file {path} is not a readable CustomsDesk database (it is damaged or not a database). It was not changed. Restore it from a backup, or move it aside to start with a new one.</source>
        <translation>Soubor {path} není čitelná databáze CustomsDesk (je poškozený nebo nejde o databázi). Nebyl změněn. Obnovte jej ze zálohy, nebo jej přesuňte jinam a začněte s novou databází.</translation>
    </message>
    <message>
        <source>The target database already holds records; a copy goes into an empty database only, so that nobody&apos;s data is overwritten. Nothing was copied.</source>
        <translation>Cílová databáze už obsahuje záznamy; kopírovat lze jen do prázdné databáze, aby se nepřepsala ničí data. Nic nebylo zkopírováno.</translation>
    </message>
    <message>
        <source>The copy does not match its source ({tables}); the target was left as it was copied: empty it before trying again.</source>
        <translation>Kopie neodpovídá zdroji ({tables}); cíl zůstal ve stavu po kopírování: před dalším pokusem ho vyprázdněte.</translation>
    </message>
    <message>
        <source>checksums differ</source>
        <translation>kontrolní součty se liší</translation>
    </message>
    <message>
        <source>The data folder {folder} holds no database to copy.</source>
        <translation>Datová složka {folder} neobsahuje žádnou databázi ke zkopírování.</translation>
    </message>
    <message>
        <source>The choice of the office database in {path} cannot be read ({reason}): choose it again in Settings ▸ Office database, or delete the file to use this workstation&apos;s own database.</source>
        <translation>Volbu databáze kanceláře v {path} nelze přečíst ({reason}): zvolte ji znovu v Nastavení ▸ Databáze kanceláře, nebo soubor smažte, aby se použila vlastní databáze této pracovní stanice.</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: type it beside the URL and test the connection to keep it in the system keyring, or give it in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Heslo do URL nepište: napište je vedle URL a otestujte připojení, aby se uložilo do systémové klíčenky, nebo je zadejte v PGPASSWORD či v souboru s hesly (~/.pgpass).</translation>
    </message>
    <message>
        <source>The office database is named by a URL beginning postgresql://, e.g. postgresql://clerk@server/customsdesk; the URL given begins otherwise.</source>
        <translation>Databáze kanceláře se zadává adresou URL začínající postgresql://, např. postgresql://clerk@server/customsdesk; zadaná URL začíná jinak.</translation>
    </message>
    <message>
        <source>The office database {url} did not accept the password of its server account ({reason}); nothing was changed. Give the password in Settings ▸ Office database or with db-password (both keep it in the system keyring), in PGPASSWORD or in a password file (~/.pgpass).</source>
        <translation>Databáze kanceláře {url} nepřijala heslo svého serverového účtu ({reason}); nic nebylo změněno. Zadejte heslo v Nastavení ▸ Databáze kanceláře nebo pomocí db-password (obojí je uloží do systémové klíčenky), v PGPASSWORD nebo v souboru s hesly (~/.pgpass).</translation>
    </message>
    <message>
        <source>The office database {url} cannot be reached ({reason}). Check the network and that the server runs, then try again; nothing was changed.</source>
        <translation>Databáze kanceláře {url} není dostupná ({reason}). Zkontrolujte síť a to, zda server běží, a zkuste to znovu; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The office database {url} was set up by a newer version of CustomsDesk (schema {version}). Install the newer version on this workstation; nothing was changed.</source>
        <translation>Databázi kanceláře {url} nastavila novější verze CustomsDesk (schéma {version}). Nainstalujte novější verzi na tuto pracovní stanici; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>The office database {url} could not be set up or brought up to date ({reason}); nothing was changed. The server&apos;s administrator can give this account the right to change the database&apos;s schema (its owner&apos;s), or install PostgreSQL&apos;s standard extensions (unaccent).</source>
        <translation>Databázi kanceláře {url} nebylo možné založit ani aktualizovat ({reason}); nic nebylo změněno. Správce serveru může tomuto účtu dát právo měnit schéma databáze (právo jejího vlastníka) nebo nainstalovat standardní rozšíření PostgreSQL (unaccent).</translation>
    </message>
    <message>
        <source>{role} is not a role name this command takes: use lower-case letters, digits and _ only.</source>
        <translation>{role} není název role, který tento příkaz přijímá: použijte jen malá písmena, číslice a _.</translation>
    </message>
    <message>
        <source>The office database did not take the grants ({reason}): run this as the role that owns its tables.</source>
        <translation>Databáze kanceláře oprávnění nepřijala ({reason}): spusťte příkaz jako role, které patří její tabulky.</translation>
    </message>
    <message>
        <source>The office database&apos;s server does not let this workstation&apos;s server account do this ({reason}); nothing was changed. Ask the server&apos;s administrator to give the account the clerks&apos; rights (db-grant).</source>
        <translation>Server databáze kanceláře to serverovému účtu této pracovní stanice nedovolí ({reason}); nic nebylo změněno. Požádejte správce serveru, aby účtu dal práva referentů (db-grant).</translation>
    </message>
    <message>
        <source>The connection to the office database was lost ({reason}) before this change was confirmed: it was saved whole or not at all, never in part. Look whether it is there, and make it again if not; CustomsDesk connects again by itself.</source>
        <translation>Spojení s databází kanceláře bylo přerušeno ({reason}) dříve, než byla tato změna potvrzena: byla uložena celá, nebo vůbec, nikdy jen zčásti. Podívejte se, zda tam je, a pokud ne, proveďte ji znovu; CustomsDesk se připojí znovu sám.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). Unlock it and try again, or give the password in PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Systémovou klíčenku nelze použít ({reason}). Odemkněte ji a zkuste to znovu, nebo heslo zadejte v PGPASSWORD či v souboru s hesly (~/.pgpass).</translation>
    </message>
    <message>
        <source>This computer offers no system keyring to keep the password in. Give it in PGPASSWORD or a password file (~/.pgpass) instead.</source>
        <translation>Tento počítač nenabízí žádnou systémovou klíčenku, do které by se heslo dalo uložit. Zadejte je místo toho v PGPASSWORD nebo v souboru s hesly (~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>Suma</name>
    <message>
        <source>A message of kind {kind} confirms every position it carries; the plan says otherwise. Check the declaration again before sending it.</source>
        <translation>Zpráva druhu {kind} potvrzuje všechny položky, které obsahuje; plán uvádí něco jiného. Před odesláním prohlášení znovu zkontrolujte.</translation>
    </message>
    <message>
        <source>A message of kind {kind} confirms no position; the plan says otherwise. Check the declaration again before sending it.</source>
        <translation>Zpráva druhu {kind} nepotvrzuje žádnou položku; plán uvádí něco jiného. Před odesláním prohlášení znovu zkontrolujte.</translation>
    </message>
    <message>
        <source>Position {number} is to be sent but the declaration has no such position: check the declaration again before sending it.</source>
        <translation>Položka {number} se má odeslat, ale prohlášení takovou položku neobsahuje: před odesláním prohlášení znovu zkontrolujte.</translation>
    </message>
    <message>
        <source>A manifest id has four parts: transport number, arrival date, place of loading and previous document type.</source>
        <translation>ID manifestu má čtyři části: číslo přepravy, datum příjezdu, místo nakládky a druh předchozího dokladu.</translation>
    </message>
    <message>
        <source>Customs have not given this declaration a registration number (MRN) yet: it cannot be changed or confirmed until they have accepted it.</source>
        <translation>Celní správa dosud tomuto prohlášení nepřidělila registrační číslo (MRN): dokud je nepřijme, nelze je měnit ani potvrdit.</translation>
    </message>
    <message>
        <source>A value in the header cannot be sent ({error}): remove the special characters.</source>
        <translation>Hodnotu v hlavičce nelze odeslat ({error}): odstraňte zvláštní znaky.</translation>
    </message>
    <message>
        <source>A value in position {number} cannot be sent ({error}): remove the special characters.</source>
        <translation>Hodnotu v položce {number} nelze odeslat ({error}): odstraňte zvláštní znaky.</translation>
    </message>
    <message>
        <source>{path} is a confirmation flag (1, 2 or 3), not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} je příznak potvrzení (1, 2 nebo 3), nikoli „{value}“ (řádek {line}).</translation>
    </message>
    <message>
        <source>A summary declaration carries at most {most} positions; this one has {count}.</source>
        <translation>Souhrnné celní prohlášení obsahuje nejvýše {most} položek; toto jich má {count}.</translation>
    </message>
    <message>
        <source>{path}: {problem} (line {line}).</source>
        <translation>{path}: {problem} (řádek {line}).</translation>
    </message>
    <message>
        <source>An answer names the message it answers: give its header the correlation id (the message identification of the CUSPRL).</source>
        <translation>Odpověď musí uvádět zprávu, na kterou odpovídá: do její hlavičky zadejte correlation id (identifikaci zprávy CUSPRL).</translation>
    </message>
    <message>
        <source>{path} is a position number, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} je číslo položky, nikoli „{value}“ (řádek {line}).</translation>
    </message>
    <message>
        <source>{path} is one of {allowed}, not &apos;{value}&apos; (line {line}).</source>
        <translation>{path} je jedna z hodnot {allowed}, nikoli „{value}“ (řádek {line}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>early</source>
        <translation>předběžné</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>částečné</translation>
    </message>
    <message>
        <source>final</source>
        <translation>konečné</translation>
    </message>
    <message>
        <source>create</source>
        <translation>vytvoření</translation>
    </message>
    <message>
        <source>modify</source>
        <translation>změna</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>potvrzení</translation>
    </message>
    <message>
        <source>create and confirm all</source>
        <translation>vytvoření a potvrzení všech</translation>
    </message>
    <message>
        <source>Sender TIN</source>
        <translation>TIN odesílatele</translation>
    </message>
    <message>
        <source>Sender branch</source>
        <translation>Pobočka odesílatele</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identifikace pomocí</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referenční číslo</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Číslo přepravy</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Datum příjezdu</translation>
    </message>
    <message>
        <source>Place of loading</source>
        <translation>Místo nakládky</translation>
    </message>
    <message>
        <source>Previous document type</source>
        <translation>Druh předchozího dokladu</translation>
    </message>
    <message>
        <source>Previous document number</source>
        <translation>Číslo předchozího dokladu</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Druh dopravy</translation>
    </message>
    <message>
        <source>Presenter TIN</source>
        <translation>TIN předkladatele</translation>
    </message>
    <message>
        <source>Presenter branch</source>
        <translation>Pobočka předkladatele</translation>
    </message>
    <message>
        <source>Presenter name</source>
        <translation>Jméno předkladatele</translation>
    </message>
    <message>
        <source>Presenter street</source>
        <translation>Ulice předkladatele</translation>
    </message>
    <message>
        <source>Presenter postcode</source>
        <translation>PSČ předkladatele</translation>
    </message>
    <message>
        <source>Presenter city</source>
        <translation>Město předkladatele</translation>
    </message>
    <message>
        <source>Presenter country</source>
        <translation>Země předkladatele</translation>
    </message>
    <message>
        <source>Representative TIN</source>
        <translation>TIN zástupce</translation>
    </message>
    <message>
        <source>Representative branch</source>
        <translation>Pobočka zástupce</translation>
    </message>
    <message>
        <source>Office of presentation</source>
        <translation>Celní úřad předložení</translation>
    </message>
    <message>
        <source>Presentation date</source>
        <translation>Datum předložení</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Jméno kontaktní osoby</translation>
    </message>
    <message>
        <source>Contact position</source>
        <translation>Funkce kontaktní osoby</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon kontaktní osoby</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Doplňující informace</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Specific reference</source>
        <translation>Specifická reference</translation>
    </message>
    <message>
        <source>Reference kind</source>
        <translation>Druh reference</translation>
    </message>
    <message>
        <source>Custodian TIN</source>
        <translation>TIN uschovatele</translation>
    </message>
    <message>
        <source>Custodian branch</source>
        <translation>Pobočka uschovatele</translation>
    </message>
    <message>
        <source>Place of custody</source>
        <translation>Místo úschovy</translation>
    </message>
    <message>
        <source>Goods description</source>
        <translation>Popis zboží</translation>
    </message>
    <message>
        <source>Package kind</source>
        <translation>Druh obalu</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Počet kusů</translation>
    </message>
    <message>
        <source>Gross mass (kg)</source>
        <translation>Hrubá hmotnost (kg)</translation>
    </message>
    <message>
        <source>Customs status</source>
        <translation>Celní status</translation>
    </message>
    <message>
        <source>registration number (MRN)</source>
        <translation>registrační číslo (MRN)</translation>
    </message>
    <message>
        <source>manifest id</source>
        <translation>ID manifestu</translation>
    </message>
    <message>
        <source>sea</source>
        <translation>námořní doprava</translation>
    </message>
    <message>
        <source>rail</source>
        <translation>železniční doprava</translation>
    </message>
    <message>
        <source>road</source>
        <translation>silniční doprava</translation>
    </message>
    <message>
        <source>air</source>
        <translation>letecká doprava</translation>
    </message>
    <message>
        <source>post</source>
        <translation>poštovní zásilky</translation>
    </message>
    <message>
        <source>fixed installation</source>
        <translation>stabilní dopravní zařízení</translation>
    </message>
    <message>
        <source>inland waterway</source>
        <translation>vnitrozemská vodní doprava</translation>
    </message>
    <message>
        <source>own propulsion</source>
        <translation>vlastní pohon</translation>
    </message>
    <message>
        <source>non-Union goods</source>
        <translation>zboží, které není zbožím Unie</translation>
    </message>
    <message>
        <source>Union goods</source>
        <translation>zboží Unie</translation>
    </message>
    <message>
        <source>air waybill</source>
        <translation>letecký nákladní list</translation>
    </message>
    <message>
        <source>master air waybill</source>
        <translation>hlavní letecký nákladní list</translation>
    </message>
    <message>
        <source>bill of lading</source>
        <translation>konosament</translation>
    </message>
    <message>
        <source>CMR consignment note</source>
        <translation>nákladní list CMR</translation>
    </message>
    <message>
        <source>CIM consignment note</source>
        <translation>nákladní list CIM</translation>
    </message>
    <message>
        <source>other</source>
        <translation>jiný</translation>
    </message>
    <message>
        <source>flight manifest</source>
        <translation>letový manifest</translation>
    </message>
    <message>
        <source>cargo manifest</source>
        <translation>nákladový manifest</translation>
    </message>
    <message>
        <source>entry summary declaration</source>
        <translation>vstupní souhrnné celní prohlášení</translation>
    </message>
    <message>
        <source>An MRN has 18 characters; {mrn} has {count}.</source>
        <translation>MRN má 18 znaků; {mrn} jich má {count}.</translation>
    </message>
    <message>
        <source>{mrn} is not an MRN of a summary declaration: 2 digits (year), 2 letters (country), 12 letters or digits, the procedure letter U and a check digit.</source>
        <translation>{mrn} není MRN souhrnného celního prohlášení: 2 číslice (rok), 2 písmena (země), 12 písmen nebo číslic, písmeno postupu U a kontrolní číslice.</translation>
    </message>
    <message>
        <source>The check digit of {mrn} is wrong: it should be {expected}.</source>
        <translation>Kontrolní číslice MRN {mrn} je chybná: správně má být {expected}.</translation>
    </message>
    <message>
        <source>{field} is a whole number.</source>
        <translation>Pole {field} musí být celé číslo.</translation>
    </message>
    <message>
        <source>{field} is a number such as 1250.5.</source>
        <translation>Pole {field} musí být číslo, např. 1250.5.</translation>
    </message>
    <message>
        <source>{field} is a positive number with at most 3 decimals.</source>
        <translation>Pole {field} musí být kladné číslo s nejvýše 3 desetinnými místy.</translation>
    </message>
    <message>
        <source>{field} is a date written YYYY-MM-DD.</source>
        <translation>Pole {field} musí být datum ve tvaru YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{field} is one of {codes}.</source>
        <translation>Pole {field} musí mít jednu z hodnot {codes}.</translation>
    </message>
    <message>
        <source>{field} has at most {count} characters.</source>
        <translation>Pole {field} může mít nejvýše {count} znaků.</translation>
    </message>
    <message>
        <source>{kind} with flag {flag} at status {status}</source>
        <translation>{kind} s příznakem {flag} ve stavu „{status}“</translation>
    </message>
    <message>
        <source>{kind} at status {status}</source>
        <translation>{kind} ve stavu „{status}“</translation>
    </message>
    <message>
        <source>The declaration is final: customs accept no more changes.</source>
        <translation>Prohlášení je konečné: celní správa již nepřijímá žádné změny.</translation>
    </message>
    <message>
        <source>Some positions are confirmed (status partial): only the contact person may change (rules 3, 5 and 7).</source>
        <translation>Některé položky jsou potvrzeny (stav „částečné“): měnit lze pouze kontaktní osobu (pravidla 3, 5 a 7).</translation>
    </message>
    <message>
        <source>The presenter&apos;s TIN and address never change once customs hold the declaration (rules 2, 4 and 6).</source>
        <translation>TIN a adresa předkladatele se již nemění, jakmile celní správa prohlášení eviduje (pravidla 2, 4 a 6).</translation>
    </message>
    <message>
        <source>{kind} with flag {flag}</source>
        <translation>{kind} s příznakem {flag}</translation>
    </message>
    <message>
        <source>allowed are {kinds}</source>
        <translation>povoleno je: {kinds}</translation>
    </message>
    <message>
        <source>the declaration is final and takes no more messages</source>
        <translation>prohlášení je konečné a již nepřijímá žádné zprávy</translation>
    </message>
    <message>
        <source>{kind} with flag {flag} is not allowed at status {status}: {why}.</source>
        <translation>Ve stavu „{status}“ není povolen druh zprávy „{kind}“ s příznakem {flag}: {why}.</translation>
    </message>
    <message>
        <source>{kind} without a flag is not allowed at status {status}: {why}.</source>
        <translation>Ve stavu „{status}“ není povolen druh zprávy „{kind}“ bez příznaku: {why}.</translation>
    </message>
    <message>
        <source>A declaration has at most {most} positions; this one has {count}.</source>
        <translation>Prohlášení může mít nejvýše {most} položek; toto jich má {count}.</translation>
    </message>
    <message>
        <source>Position numbers run from 1 to {most}.</source>
        <translation>Čísla položek jsou od 1 do {most}.</translation>
    </message>
    <message>
        <source>Position {number} appears twice: give each its own number.</source>
        <translation>Položka {number} se vyskytuje dvakrát: přidělte každé položce vlastní číslo.</translation>
    </message>
    <message>
        <source>{field} ({german}) is required.</source>
        <translation>Pole {field} ({german}) je povinné.</translation>
    </message>
    <message>
        <source>The sender&apos;s TIN and branch must be those of the presenter or of the representative: customs take the declaration only from them.</source>
        <translation>TIN a pobočka odesílatele musí odpovídat předkladateli nebo zástupci: celní správa přijímá prohlášení pouze od nich.</translation>
    </message>
    <message>
        <source>A declaration identified by its manifest id needs the transport number, arrival date, place of loading and previous document type.</source>
        <translation>Prohlášení identifikované pomocí ID manifestu vyžaduje číslo přepravy, datum příjezdu, místo nakládky a druh předchozího dokladu.</translation>
    </message>
    <message>
        <source>The manifest id can be used only at an office located at the airport; {office} is not one. Identify the declaration by its registration number (REG).</source>
        <translation>ID manifestu lze použít pouze u celního úřadu na letišti; {office} takovým úřadem není. Identifikujte prohlášení registračním číslem (REG).</translation>
    </message>
    <message>
        <source>Another early or partial declaration has this manifest id (transport number, arrival date, place of loading, previous document type).</source>
        <translation>Stejné ID manifestu (číslo přepravy, datum příjezdu, místo nakládky, druh předchozího dokladu) má již jiné předběžné nebo částečné prohlášení.</translation>
    </message>
    <message>
        <source>Customs have not given this declaration a registration number yet.</source>
        <translation>Celní správa dosud tomuto prohlášení nepřidělila registrační číslo.</translation>
    </message>
    <message>
        <source>The presenter&apos;s TIN and address never change once the declaration is lodged; put the old value back.</source>
        <translation>TIN a adresa předkladatele se po podání prohlášení již nemění; vraťte původní hodnotu.</translation>
    </message>
    <message>
        <source>At status {status} only the contact person&apos;s name, position and phone may change in the header; put the old value back.</source>
        <translation>Ve stavu „{status}“ lze v hlavičce měnit pouze jméno, funkci a telefon kontaktní osoby; vraťte původní hodnotu.</translation>
    </message>
    <message>
        <source>A declaration needs at least one position.</source>
        <translation>Prohlášení musí mít alespoň jednu položku.</translation>
    </message>
    <message>
        <source>Position {number} was sent to customs and cannot be taken out: keep it in the declaration.</source>
        <translation>Položka {number} byla odeslána celní správě a nelze ji odebrat: ponechte ji v prohlášení.</translation>
    </message>
    <message>
        <source>Nothing changed and no position is named: there is nothing to send.</source>
        <translation>Nic se nezměnilo a není uvedena žádná položka: není co odeslat.</translation>
    </message>
    <message>
        <source>Name the positions to confirm.</source>
        <translation>Uveďte položky, které se mají potvrdit.</translation>
    </message>
    <message>
        <source>There is no position {number}.</source>
        <translation>Položka {number} neexistuje.</translation>
    </message>
    <message>
        <source>Position {number} is new: flag 2 confirms positions without changes and appends none; use flag 1 to append and confirm it.</source>
        <translation>Položka {number} je nová: příznak 2 potvrzuje položky beze změn a žádné nepřidává; k přidání a potvrzení položky použijte příznak 1.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed already and cannot be confirmed again.</source>
        <translation>Položka {number} je již potvrzena a nelze ji potvrdit znovu.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed: it can no longer change. Put back {field}.</source>
        <translation>Položka {number} je potvrzena: již ji nelze měnit. Vraťte původní hodnotu pole {field}.</translation>
    </message>
    <message>
        <source>Flag 2 confirms position {number} as customs hold it, but {field} changed: send the change with flag 1, or put it back.</source>
        <translation>Příznak 2 potvrzuje položku {number} tak, jak ji eviduje celní správa, ale pole {field} se změnilo: odešlete změnu s příznakem 1, nebo vraťte původní hodnotu.</translation>
    </message>
    <message>
        <source>{name} is not a field of the declaration&apos;s header.</source>
        <translation>{name} není pole hlavičky prohlášení.</translation>
    </message>
    <message>
        <source>Position {number} is confirmed by customs: it can no longer change.</source>
        <translation>Položka {number} je potvrzena celní správou: již ji nelze měnit.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Řádek {row}: {problem}</translation>
    </message>
    <message>
        <source>A declaration has at most {most} positions.</source>
        <translation>Prohlášení může mít nejvýše {most} položek.</translation>
    </message>
    <message>
        <source>Summary declaration {id} is final: customs accept no more changes.</source>
        <translation>Souhrnné celní prohlášení {id} je konečné: celní správa již nepřijímá žádné změny.</translation>
    </message>
    <message>
        <source>A message about summary declaration {id} waits for customs&apos; answer: send the next one after it was answered.</source>
        <translation>Zpráva k souhrnnému celnímu prohlášení {id} čeká na odpověď celní správy: další zprávu odešlete, až na ni celní správa odpoví.</translation>
    </message>
    <message>
        <source>Summary declarations go to German customs (ATLAS): add a parameter set for administration DE in Settings ▸ Communication parameters.</source>
        <translation>Souhrnná celní prohlášení se podávají německé celní správě (ATLAS): přidejte sadu komunikačních parametrů pro celní správu DE v Nastavení ▸ Komunikační parametry.</translation>
    </message>
    <message>
        <source>A declaration is a JSON object with the header fields and &quot;positions&quot;: a list of positions.</source>
        <translation>Prohlášení je objekt JSON s poli hlavičky a polem &quot;positions&quot;: seznamem položek.</translation>
    </message>
    <message>
        <source>&quot;positions&quot; is a list of positions.</source>
        <translation>&quot;positions&quot; je seznam položek.</translation>
    </message>
    <message>
        <source>Position {number} is not a JSON object.</source>
        <translation>Položka {number} není objekt JSON.</translation>
    </message>
    <message>
        <source>{name} is not a field of a position.</source>
        <translation>{name} není pole položky.</translation>
    </message>
    <message>
        <source>Summary declaration {id} does not exist.</source>
        <translation>Souhrnné celní prohlášení {id} neexistuje.</translation>
    </message>
</context>
<context>
    <name>SumaEditor</name>
    <message>
        <source>Sender</source>
        <translation>Odesílatel</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikace</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Předložení</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Zástupce</translation>
    </message>
    <message>
        <source>Manifest id</source>
        <translation>ID manifestu</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktní osoba</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Předkladatel</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Doplňující informace</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>confirmation flag: no flag</extracomment>
        <translation>žádné</translation>
    </message>
    <message>
        <source>1 — confirm, changing them</source>
        <translation>1 — potvrdit se změnami</translation>
    </message>
    <message>
        <source>2 — confirm as they are</source>
        <translation>2 — potvrdit beze změn</translation>
    </message>
    <message>
        <source>3 — create and confirm all</source>
        <translation>3 — vytvořit a potvrdit vše</translation>
    </message>
    <message>
        <source>The declaration is final: customs take no more messages about it.</source>
        <translation>Prohlášení je konečné: celní správa k němu již nepřijímá žádné zprávy.</translation>
    </message>
    <message>
        <source>Check the message against the rules of the field description</source>
        <translation>Zkontrolovat zprávu podle pravidel popisu polí</translation>
    </message>
    <message>
        <source>Check, then build, sign and queue the message for customs</source>
        <translation>Zkontrolovat, poté sestavit, podepsat a zařadit zprávu pro celní správu do fronty</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet: each replaces the position of its number or is added</source>
        <translation>Vložit řádky zkopírované z tabulkového procesoru: každý nahradí položku se svým číslem, nebo se přidá</translation>
    </message>
    <message>
        <source>{kind} with flag {flag}</source>
        <translation>{kind} s příznakem {flag}</translation>
    </message>
    <message>
        <source>Kind of declaration</source>
        <translation>Druh prohlášení</translation>
    </message>
    <message>
        <source>Registration number (MRN)</source>
        <translation>Registrační číslo (MRN)</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Potvrzení</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>placeholder: how a date is typed</comment>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>{field}: required</source>
        <translation>{field}: povinné</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Uzamčeno: {reason}</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>Zá&amp;hlaví</translation>
    </message>
    <message>
        <source>&amp;Positions</source>
        <translation>Pol&amp;ožky</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Hl&amp;edat</translation>
    </message>
    <message>
        <source>Reference, description, place of custody, custodian or position number</source>
        <translation>Reference, popis, místo úschovy, uschovatel nebo číslo položky</translation>
    </message>
    <message>
        <source>Ctrl+V in the grid pastes rows copied from a spreadsheet (a first row of column names maps them to fields) · Ctrl+End: last position</source>
        <translation>Ctrl+V v tabulce vloží řádky zkopírované z tabulkového procesoru (první řádek s názvy sloupců je přiřadí k polím) · Ctrl+End: poslední položka</translation>
    </message>
    <message>
        <source>Pro&amp;blems: none checked yet — Check (F7) lists every rule the message would break.</source>
        <translation>Pro&amp;blémy: zatím nic nezkontrolováno — Zkontrolovat (F7) vypíše všechna pravidla, která by zpráva porušila.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <comment>verb: check the message</comment>
        <translation>&amp;Zkontrolovat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Odeslat</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>O&amp;bnovit</translation>
    </message>
    <message>
        <source>Read the declaration again</source>
        <translation>Znovu načíst prohlášení</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Za&amp;vřít</translation>
    </message>
    <message>
        <source>Close the declaration (Esc)</source>
        <translation>Zavřít prohlášení (Esc)</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Vložit řádky</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Kopírovat řádky</translation>
    </message>
    <message>
        <source>Copy the selected positions with a header row</source>
        <translation>Zkopírovat vybrané položky s řádkem záhlaví</translation>
    </message>
    <message>
        <source>&amp;Find position</source>
        <translation>&amp;Najít položku</translation>
    </message>
    <message>
        <source>Search the positions</source>
        <translation>Hledat v položkách</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blémy</translation>
    </message>
    <message>
        <source>&amp;Declaration</source>
        <translation>&amp;Prohlášení</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>toolbar: the message sent to customs</comment>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Kind of declaration (Art der Anmeldung): only those allowed in the current status</source>
        <translation>Druh prohlášení (Art der Anmeldung): jen ty, které jsou v aktuálním stavu povoleny</translation>
    </message>
    <message>
        <source>Confirmation flag: only those allowed for the kind in the current status</source>
        <translation>Příznak potvrzení: jen ty, které jsou pro daný druh v aktuálním stavu povoleny</translation>
    </message>
    <message>
        <source>&amp;Only the selected positions</source>
        <translation>&amp;Jen vybrané položky</translation>
    </message>
    <message>
        <source>Send or confirm only the positions selected in the grid (otherwise: every changed one, or every unconfirmed one for a confirmation)</source>
        <translation>Odeslat nebo potvrdit jen položky vybrané v tabulce (jinak: všechny změněné, u potvrzení všechny nepotvrzené)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <comment>the kind of declaration</comment>
        <translation>&amp;Druh</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <comment>the confirmation flag</comment>
        <translation>Přízna&amp;k</translation>
    </message>
    <message>
        <source>Summary declaration {number} no longer exists.</source>
        <translation>Souhrnné celní prohlášení {number} již neexistuje.</translation>
    </message>
    <message>
        <source>Summary declaration {reference} ({status}) — CustomsDesk</source>
        <translation>Souhrnné celní prohlášení {reference} ({status}) — CustomsDesk</translation>
    </message>
    <message>
        <source>status &lt;b&gt;{status}&lt;/b&gt; ({code})</source>
        <translation>stav &lt;b&gt;{status}&lt;/b&gt; ({code})</translation>
    </message>
    <message>
        <source>status &lt;b&gt;{status}&lt;/b&gt; (not sent yet)</source>
        <translation>stav &lt;b&gt;{status}&lt;/b&gt; (dosud neodesláno)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Declaration {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prohlášení {number}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{confirmed} of %n positions confirmed</source>
        <translation>
            <numerusform>Potvrzeno {confirmed} z %n položky</numerusform>
            <numerusform>Potvrzeno {confirmed} z %n položek</numerusform>
            <numerusform>Potvrzeno {confirmed} z %n položek</numerusform>
        </translation>
    </message>
    <message>
        <source>last error {code}: {text}</source>
        <translation>poslední chyba {code}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n position matches the search</source>
        <translation>
            <numerusform>%n položka odpovídá hledání</numerusform>
            <numerusform>%n položky odpovídají hledání</numerusform>
            <numerusform>%n položek odpovídá hledání</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positions match the search</source>
        <translation>
            <numerusform>%n položka odpovídá hledání</numerusform>
            <numerusform>%n položky odpovídají hledání</numerusform>
            <numerusform>%n položek odpovídá hledání</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position</source>
        <translation>
            <numerusform>%n položka</numerusform>
            <numerusform>%n položky</numerusform>
            <numerusform>%n položek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positions</source>
        <translation>
            <numerusform>%n položka</numerusform>
            <numerusform>%n položky</numerusform>
            <numerusform>%n položek</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending: wait until the message is queued.</source>
        <translation>Odesílání: počkejte, až bude zpráva zařazena do fronty.</translation>
    </message>
    <message>
        <source>{field} saved.</source>
        <translation>{field}: uloženo.</translation>
    </message>
    <message numerus="yes">
        <source>The change was not stored: %n problem(s)</source>
        <translation>
            <numerusform>Změna nebyla uložena: %n problém</numerusform>
            <numerusform>Změna nebyla uložena: %n problémy</numerusform>
            <numerusform>Změna nebyla uložena: %n problémů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) copied with a header row.</source>
        <translation>
            <numerusform>%n položka zkopírována s řádkem záhlaví.</numerusform>
            <numerusform>%n položky zkopírovány s řádkem záhlaví.</numerusform>
            <numerusform>%n položek zkopírováno s řádkem záhlaví.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy rows from a spreadsheet, with a first row of column names.</source>
        <translation>Není co vložit: zkopírujte řádky z tabulkového procesoru, s prvním řádkem s názvy sloupců.</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>Nic nebylo vloženo</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored, {left_out} left out with {problems} problem(s) — put them right and paste those rows again</source>
        <translation>
            <numerusform>Vložen %n řádek: uloženo {stored}, vynecháno {left_out} (počet problémů: {problems}) — opravte je a vložte tyto řádky znovu</numerusform>
            <numerusform>Vloženy %n řádky: uloženo {stored}, vynecháno {left_out} (počet problémů: {problems}) — opravte je a vložte tyto řádky znovu</numerusform>
            <numerusform>Vloženo %n řádků: uloženo {stored}, vynecháno {left_out} (počet problémů: {problems}) — opravte je a vložte tyto řádky znovu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s): {stored} stored</source>
        <translation>
            <numerusform>Vložen %n řádek: uloženo {stored}</numerusform>
            <numerusform>Vloženy %n řádky: uloženo {stored}</numerusform>
            <numerusform>Vloženo %n řádků: uloženo {stored}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent</source>
        <translation>Nelze nic odeslat</translation>
    </message>
    <message numerus="yes">
        <source>{message} cannot be sent: %n problem(s)</source>
        <translation>
            <numerusform>{message} nelze odeslat: %n problém</numerusform>
            <numerusform>{message} nelze odeslat: %n problémy</numerusform>
            <numerusform>{message} nelze odeslat: %n problémů</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} cannot be sent</source>
        <translation>{message} nelze odeslat</translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s), confirming {confirmed}; status afterwards: {status}.</source>
        <translation>
            <numerusform>Kontrola v pořádku: {message} obsahuje %n položku, z toho potvrzuje {confirmed}; stav poté: {status}.</numerusform>
            <numerusform>Kontrola v pořádku: {message} obsahuje %n položky, z toho potvrzuje {confirmed}; stav poté: {status}.</numerusform>
            <numerusform>Kontrola v pořádku: {message} obsahuje %n položek, z toho potvrzuje {confirmed}; stav poté: {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check passed: {message} carries %n position(s); status afterwards: {status}.</source>
        <translation>
            <numerusform>Kontrola v pořádku: {message} obsahuje %n položku; stav poté: {status}.</numerusform>
            <numerusform>Kontrola v pořádku: {message} obsahuje %n položky; stav poté: {status}.</numerusform>
            <numerusform>Kontrola v pořádku: {message} obsahuje %n položek; stav poté: {status}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building, signing and queueing {message}…</source>
        <translation>{message}: sestavuje se, podepisuje a zařazuje do fronty…</translation>
    </message>
    <message numerus="yes">
        <source>{message} was not sent: %n problem(s)</source>
        <translation>
            <numerusform>{message} – neodesláno: %n problém</numerusform>
            <numerusform>{message} – neodesláno: %n problémy</numerusform>
            <numerusform>{message} – neodesláno: %n problémů</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending cancelled: nothing was queued.</source>
        <translation>Odesílání zrušeno: do fronty nebylo nic zařazeno.</translation>
    </message>
    <message>
        <source>{message} was not sent</source>
        <translation>{message} – neodesláno</translation>
    </message>
    <message>
        <source>{message} queued as message {number}: it goes to customs at the next send and receive.</source>
        <translation>{message} – zařazeno do fronty jako zpráva {number}: celní správě odejde při příštím odeslání a přijetí.</translation>
    </message>
    <message>
        <source>{message} queued as message {number}.</source>
        <translation>{message} – zařazeno do fronty jako zpráva {number}.</translation>
    </message>
    <message>
        <source>Pro&amp;blems: {title}</source>
        <translation>Pro&amp;blémy: {title}</translation>
    </message>
    <message>
        <source>Position {number} is not in the declaration (a pasted row left out is not stored).</source>
        <translation>Položka {number} není v prohlášení (vynechaný vložený řádek se neukládá).</translation>
    </message>
</context>
<context>
    <name>SumaModel</name>
    <message>
        <source>{message} ({code} {code_name}, rule {rule})</source>
        <translation>{message} ({code} {code_name}, pravidlo {rule})</translation>
    </message>
    <message>
        <source>Position {number} is confirmed by customs: it can no longer change (rules 3, 5 and 7 of the field description).</source>
        <translation>Položka {number} je potvrzena celní správou: již ji nelze měnit (pravidla 3, 5 a 7 popisu polí).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Transport number</source>
        <translation>Číslo přepravy</translation>
    </message>
    <message>
        <source>Office</source>
        <extracomment>column header: the customs office of presentation</extracomment>
        <translation>Úřad</translation>
    </message>
    <message>
        <source>Confirmed / positions</source>
        <translation>Potvrzeno / položky</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Poslední chyba</translation>
    </message>
    <message>
        <source>Status of processing at customs: {status}</source>
        <translation>Stav zpracování u celní správy: {status}</translation>
    </message>
    <message>
        <source>Ref. kind</source>
        <translation>Druh ref.</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>column header, short: the custodian&apos;s branch number (a branch of a company)</extracomment>
        <translation>Pobočka</translation>
    </message>
    <message>
        <source>Pack. kind</source>
        <translation>Druh obalu</translation>
    </message>
    <message>
        <source>Cust. status</source>
        <translation>Celní status</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pol.</translation>
    </message>
    <message>
        <source>Positionsnummer (number): the position&apos;s own number</source>
        <translation>Positionsnummer (číslo): vlastní číslo položky</translation>
    </message>
    <message>
        <source>Confirmed by customs (Bestätigung der Gestellung)</source>
        <translation>Potvrzeno celní správou (Bestätigung der Gestellung)</translation>
    </message>
    <message>
        <source>The last error customs gave for the position</source>
        <translation>Poslední chyba, kterou celní správa k položce uvedla</translation>
    </message>
    <message>
        <source>The position number identifies the position: paste a row to add a position.</source>
        <translation>Položku identifikuje její číslo: položku přidáte vložením řádku.</translation>
    </message>
    <message>
        <source>The declaration is final: customs accept no more changes.</source>
        <translation>Prohlášení je konečné: celní správa již nepřijímá žádné změny.</translation>
    </message>
    <message>
        <source>The declaration is final.</source>
        <translation>Prohlášení je konečné.</translation>
    </message>
    <message>
        <source>The column “{column}” names no field of a position: it was left out.</source>
        <translation>Sloupec „{column}“ neodpovídá žádnému poli položky: byl vynechán.</translation>
    </message>
    <message>
        <source>Two columns name {field}: the second was left out.</source>
        <translation>Poli {field} odpovídají dva sloupce: druhý byl vynechán.</translation>
    </message>
    <message>
        <source>Row {row} has more cells than the grid has columns to the right: the extra ones were left out.</source>
        <translation>Řádek {row} má více buněk, než kolik má mřížka sloupců vpravo: nadbytečné buňky byly vynechány.</translation>
    </message>
</context>
<context>
    <name>SumaWindow</name>
    <message>
        <source>No summary declaration yet: New (Ctrl+N) starts an empty one, Import (Ctrl+I) reads one from a JSON file (as the headless command suma-import does).</source>
        <translation>Zatím zde není žádné souhrnné celní prohlášení: Nové prohlášení (Ctrl+N) založí prázdné, Importovat soubor JSON (Ctrl+I) načte prohlášení ze souboru JSON (stejně jako příkaz suma-import v režimu bez okna).</translation>
    </message>
    <message>
        <source>Summary declarations (ATLAS) — CustomsDesk</source>
        <translation>Souhrnná celní prohlášení (ATLAS) — CustomsDesk</translation>
    </message>
    <message>
        <source>&amp;New declaration</source>
        <translation>&amp;Nové prohlášení</translation>
    </message>
    <message>
        <source>Start an empty summary declaration</source>
        <translation>Založit prázdné souhrnné celní prohlášení</translation>
    </message>
    <message>
        <source>&amp;Import JSON file…</source>
        <translation>&amp;Importovat soubor JSON…</translation>
    </message>
    <message>
        <source>Read a summary declaration from a JSON file (as suma-import does)</source>
        <translation>Načíst souhrnné celní prohlášení ze souboru JSON (stejně jako suma-import)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the selected declaration</comment>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>Open the selected declaration (Enter, or a double click)</source>
        <translation>Otevřít vybrané prohlášení (Enter nebo dvojklik)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>O&amp;bnovit</translation>
    </message>
    <message>
        <source>Read the declarations again</source>
        <translation>Znovu načíst prohlášení</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavřít</translation>
    </message>
    <message>
        <source>Close the list (Esc); open declarations stay open</source>
        <translation>Zavřít seznam (Esc); otevřená prohlášení zůstanou otevřená</translation>
    </message>
    <message>
        <source>&amp;Declaration</source>
        <translation>&amp;Prohlášení</translation>
    </message>
    <message>
        <source>Summary declarations</source>
        <translation>Souhrnná celní prohlášení</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration</source>
        <translation>
            <numerusform>%n prohlášení</numerusform>
            <numerusform>%n prohlášení</numerusform>
            <numerusform>%n prohlášení</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations</source>
        <translation>
            <numerusform>%n prohlášení</numerusform>
            <numerusform>%n prohlášení</numerusform>
            <numerusform>%n prohlášení</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a declaration first</source>
        <translation>Nejprve vyberte prohlášení</translation>
    </message>
    <message>
        <source>New summary declaration</source>
        <translation>Nové souhrnné celní prohlášení</translation>
    </message>
    <message>
        <source>Import a summary declaration</source>
        <translation>Importovat souhrnné celní prohlášení</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>Soubory JSON</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Všechny soubory</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Soubor nelze načíst</translation>
    </message>
    <message>
        <source>{file} is not a JSON file that can be read: {error}</source>
        <translation>{file} není čitelný soubor JSON: {error}</translation>
    </message>
    <message>
        <source>{file} was not imported</source>
        <translation>{file} nebyl importován</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n další</numerusform>
            <numerusform>… a %n dalších</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) cannot be read; nothing was stored.</source>
        <translation>
            <numerusform>%n hodnotu nelze načíst; nic nebylo uloženo.</numerusform>
            <numerusform>%n hodnoty nelze načíst; nic nebylo uloženo.</numerusform>
            <numerusform>%n hodnot nelze načíst; nic nebylo uloženo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} imported: %n position(s).</source>
        <translation>
            <numerusform>{file} importován: %n položka.</numerusform>
            <numerusform>{file} importován: %n položky.</numerusform>
            <numerusform>{file} importován: %n položek.</numerusform>
        </translation>
    </message>
    <message>
        <source>position {number}</source>
        <translation>položka {number}</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Sending and receiving messages…</source>
        <translation>Odesílání a přijímání zpráv…</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>EORI / TIN</source>
        <translation>EORI / TIN</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Pobočka</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>GRN / reference</source>
        <translation>GRN / reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Úřad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Zůstatek</translation>
    </message>
    <message>
        <source>Codes registered</source>
        <translation>Registrované kódy</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Poslední chyba</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Saved despite a failing check digit (training data)</source>
        <translation>Uloženo navzdory chybné kontrolní číslici (cvičná data)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System (as the desktop)</source>
        <translation>Systémový (podle pracovního prostředí)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Světlý</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tmavý</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>{subject} expired on {date}: import the renewed certificate.</source>
        <translation>{subject}: platnost skončila {date}; importujte obnovený certifikát.</translation>
    </message>
    <message>
        <source>{subject} is a test certificate and cannot be used in {environment}: import the qualified seal certificate issued for this EORI.</source>
        <translation>{subject} je testovací certifikát a v prostředí {environment} jej nelze použít: importujte kvalifikovaný certifikát pro elektronickou pečeť vydaný pro toto EORI.</translation>
    </message>
    <message>
        <source>EORI {eori} sends to customs with the parameter set {names}, and this certificate is not fit for that: {problems}. Import the qualified seal certificate issued for {eori}.</source>
        <extracomment>{problems}: why the certificate is not fit, e.g. &quot;it is not an EU qualified certificate (…)&quot;</extracomment>
        <translation>EORI {eori} odesílá celní správě se sadou parametrů {names} a tento certifikát pro to není vhodný: {problems}. Importujte kvalifikovaný certifikát pro elektronickou pečeť vydaný pro {eori}.</translation>
    </message>
    <message>
        <source>manage certificates</source>
        <translation>spravovat certifikáty</translation>
    </message>
    <message>
        <source>manage certificates of {eori}</source>
        <translation>spravovat certifikáty subjektu {eori}</translation>
    </message>
    <message>
        <source>Certificate {id} does not exist.</source>
        <translation>Certifikát {id} neexistuje.</translation>
    </message>
    <message>
        <source>There is no participant certificate for EORI {eori}, so messages cannot be signed: load the demo data, or import the participant certificate in {place}.</source>
        <translation>Pro EORI {eori} neexistuje žádný certifikát účastníka, proto nelze zprávy podepisovat: načtěte ukázková data, nebo importujte certifikát účastníka v {place}.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} has no private key: import it again with its key (PKCS#12/PFX file) in {place}.</source>
        <translation>Certifikát účastníka {subject} pro EORI {eori} nemá soukromý klíč: importujte jej znovu i s klíčem (soubor PKCS#12/PFX) v {place}.</translation>
    </message>
    <message>
        <source>it was imported as a test certificate</source>
        <translation>byl importován jako testovací certifikát</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} is a test certificate, not fit for {channel}: {why}. Import the qualified seal certificate issued for the EORI in {place}.</source>
        <extracomment>{channel}: administration and environment, e.g. &quot;CZ NCTS production&quot;; {why}: the reasons</extracomment>
        <translation>Certifikát účastníka {subject} pro EORI {eori} je testovací certifikát, nevhodný pro {channel}: {why}. Importujte v {place} kvalifikovaný certifikát pro elektronickou pečeť vydaný pro toto EORI.</translation>
    </message>
    <message>
        <source>There is no customs encryption certificate for {channel}, so messages cannot be encrypted: load the demo data, or import the customs certificate in {place}.</source>
        <translation>Pro {channel} neexistuje žádný šifrovací certifikát celní správy, proto nelze zprávy šifrovat: načtěte ukázková data, nebo importujte certifikát celní správy v {place}.</translation>
    </message>
    <message>
        <source>No customs encryption certificate of {channel} is valid on {moment} UTC (the latest, {subject}, is valid only from {start} UTC): import the current customs certificate in {place}.</source>
        <translation>K okamžiku {moment} UTC není platný žádný šifrovací certifikát celní správy pro {channel} (nejnovější, {subject}, platí až od {start} UTC): importujte aktuální certifikát celní správy v {place}.</translation>
    </message>
    <message>
        <source>No customs encryption certificate of {channel} is valid on {moment} UTC (the latest, {subject}, expired on {end}): import the current customs certificate in {place}.</source>
        <translation>K okamžiku {moment} UTC není platný žádný šifrovací certifikát celní správy pro {channel} (platnost nejnovějšího, {subject}, skončila {end}): importujte aktuální certifikát celní správy v {place}.</translation>
    </message>
    <message>
        <source>the customs certificate of {channel}</source>
        <extracomment>completes &quot;… signed by {subject}, which is not …&quot;</extracomment>
        <translation>certifikát celní správy pro {channel}</translation>
    </message>
    <message>
        <source>The private key of the certificate {subject} cannot be unlocked with this installation&apos;s key (secrets.key was replaced or the record was copied): import the certificate with its key again in {place}.</source>
        <translation>Soukromý klíč certifikátu {subject} nelze odemknout klíčem této instalace (soubor secrets.key byl nahrazen nebo byl záznam zkopírován): importujte certifikát znovu i s klíčem v {place}.</translation>
    </message>
    <message>
        <source>The certificate role must be one of {roles}.</source>
        <translation>Role certifikátu musí být jedna z: {roles}.</translation>
    </message>
    <message>
        <source>Administration must be one of {codes}.</source>
        <translation>Celní správa musí být jedna z: {codes}.</translation>
    </message>
    <message>
        <source>Environment must be one of {codes}.</source>
        <translation>Prostředí musí být jedno z: {codes}.</translation>
    </message>
    <message>
        <source>A participant certificate signs messages, so it is needed with its private key: import the PKCS#12/PFX file, or the certificate together with its key file.</source>
        <translation>Certifikát účastníka podepisuje zprávy, proto je potřeba i s jeho soukromým klíčem: importujte soubor PKCS#12/PFX, nebo certifikát společně se souborem klíče.</translation>
    </message>
    <message>
        <source>A customs certificate belongs to an administration, not to an EORI: leave the EORI empty.</source>
        <translation>Certifikát celní správy patří celní správě, ne EORI: pole EORI ponechte prázdné.</translation>
    </message>
    <message>
        <source>The customs certificate is stored without a private key: import only the certificate.</source>
        <translation>Certifikát celní správy se ukládá bez soukromého klíče: importujte pouze certifikát.</translation>
    </message>
    <message>
        <source>Messages are encrypted for the customs certificate, which needs an RSA key; {subject} has another kind. Import the customs encryption certificate published by the administration.</source>
        <translation>Zprávy se šifrují pro certifikát celní správy, který vyžaduje klíč RSA; {subject} má jiný druh klíče. Importujte šifrovací certifikát zveřejněný celní správou.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} is valid only from {start} UTC; messages can be signed with it from then on.</source>
        <translation>Certifikát účastníka {subject} pro EORI {eori} platí až od {start} UTC; od té doby s ním lze zprávy podepisovat.</translation>
    </message>
    <message>
        <source>The participant certificate {subject} of EORI {eori} expired on {end}, so messages cannot be signed with it: import the renewed certificate in {place}.</source>
        <translation>Platnost certifikátu účastníka {subject} pro EORI {eori} skončila {end}, proto s ním nelze zprávy podepisovat: importujte obnovený certifikát v {place}.</translation>
    </message>
    <message>
        <source>Settings ▸ Certificates</source>
        <translation>Nastavení ▸ Certifikáty</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expired on {date}: messages of {eori} cannot be sent until the renewed certificate is imported in {place}.</source>
        <translation>Platnost certifikátu účastníka pro EORI {eori} ({subject}) skončila {date}: zprávy {eori} nelze odesílat, dokud nebude v {place} importován obnovený certifikát.</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expires on {date}, in {days} days: order the renewal now, a new certificate takes 8–10 weeks to arrive.</source>
        <translation>Platnost certifikátu účastníka pro EORI {eori} ({subject}) končí {date} (zbývá dní: {days}): objednejte obnovení hned, dodání nového certifikátu trvá 8–10 týdnů.</translation>
    </message>
    <message>
        <source>The participant certificate of EORI {eori} ({subject}) expires on {date}, in {days} days: after that no message of {eori} can be sent. Import the renewed certificate in {place} as soon as it arrives.</source>
        <translation>Platnost certifikátu účastníka pro EORI {eori} ({subject}) končí {date} (zbývá dní: {days}): poté nelze odeslat žádnou zprávu {eori}. Jakmile obnovený certifikát dorazí, importujte jej v {place}.</translation>
    </message>
    <message>
        <source>The customs encryption certificate of {channel} ({subject}) expired on {date} and no successor is stored: import the new certificate the administration publishes in {place}.</source>
        <translation>Platnost šifrovacího certifikátu celní správy pro {channel} ({subject}) skončila {date} a není uložen žádný nástupce: importujte v {place} nový certifikát, který celní správa zveřejní.</translation>
    </message>
    <message>
        <source>The customs encryption certificate of {channel} ({subject}) expires on {date}, in {days} days, and no successor is stored: import the new certificate the administration publishes in {place}.</source>
        <translation>Platnost šifrovacího certifikátu celní správy pro {channel} ({subject}) končí {date} (zbývá dní: {days}) a není uložen žádný nástupce: importujte v {place} nový certifikát, který celní správa zveřejní.</translation>
    </message>
    <message>
        <source>Valid now</source>
        <translation>Platný nyní</translation>
    </message>
    <message>
        <source>Suitable for signing customs messages: yes — it is an EU qualified seal certificate with the right key usage, a strong key and hash, and it is valid now.</source>
        <translation>Vhodný k podepisování celních zpráv: ano — jde o kvalifikovaný certifikát EU pro elektronickou pečeť se správným použitím klíče, silným klíčem i hashem a je nyní platný.</translation>
    </message>
    <message>
        <source>Suitable for signing customs messages: no — because {problems}.</source>
        <extracomment>{problems}: the reasons, separated by semicolons</extracomment>
        <translation>Vhodný k podepisování celních zpráv: ne — protože {problems}.</translation>
    </message>
    <message>
        <source>the QCStatements extension cannot be read ({reason})</source>
        <translation>rozšíření QCStatements nelze přečíst ({reason})</translation>
    </message>
    <message>
        <source>EU trusted list</source>
        <translation>Důvěryhodný seznam EU</translation>
    </message>
    <message>
        <source>Whether the issuer is a qualified trust service provider on the EU trusted lists cannot be read from the certificate: check the issuer at https://eidas.ec.europa.eu/efda/tl-browser/.</source>
        <translation>Z certifikátu nelze zjistit, zda je vydavatel kvalifikovaným poskytovatelem služeb vytvářejících důvěru na důvěryhodných seznamech EU: ověřte vydavatele na https://eidas.ec.europa.eu/efda/tl-browser/.</translation>
    </message>
    <message>
        <source>EU qualified (QcCompliance)</source>
        <translation>Kvalifikovaný v EU (QcCompliance)</translation>
    </message>
    <message>
        <source>it is not an EU qualified certificate (no QcCompliance statement)</source>
        <translation>nejde o kvalifikovaný certifikát EU (chybí prohlášení QcCompliance)</translation>
    </message>
    <message>
        <source>it is qualified only under the law of {countries} (QcCClegislation), not under eIDAS</source>
        <translation>je kvalifikovaný pouze podle práva {countries} (QcCClegislation), nikoli podle eIDAS</translation>
    </message>
    <message>
        <source>QcCompliance present: issued as an EU qualified certificate</source>
        <translation>QcCompliance přítomno: vydán jako kvalifikovaný certifikát EU</translation>
    </message>
    <message>
        <source>Certificate for electronic seals (QcType)</source>
        <translation>Certifikát pro elektronické pečetě (QcType)</translation>
    </message>
    <message>
        <source>QcType eseal: a certificate for electronic seals of an organisation</source>
        <translation>QcType eseal: certifikát pro elektronické pečetě organizace</translation>
    </message>
    <message>
        <source>no QcType: by ETSI EN 319 412-5 that means a signature of a natural person, not a seal of the organisation</source>
        <translation>chybí QcType: podle ETSI EN 319 412-5 to znamená podpis fyzické osoby, nikoli pečeť organizace</translation>
    </message>
    <message>
        <source>QcType web, not eseal: customs messages are sealed by the organisation (a website certificate signs nothing)</source>
        <translation>QcType web, ne eseal: celní zprávy pečetí organizace (certifikát pro webové stránky nic nepodepisuje)</translation>
    </message>
    <message>
        <source>QcType {types}, not eseal: customs messages are sealed by the organisation</source>
        <extracomment>{types}: the certificate&apos;s QcTypes, e.g. &quot;esign&quot;</extracomment>
        <translation>QcType {types}, ne eseal: celní zprávy pečetí organizace</translation>
    </message>
    <message>
        <source>Key in a qualified device (QcSSCD or QCP-l-qscd)</source>
        <translation>Klíč v kvalifikovaném zařízení (QcSSCD nebo QCP-l-qscd)</translation>
    </message>
    <message>
        <source>QcSSCD: the key is in a qualified seal creation device</source>
        <translation>QcSSCD: klíč je v kvalifikovaném prostředku pro vytváření pečetí</translation>
    </message>
    <message>
        <source>policy QCP-l-qscd: the key is in a qualified seal creation device</source>
        <translation>politika QCP-l-qscd: klíč je v kvalifikovaném prostředku pro vytváření pečetí</translation>
    </message>
    <message>
        <source>the key is not declared to be in a qualified device: an advanced seal, which customs accept; a qualified seal needs a QSCD</source>
        <translation>není uvedeno, že je klíč v kvalifikovaném zařízení: jde o zaručenou pečeť, kterou celní správa přijímá; kvalifikovaná pečeť vyžaduje QSCD</translation>
    </message>
    <message>
        <source>Key usage digitalSignature and nonRepudiation</source>
        <translation>Použití klíče digitalSignature a nonRepudiation</translation>
    </message>
    <message>
        <source>the key usage lacks {usages}</source>
        <extracomment>{usages}: the key usages missing, e.g. &quot;nonRepudiation&quot;</extracomment>
        <translation>v použití klíče chybí {usages}</translation>
    </message>
    <message>
        <source>digitalSignature and nonRepudiation (contentCommitment) allowed</source>
        <translation>digitalSignature a nonRepudiation (contentCommitment) povoleno</translation>
    </message>
    <message>
        <source>Key strength (RSA ≥ 2048 or EC ≥ 256 bits)</source>
        <translation>Síla klíče (RSA ≥ 2048 nebo EC ≥ 256 bitů)</translation>
    </message>
    <message>
        <source>the key is {kind}: customs accept RSA or EC keys</source>
        <translation>klíč je typu {kind}: celní správa přijímá klíče RSA nebo EC</translation>
    </message>
    <message>
        <source>the {kind} key has {size} bits, fewer than {minimum}</source>
        <translation>klíč {kind} má {size} bitů, méně než {minimum}</translation>
    </message>
    <message>
        <source>{kind} {size} bits</source>
        <translation>{kind} {size} bitů</translation>
    </message>
    <message>
        <source>Signature hash SHA-256 or stronger</source>
        <translation>Hash podpisu SHA-256 nebo silnější</translation>
    </message>
    <message>
        <source>signed with {hash}</source>
        <translation>podepsáno pomocí {hash}</translation>
    </message>
    <message>
        <source>the certificate is signed with an unknown hash, weaker than SHA-256</source>
        <translation>certifikát je podepsán neznámým hashem, slabším než SHA-256</translation>
    </message>
    <message>
        <source>the certificate is signed with {hash}, weaker than SHA-256</source>
        <translation>certifikát je podepsán hashem {hash}, slabším než SHA-256</translation>
    </message>
    <message>
        <source>it is not valid yet (from {start} UTC)</source>
        <translation>ještě není platný (od {start} UTC)</translation>
    </message>
    <message>
        <source>it expired on {end}</source>
        <translation>platnost skončila {end}</translation>
    </message>
    <message>
        <source>valid from {start} to {end}</source>
        <translation>platný od {start} do {end}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <extracomment>{items}: names separated by commas, {last}: the last name; e.g. &quot;esign and web&quot;</extracomment>
        <translation>{items} a {last}</translation>
    </message>
</context>
<context>
    <name>UserEditor</name>
    <message>
        <source>basic — acts in their own name only</source>
        <translation>základní — jedná pouze vlastním jménem</translation>
    </message>
    <message>
        <source>advanced — acts for organisations (identity confirmed)</source>
        <translation>pokročilý — jedná za organizace (totožnost ověřena)</translation>
    </message>
    <message>
        <source>in person, identity card</source>
        <translation>osobně, občanský průkaz</translation>
    </message>
    <message>
        <source>in person, passport</source>
        <translation>osobně, cestovní pas</translation>
    </message>
    <message>
        <source>qualified signature certificate</source>
        <translation>kvalifikovaný podpisový certifikát</translation>
    </message>
    <message>
        <source>bank identity</source>
        <translation>bankovní identita</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Hesla se liší: zadejte dvakrát stejné heslo.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, and not the login name.</source>
        <translation>
            <numerusform>Alespoň %n znak a ne přihlašovací jméno.</numerusform>
            <numerusform>Alespoň %n znaky a ne přihlašovací jméno.</numerusform>
            <numerusform>Alespoň %n znaků a ne přihlašovací jméno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit user {login}</source>
        <translation>Upravit uživatele {login}</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nový uživatel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Přidat uživatele</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Znovu &amp;načíst</translation>
    </message>
    <message>
        <source>Show the user as saved now</source>
        <translation>Zobrazit uživatele tak, jak je nyní uložen</translation>
    </message>
    <message>
        <source>e.g. jan.novak</source>
        <translation>např. jan.novak</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nepovinné</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Celé jméno:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;National id:</source>
        <translation>&amp;Národní identifikátor:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Access &amp;level:</source>
        <translation>Úroveň pří&amp;stupu:</translation>
    </message>
    <message>
        <source>&amp;Identity confirmed:</source>
        <translation>&amp;Totožnost ověřena:</translation>
    </message>
    <message>
        <source>How and when the identity was checked; required for advanced access.</source>
        <translation>Jak a kdy byla ověřena totožnost; povinné pro pokročilý přístup.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Zopakovat heslo:</translation>
    </message>
    <message>
        <source>how, e.g. in person, identity card</source>
        <translation>jak, např. osobně, občanský průkaz</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez data</translation>
    </message>
    <message>
        <source>The day the identity was confirmed</source>
        <translation>Den ověření totožnosti</translation>
    </message>
    <message>
        <source>on</source>
        <comment>confirmed on &lt;date&gt;</comment>
        <translation>dne</translation>
    </message>
    <message>
        <source>Advanced access acts for organisations: record how the identity was confirmed (e.g. in person, identity card).</source>
        <translation>Pokročilý přístup umožňuje jednat za organizace: zaznamenejte, jak byla ověřena totožnost (např. osobně, občanský průkaz).</translation>
    </message>
    <message>
        <source>Advanced access needs the day the identity was confirmed: choose the date.</source>
        <translation>Pokročilý přístup vyžaduje den ověření totožnosti: zvolte datum.</translation>
    </message>
    <message>
        <source>The identity cannot be confirmed in the future: choose today or an earlier day.</source>
        <translation>Totožnost nelze ověřit v budoucnosti: zvolte dnešní nebo dřívější den.</translation>
    </message>
    <message>
        <source>Reset the password of {login}</source>
        <translation>Resetovat heslo uživatele {login}</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nové &amp;heslo:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Zopakovat:</translation>
    </message>
    <message>
        <source>Tell {login} the new password in person; they can change it afterwards (Account ▸ Change password).</source>
        <translation>Sdělte uživateli {login} nové heslo osobně; později si ho může změnit (Účet ▸ Změnit heslo).</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Resetovat heslo</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>To {what} you need extended rights; {login} has basic access (identity not confirmed), which allows acting in one&apos;s own name only. Ask the administrator.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the guarantee&quot;</extracomment>
        <translation>K tomu, abyste mohli {what}, potřebujete rozšířená oprávnění; {login} má základní přístup (totožnost neověřena), který umožňuje jednat pouze vlastním jménem. Obraťte se na správce.</translation>
    </message>
    <message>
        <source>To {what} you need extended rights for this organisation; {login} has basic rights.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the guarantee&quot;</extracomment>
        <translation>K tomu, abyste mohli {what}, potřebujete pro tuto organizaci rozšířená oprávnění; {login} má základní oprávnění.</translation>
    </message>
    <message>
        <source>Only a guarantee officer may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;delete the primary access code&quot;; {role}: the user&apos;s role, e.g. &quot;declarant&quot;</extracomment>
        <translation>Pouze referent pro záruky může {what}; {login} má roli {role}.</translation>
    </message>
    <message>
        <source>Only a guarantee officer or an administrator may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;manage certificates&quot;; {role}: the user&apos;s role, e.g. &quot;declarant&quot;</extracomment>
        <translation>Pouze referent pro záruky nebo správce může {what}; {login} má roli {role}.</translation>
    </message>
    <message>
        <source>Only CustomsDesk itself may {what}: it does so when customs answers.</source>
        <extracomment>{what}: an action, e.g. &quot;record customs answers&quot;</extracomment>
        <translation>Pouze samotný CustomsDesk může {what}: činí tak po odpovědi celní správy.</translation>
    </message>
    <message>
        <source>Only an administrator may {what}; {login} is a {role}.</source>
        <extracomment>{what}: an action, e.g. &quot;add users&quot;; {role}: the user&apos;s role, e.g. &quot;guarantee officer&quot;</extracomment>
        <translation>Pouze správce může {what}; {login} má roli {role}.</translation>
    </message>
    <message>
        <source>{login} does not represent this organisation, so cannot {what}.</source>
        <extracomment>{what}: an action, e.g. &quot;change the guarantee&quot;</extracomment>
        <translation>{login} nezastupuje tuto organizaci, a proto nemůže {what}.</translation>
    </message>
    <message>
        <source>The account {login} has been deactivated by an administrator: sign out.</source>
        <translation>Účet {login} byl deaktivován správcem: odhlaste se.</translation>
    </message>
    <message>
        <source>Wrong login name or password. Check the Caps Lock key and try again.</source>
        <translation>Nesprávné přihlašovací jméno nebo heslo. Zkontrolujte klávesu Caps Lock a zkuste to znovu.</translation>
    </message>
    <message>
        <source>The workstation is locked: {login} must sign in again to use access codes.</source>
        <translation>Pracovní stanice je uzamčena: pro použití přístupových kódů se musí {login} znovu přihlásit.</translation>
    </message>
    <message>
        <source>the key of {login}</source>
        <extracomment>completes &quot;A stored secret cannot be unlocked with …&quot;</extracomment>
        <translation>klíč uživatele {login}</translation>
    </message>
    <message>
        <source>{login} has no stored access codes: nothing is lost.</source>
        <translation>{login} nemá uložené žádné přístupové kódy: nic se neztratí.</translation>
    </message>
    <message numerus="yes">
        <source>%n secondary access code(s)</source>
        <translation>
            <numerusform>%n vedlejší přístupový kód</numerusform>
            <numerusform>%n vedlejší přístupové kódy</numerusform>
            <numerusform>%n vedlejších přístupových kódů</numerusform>
        </translation>
    </message>
    <message>
        <source>the primary access code of {grns}</source>
        <translation>hlavní přístupový kód pro {grns}</translation>
    </message>
    <message>
        <source>{codes} and {pac}</source>
        <extracomment>{codes} and {pac}: &quot;2 secondary access code(s)&quot; and &quot;the primary access code of 25CZ…&quot;</extracomment>
        <translation>{codes} a {pac}</translation>
    </message>
    <message>
        <source>Resetting the password of {login} makes {codes} unreadable: they are sealed with a key only {login}&apos;s old password opens, and nobody can recover them. {login} will have to enter them again.</source>
        <extracomment>{codes}: what becomes unreadable, e.g. &quot;2 secondary access code(s)&quot;</extracomment>
        <translation>Resetováním hesla uživatele {login} přestane být čitelné toto: {codes}. Údaje jsou zapečetěny klíčem, který otevře pouze staré heslo uživatele {login}, a nikdo je nemůže obnovit. {login} je bude muset zadat znovu.</translation>
    </message>
    <message>
        <source>There is no user &apos;{login}&apos;: see the list of users (Administration ▸ Users).</source>
        <translation>Uživatel „{login}“ neexistuje: viz seznam uživatelů (Správa ▸ Uživatelé).</translation>
    </message>
    <message>
        <source>User {id} does not exist.</source>
        <translation>Uživatel {id} neexistuje.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for {login}: the next attempt is possible at {time}.</source>
        <translation>Příliš mnoho neúspěšných přihlášení uživatele {login}: další pokus je možný v {time}.</translation>
    </message>
    <message>
        <source>{login} has no password yet: the administrator sets one (Administration ▸ Users), or on a single-user installation sign in without a password.</source>
        <translation>{login} zatím nemá heslo: nastaví ho správce (Správa ▸ Uživatelé), nebo se v instalaci pro jednoho uživatele přihlaste bez hesla.</translation>
    </message>
    <message>
        <source>The account {login} is deactivated: ask the administrator.</source>
        <translation>Účet {login} je deaktivován: obraťte se na správce.</translation>
    </message>
    <message>
        <source>This installation has user accounts with passwords: sign in with --user NAME --password-file FILE.</source>
        <translation>Tato instalace má uživatelské účty s hesly: přihlaste se pomocí --user JMÉNO --password-file SOUBOR.</translation>
    </message>
    <message>
        <source>{login} has a password: give it (--password-file FILE).</source>
        <translation>{login} má heslo: zadejte ho (--password-file SOUBOR).</translation>
    </message>
    <message>
        <source>{login} has no password yet and this installation has administrators with passwords: ask one of them to set a password (Administration ▸ Users).</source>
        <translation>{login} zatím nemá heslo a tato instalace má správce s hesly: požádejte některého z nich o nastavení hesla (Správa ▸ Uživatelé).</translation>
    </message>
    <message>
        <source>set up another user&apos;s access codes</source>
        <translation>nastavovat přístupové kódy jiného uživatele</translation>
    </message>
    <message>
        <source>The password given for {login} does not open the account&apos;s key.</source>
        <translation>Heslo zadané pro {login} neotevírá klíč účtu.</translation>
    </message>
    <message>
        <source>Wrong login name or password. Check the Caps Lock key and try again. After {count} failed attempts the next one is possible in {seconds} s.</source>
        <translation>Nesprávné přihlašovací jméno nebo heslo. Zkontrolujte klávesu Caps Lock a zkuste to znovu. Po {count} neúspěšných pokusech je další pokus možný za {seconds} s.</translation>
    </message>
    <message>
        <source>{login} already has a password: use Change password.</source>
        <translation>{login} již má heslo: použijte Změnit heslo.</translation>
    </message>
    <message>
        <source>The current password is not right: type it again.</source>
        <translation>Současné heslo není správné: zadejte ho znovu.</translation>
    </message>
    <message>
        <source>reset another user&apos;s password</source>
        <translation>resetovat heslo jiného uživatele</translation>
    </message>
    <message>
        <source>This account has a password: sign in with it.</source>
        <translation>Tento účet má heslo: přihlaste se pomocí něj.</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>přidávat uživatele</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>měnit uživatele</translation>
    </message>
    <message>
        <source>{login} is the only active administrator: make somebody else an administrator first.</source>
        <translation>{login} je jediný aktivní správce: nejprve udělejte správcem někoho jiného.</translation>
    </message>
    <message>
        <source>The user {login} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Uživatele {login} mezitím změnil někdo jiný (možná na jiné pracovní stanici). Vaše změny nebyly uloženy: načtěte ho znovu, abyste viděli jeho změny, a pak proveďte své znovu.</translation>
    </message>
    <message>
        <source>A login name has 2–40 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. jan.novak).</source>
        <translation>Přihlašovací jméno má 2–40 písmen, číslic, teček, pomlček nebo podtržítek a začíná písmenem nebo číslicí (např. jan.novak).</translation>
    </message>
    <message>
        <source>The login name {login} is taken: choose another.</source>
        <translation>Přihlašovací jméno {login} je obsazené: zvolte jiné.</translation>
    </message>
    <message>
        <source>Advanced access acts for organisations: record how the identity was confirmed (e.g. in person, signature certificate).</source>
        <translation>Pokročilý přístup umožňuje jednat za organizace: zaznamenejte, jak byla ověřena totožnost (např. osobně, podpisový certifikát).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>„{email}“ není e-mailová adresa.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>správce</translation>
    </message>
    <message>
        <source>guarantee officer</source>
        <translation>referent pro záruky</translation>
    </message>
    <message>
        <source>declarant</source>
        <translation>deklarant</translation>
    </message>
    <message>
        <source>advanced</source>
        <comment>access level</comment>
        <translation>pokročilý</translation>
    </message>
    <message>
        <source>basic</source>
        <comment>access level</comment>
        <translation>základní</translation>
    </message>
    <message>
        <source>extended</source>
        <comment>rights</comment>
        <translation>rozšířená</translation>
    </message>
    <message>
        <source>basic</source>
        <comment>rights</comment>
        <translation>základní</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vlastník</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>zaměstnanec</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>zmocněnec</translation>
    </message>
    <message>
        <source>The password must have at least {least} characters (it has {length}): a short sentence is easy to remember.</source>
        <translation>Heslo musí mít alespoň {least} znaků (má {length}): krátká věta se snadno pamatuje.</translation>
    </message>
    <message>
        <source>The password must not be the login name.</source>
        <translation>Heslo nesmí být stejné jako přihlašovací jméno.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>Heslo nesmí začínat ani končit mezerou.</translation>
    </message>
    <message>
        <source>see what another user may do</source>
        <translation>zobrazit, co smí jiný uživatel dělat</translation>
    </message>
    <message>
        <source>Representation {id} does not exist.</source>
        <translation>Zastoupení {id} neexistuje.</translation>
    </message>
    <message>
        <source>change representations</source>
        <translation>měnit zastoupení</translation>
    </message>
    <message>
        <source>end representations</source>
        <translation>ukončovat zastoupení</translation>
    </message>
    <message>
        <source>The representation starts on {start}: it cannot end on {end}, before it starts. Choose {start} or later.</source>
        <translation>Zastoupení začíná {start}: nemůže skončit {end}, dříve než začne. Zvolte {start} nebo pozdější datum.</translation>
    </message>
    <message>
        <source>Choose who represents the organisation: a person (user) or an agency (another organisation), one of the two.</source>
        <translation>Zvolte, kdo organizaci zastupuje: osoba (uživatel), nebo agentura (jiná organizace) — jedno z toho.</translation>
    </message>
    <message>
        <source>An organisation cannot be its own agency: choose another one.</source>
        <translation>Organizace nemůže být svou vlastní agenturou: zvolte jinou.</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose one from the register.</source>
        <translation>Organizace {id} neexistuje: zvolte některou z registru.</translation>
    </message>
    <message>
        <source>Organisation {id} does not exist: choose the agency from the register.</source>
        <translation>Organizace {id} neexistuje: zvolte agenturu z registru.</translation>
    </message>
    <message>
        <source>User {id} does not exist: add the user first.</source>
        <translation>Uživatel {id} neexistuje: nejprve uživatele přidejte.</translation>
    </message>
    <message>
        <source>The representation ends ({end}) before it starts ({start}): correct one of the dates.</source>
        <translation>Zastoupení končí ({end}) dříve, než začíná ({start}): opravte jedno z dat.</translation>
    </message>
    <message>
        <source>A proxy needs its basis: enter the power of attorney reference.</source>
        <translation>Zmocněnec potřebuje podklad: zadejte číslo plné moci.</translation>
    </message>
    <message>
        <source>The representation of {organisation} by {representative} was changed by someone else after you opened it (perhaps on another workstation). Your changes were not saved: reload it to see theirs, then make yours again.</source>
        <translation>Zastoupení organizace {organisation}, kterou zastupuje {representative}, mezitím změnil někdo jiný (možná na jiné pracovní stanici). Vaše změny nebyly uloženy: načtěte ho znovu, abyste viděli jeho změny, a pak proveďte své znovu.</translation>
    </message>
</context>
</TS>
