; Inno Setup 6 script for the CustomsDesk one-folder build.
;
; Build the bundle first (make package, or: python installer\build.py), then:
;   iscc installer\windows\customsdesk.iss [/DAppVersion=0.1.0]
; The installer is written to dist\installer\.
; The user's data (database, secrets.key) lives in the user's data folder and is never
; touched by installing, upgrading or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CustomsDesk"
#define AppExe "customsdesk.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#define Bundle Root + "\dist\customsdesk"
#define IconFile Root + "\build\icons\customsdesk.ico"

#if !DirExists(Bundle)
  #error The one-folder build dist\customsdesk is missing: run "python installer\build.py" first.
#endif

[Setup]
AppId={{820E9056-1AC5-4C6A-A416-750355E1FABD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; installs for the current user without elevation unless the user picks "all users"
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist\installer
OutputBaseFilename=CustomsDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "czech"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
; offered ticked: an office's clerks start CustomsDesk from the desktop; untick it for the Start menu only
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder bundle: both launchers and _internal\ (Python, Qt, resources)
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the bundled libraries instead of mixing old and new ones
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; the Start menu (Programs) and, unless unticked, the desktop
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Organisations, NCTS guarantees, access codes and customs messages"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Organisations, NCTS guarantees, access codes and customs messages"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
