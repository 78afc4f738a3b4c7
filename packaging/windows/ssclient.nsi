; NSIS script of the Windows installer, built on Linux by `make installer-windows` (build_windows.py), which
; passes the defines below. It packs the PyInstaller bundle dist/windows/ssclient/ into
; dist/ssclient-<version>-setup.exe:
;   - a Simplified Chinese wizard on Chinese Windows, English on any other;
;   - per user, without administrator rights, into %LOCALAPPDATA%\Programs\ssclient;
;   - a Start-menu entry and (optional, on by default) a desktop shortcut named 社会保险网上申报;
;   - an uninstaller in Windows' list of installed programs (per user: HKCU);
;   - an upgrade replaces the program in place; the user's data in %LOCALAPPDATA%\ssclient (platformdirs) is
;     never touched, by upgrades or by the uninstaller, which says so;
;   - it refuses Windows before 10 with a message, and asks the user to close a running ssclient.
; The installer is a 64-bit program (the bundle is 64-bit): 32-bit Windows refuses to start it with its own
; message, in the system's language, before anything is installed.
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION_NUMERIC=0.1.0.0 -DBUNDLE=dist/windows/ssclient \
;            -DOUTFILE=dist/ssclient-0.1.0-setup.exe -DICON=build/windows/ssclient.ico packaging/windows/ssclient.nsi

Unicode true
Target amd64-unicode
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}

!include MUI2.nsh
!include LogicLib.nsh
!include WinVer.nsh
!include FileFunc.nsh

!define APP_NAME "社会保险网上申报"
!define APP_KEY "ssclient"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define SETTINGS_KEY "Software\${APP_KEY}"
; Held by the running program (packaging/launcher.py); the installer and uninstaller look for it.
!define RUNNING_MUTEX "ssclient-6F1D2B7A-running"

; Authenticode signing of the uninstaller and the installer, when the maintainer configured a certificate
; (packaging/README.md, "Code signing"); build_windows.py passes SIGN then.
!ifdef SIGN
  !uninstfinalize '"${SIGN}" "%1"' = 0
  !finalize '"${SIGN}" "%1"' = 0
!endif

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_KEY}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
RequestExecutionLevel user
ShowInstDetails show
ShowUninstDetails show
BrandingText "ssclient ${VERSION}"

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME} (ssclient)"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} 安装程序 (setup)"
VIAddVersionKey /LANG=0 "LegalCopyright" "ssclient maintainers"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\ssclient.exe"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DataKept)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback; .onInit picks Chinese on any Chinese Windows, English elsewhere.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString OldWindows ${LANG_SIMPCHINESE} "${APP_NAME} 需要 64 位 Windows 10 或更新的版本。这台电脑的 Windows 版本太旧，未安装任何内容。$\r$\n$\r$\nThis program needs 64-bit Windows 10 or later; nothing was installed."
LangString OldWindows ${LANG_ENGLISH} "${APP_NAME} (Social Insurance Declaration) needs 64-bit Windows 10 or later; nothing was installed.$\r$\n$\r$\n${APP_NAME} 需要 64 位 Windows 10 或更新的版本，未安装任何内容。"
LangString CloseProgram ${LANG_SIMPCHINESE} "${APP_NAME} 正在运行。请先关闭它（保存您的工作），然后点击“重试”；点击“取消”退出。"
LangString CloseProgram ${LANG_ENGLISH} "${APP_NAME} (ssclient) is running. Close it first (save your work), then click Retry; Cancel stops here."
LangString DataKept ${LANG_SIMPCHINESE} "卸载只删除程序本身。您的数据（草稿、申报记录、设置和日志）保存在 $LOCALAPPDATA\${APP_KEY}，不会被删除；不再需要时可以手动删除该文件夹。"
LangString DataKept ${LANG_ENGLISH} "Uninstalling removes only the program. Your data (drafts, declarations, settings and logs) stays in $LOCALAPPDATA\${APP_KEY}; delete that folder yourself if you no longer need it."
LangString SectionProgram ${LANG_SIMPCHINESE} "${APP_NAME}（必需）"
LangString SectionProgram ${LANG_ENGLISH} "${APP_NAME} (required)"
LangString SectionDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"

!macro PICK_LANGUAGE
  ; GetUserDefaultUILanguage's primary language 0x04 is Chinese (zh-CN, zh-SG, zh-TW, zh-HK...).
  System::Call 'kernel32::GetUserDefaultUILanguage() i .r0'
  IntOp $0 $0 & 0x3FF
  ${If} $0 = 4
    StrCpy $LANGUAGE ${LANG_SIMPCHINESE}
  ${Else}
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}
!macroend

!macro WAIT_UNTIL_CLOSED
  ; Retry while the program runs; in a silent run (/S) the answer is Cancel: nothing changes, exit status 2.
  retry_closed:
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r0'
    ${If} $0 P<> 0
      System::Call 'kernel32::CloseHandle(p r0)'
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CloseProgram)" /SD IDCANCEL IDRETRY retry_closed
      ; Abort (not Quit): the uninstaller then reports 2 as well ("aborted by script").
      SetErrorLevel 2
      Abort
    ${EndIf}
!macroend

Function .onInit
  !insertmacro PICK_LANGUAGE
  ${WinVerGetMajor} $0
  ${If} $0 < 10
    MessageBox MB_OK|MB_ICONSTOP "$(OldWindows)" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  !insertmacro WAIT_UNTIL_CLOSED
FunctionEnd

Function un.onInit
  !insertmacro PICK_LANGUAGE
  !insertmacro WAIT_UNTIL_CLOSED
FunctionEnd

Section "$(SectionProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundle's library folder whole, so no file of an older version is left behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\ssclient.exe" "" "$INSTDIR\ssclient.exe" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\ssclient.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "ssclient maintainers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SectionDesktop)" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\ssclient.exe" "" "$INSTDIR\ssclient.exe" 0
SectionEnd

Section "Uninstall"
  DetailPrint "$(DataKept)"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\ssclient.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd
