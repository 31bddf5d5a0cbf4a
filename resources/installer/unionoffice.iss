; Inno Setup 6 script (UTF-8 with BOM, so compilers before 6.3 read the Chinese right): a per-user installer
; (no administrator rights) for the onedir bundle. Compiled by build_installer.py on Windows:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\unionoffice /DOutputDir=dist /DIconFile=... unionoffice.iss
; The user's data (%LOCALAPPDATA%\UnionOffice\UnionOffice: database, backups, logs) is never installed or removed
; here: the uninstaller deletes only the files this installer wrote.

#ifndef AppVersion
  #error Pass /DAppVersion=x.y.z (build_installer.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\unionoffice"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\icons\unionoffice.ico"
#endif
#define AppName "UnionOffice 工会业务管理"
#define AppExe "unionoffice.exe"

[Setup]
; A fixed AppId: upgrades replace the previous version in place instead of installing beside it.
AppId={{6F0C3D5E-2B7A-4C51-9E3B-5A1D8C7F4E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=UnionOffice
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} 安装程序
VersionInfoCompany=UnionOffice
; Per-user: {autopf} is %LOCALAPPDATA%\Programs when installing without elevation.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\UnionOffice
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=UnionOffice-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes
RestartApplications=no

[Languages]
; Simplified Chinese ships with recent Inno Setup releases; older compilers fall back to the English wizard.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma message "Languages\ChineseSimplified.isl not found in this Inno Setup: the wizard will be in English"
Name: "zh"; MessagesFile: "compiler:Default.isl"
#endif

[CustomMessages]
zh.DesktopIcon=在桌面上创建快捷方式
zh.ShortcutsGroup=快捷方式：
zh.LaunchApp=启动 UnionOffice
zh.UserGuide=用户手册
zh.Uninstall=卸载 UnionOffice

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:ShortcutsGroup}"

[InstallDelete]
; An upgrade starts from a clean program folder, so no library of the previous version lingers. Only {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Comment: "{#AppName}"
Name: "{autoprograms}\{#AppName} {cm:UserGuide}"; Filename: "{app}\用户手册.pdf"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Code] that touches {localappdata}\UnionOffice: the clerk's database and backups
; outlive the program, and reinstalling picks them up again.
