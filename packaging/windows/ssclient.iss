; Inno Setup 6 script for the Windows installer of ssclient. It must be built on Windows (Inno Setup and
; PyInstaller's Windows bundle exist only there); packaging/README.md has the steps. From the repository root:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\ssclient.iss      -> dist\ssclient-0.1.0-setup.exe
;
; It packs the PyInstaller bundle dist\ssclient\ (made by build_installer.spec on Windows). Per-user install
; by default (no administrator needed), per-machine when chosen. The user's data lives in %LOCALAPPDATA%\ssclient
; (platformdirs), outside the program folder: upgrading or uninstalling never touches it.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 packaging\windows\ssclient.iss
#endif
#define BundleDir "..\..\dist\ssclient"

; Simplified Chinese is an official Inno Setup translation only in recent releases; older ones keep it
; under Languages\Unofficial (or not at all: then copy ChineseSimplified.isl there, see the README).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl is missing from Inno Setup's Languages folder; see packaging/README.md
#endif

[Setup]
AppId={{6F1D2B7A-4C3E-4E8B-9A51-2D7C0B9E4F36}
AppName=ssclient
AppVersion={#AppVersion}
AppVerName=ssclient {#AppVersion}
AppPublisher=ssclient maintainers
DefaultDirName={autopf}\ssclient
DefaultGroupName=ssclient
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=ssclient-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayIcon={app}\ssclient.exe
UninstallDisplayName=ssclient {#AppVersion}
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=社会保险网上申报
english.AppTitle=Social Insurance Declaration

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's library folder whole, so no file of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\ssclient.exe"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\ssclient.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ssclient.exe"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent
