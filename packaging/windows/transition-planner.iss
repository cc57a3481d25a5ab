; Inno Setup 6 script: the Windows installer of Transition Planner.
;
; packaging/build.py compiles it on Windows when Inno Setup 6 is installed, after PyInstaller has
; made the one-folder bundle; by hand, from the project folder:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 ^
;       /DSourceDir=%CD%\dist\transition-planner /DOutputDir=%CD%\dist ^
;       /DIconFile=%CD%\build\transition-planner.ico packaging\windows\transition-planner.iss
;
; It installs for the current user by default (no administrator rights, which UN-issued laptops
; rarely give), into %LOCALAPPDATA%\Programs\Transition Planner; an administrator can choose an
; installation for all users. Workspaces and settings live in the user's folders and are never
; touched by installing, upgrading or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\transition-planner"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBase
  #define OutputBase "transition-planner-" + AppVersion + "-windows-x64-setup"
#endif

#define AppName "Transition Planner"
#define AppExe "transition-planner.exe"

[Setup]
; The AppId identifies the application across versions: never change it.
AppId={{6F0C7B2E-3D0A-4E4B-9C53-2B1B7A9E5D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Transition Planner team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBase}
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
; Signing hook, empty: define SignTool in the IDE or with /S on the ISCC command line to sign.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.AddToPath=Add transition-planner to the PATH (to use the command line)
fr.AddToPath=Ajouter transition-planner au PATH (pour la ligne de commande)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the whole bundle: no library of an older version may stay behind
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "{code:EnvironmentKey}"; ValueType: expandsz; ValueName: "Path"; \
    ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The user's environment for a per-user installation, the machine's for an all-users one. }
function EnvironmentKey(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function NeedsAddPath(Folder: String): Boolean;
var
  Paths: String;
  RootKey: Integer;
begin
  if IsAdminInstallMode then
    RootKey := HKEY_LOCAL_MACHINE
  else
    RootKey := HKEY_CURRENT_USER;
  if not RegQueryStringValue(RootKey, EnvironmentKey(''), 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

{ Uninstalling takes the folder out of the PATH again. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Entry: String;
  RootKey, P: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if IsAdminInstallMode then
    RootKey := HKEY_LOCAL_MACHINE
  else
    RootKey := HKEY_CURRENT_USER;
  if not RegQueryStringValue(RootKey, EnvironmentKey(''), 'Path', Paths) then
    exit;
  Entry := ';' + ExpandConstant('{app}');
  P := Pos(Uppercase(Entry), Uppercase(Paths));
  if P > 0 then
  begin
    Delete(Paths, P, Length(Entry));
    RegWriteExpandStringValue(RootKey, EnvironmentKey(''), 'Path', Paths);
  end;
end;
