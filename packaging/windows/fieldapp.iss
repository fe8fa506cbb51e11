; Inno Setup script for fieldapp's Windows installer. packaging/platform_windows.py runs it
; with /DAppVersion, /DSourceDir (the frozen folder), /DOutputDir, /DOutputName, /DReadme, /DIconFile.
; Installs for the current user only: no administrator rights are needed on an observer's
; laptop, and nothing is written to other users' profiles.

[Setup]
AppId={{6F1C3E52-8B0D-4B7A-9E51-2D4A1F7C9B30}
AppName=fieldapp
AppVersion={#AppVersion}
AppPublisher=fieldapp
DefaultDirName={localappdata}\Programs\fieldapp
DefaultGroupName=fieldapp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\fieldapp.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "fieldapp-cli on the PATH (for scripts)"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Readme}"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\fieldapp"; Filename: "{app}\fieldapp.exe"
Name: "{userdesktop}\fieldapp"; Filename: "{app}\fieldapp.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
  ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\fieldapp.exe"; Description: "{cm:LaunchProgram,fieldapp}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
