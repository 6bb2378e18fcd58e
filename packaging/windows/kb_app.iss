; Inno Setup 6 script for kb_app on Windows: a per-user install (no administrator rights) of
; the PyInstaller one-folder build. NOT BUILT OR TESTED HERE (see packaging/README.md).
;
; On a Windows machine, from the repository root:
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\kb_app.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\kb_app.iss
; which writes dist\kb_app-0.1.0-windows-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "kb_app"
#define AppId "io.github.kb_app.KbApp"
#define WindowExe "kb-app.exe"
#define ConsoleExe "kb.exe"
; relative to this script
#define Root "..\.."

[Setup]
; a fixed GUID-free id: the reverse-DNS application id, used by the uninstaller's registry key
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kb_app
AppPublisherURL=https://github.com/kb_app/kb_app
; per user: %LOCALAPPDATA%\Programs\kb_app, Start menu of this user, HKCU associations
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile={#Root}\packaging\icons\kb_app.ico
OutputDir={#Root}\dist
OutputBaseFilename=kb_app-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.AssocBib=Ouvrir les fichiers BibTeX (.bib) avec kb_app
english.AssocBib=Open BibTeX files (.bib) with kb_app
french.AssocRis=Ouvrir les fichiers RIS (.ris) avec kb_app
english.AssocRis=Open RIS files (.ris) with kb_app
french.AddToPath=Rendre la commande « kb » disponible dans les terminaux
english.AddToPath=Make the « kb » command available in terminals
french.CommandLine=kb_app (ligne de commande)
english.CommandLine=kb_app (command line)
french.BibType=Bibliographie BibTeX
english.BibType=BibTeX bibliography
french.RisType=Bibliographie RIS
english.RisType=RIS bibliography

[Tasks]
Name: "assocbib"; Description: "{cm:AssocBib}"
Name: "assocris"; Description: "{cm:AssocRis}"
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder build: kb-app.exe, kb.exe and _internal\ (Qt, Python, resources)
Source: "{#Root}\dist\kb_app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the bundled libraries wholesale: no stale file of an older build stays
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Comment: "Fonds documentaire et atlas relationnel"
Name: "{autoprograms}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#ConsoleExe}"" --help"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Tasks: desktopicon

[Registry]
; .bib and .ris: kb_app offered in « Open with », as the default only if the task is chosen
Root: HKA; Subkey: "Software\Classes\.bib\OpenWithProgids"; ValueType: string; ValueName: "kb_app.bib"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.bib"; ValueType: string; ValueName: ""; ValueData: "kb_app.bib"; Flags: uninsdeletevalue; Tasks: assocbib
Root: HKA; Subkey: "Software\Classes\kb_app.bib"; ValueType: string; ValueName: ""; ValueData: "{cm:BibType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\kb_app.bib\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#WindowExe},0"
Root: HKA; Subkey: "Software\Classes\kb_app.bib\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#WindowExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.ris\OpenWithProgids"; ValueType: string; ValueName: "kb_app.ris"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ris"; ValueType: string; ValueName: ""; ValueData: "kb_app.ris"; Flags: uninsdeletevalue; Tasks: assocris
Root: HKA; Subkey: "Software\Classes\kb_app.ris"; ValueType: string; ValueName: ""; ValueData: "{cm:RisType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\kb_app.ris\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#WindowExe},0"
Root: HKA; Subkey: "Software\Classes\kb_app.ris\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#WindowExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#WindowExe}\SupportedTypes"; ValueType: string; ValueName: ".bib"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#WindowExe}\SupportedTypes"; ValueType: string; ValueName: ".ris"; ValueData: ""
; kb.exe on this user's PATH (task addtopath); removed again by the uninstaller below
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only the program folder: libraries (%LOCALAPPDATA%\kb_app) and settings are the user's
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Dir: string;
  P: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    exit;
  Dir := ExpandConstant('{app}');
  P := Pos(';' + Uppercase(Dir), Uppercase(Path));
  if P > 0 then
  begin
    Delete(Path, P, Length(Dir) + 1);
    RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path);
  end;
end;
