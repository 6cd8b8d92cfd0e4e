@echo off
rem policydoc, the release for clerks, on Windows. A double-click (no arguments) publishes the
rem policies of this folder and keeps the window open to show the outcome; from a command prompt
rem it runs the command given, e.g. policydoc.cmd check. It needs Java 17 or later and nothing
rem else: no Maven, no network, no compilation. Every path is quoted, so the folder may be
rem anywhere, also under a name with spaces or an apostrophe.
rem
rem Memory: the program may use at most half of the computer's memory. To give it more or less,
rem set POLICYDOC_JAVA_OPTS first, for example: set POLICYDOC_JAVA_OPTS=-Xmx4g
setlocal
rem UTF-8 console, so that accented letters print correctly (this file is UTF-8 too).
chcp 65001 >nul
set "HERE=%~dp0"
set "JAR=%HERE%programma\policydoc.jar"

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "VERSIONS=%TEMP%\policydoc-java-%RANDOM%.txt"
"%JAVA%" -version 2>"%VERSIONS%"
if errorlevel 1 goto no_java

rem The line "... version "17.0.9" ..." gives the version; Java 8 and older count from "1.".
set "JV="
for /f "usebackq tokens=2,3" %%a in ("%VERSIONS%") do if /i "%%a"=="version" if not defined JV set "JV=%%~b"
del "%VERSIONS%" >nul 2>&1
set "MAJOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%JV%") do (
  set "MAJOR=%%a"
  if "%%a"=="1" set "MAJOR=%%b"
)
set /a "MAJOR=MAJOR+0" >nul 2>&1
if %MAJOR% LSS 17 goto old_java

rem The class-data archive is mapped where it was made, not copied and relocated at a random
rem address (what Java 17.0.x does by default: 0.15 s of page faults before the program starts).
set "OPTS=-XX:MaxRAMPercentage=50 -Djruby.native.enabled=false -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
rem Speed: builds and checks run with the C1 compiler only and the serial GC, which start fastest
rem and, on a small machine, also finish big batches sooner; the preview (serve) and bench keep
rem Java's default JIT, as every command does with POLICYDOC_JIT=full. Every run uses a class-data
rem archive made once by a training run that builds and checks the bundled policies in a
rem temporary folder: in programma\ when it is writable, otherwise in %LOCALAPPDATA%\policydoc.
rem Its name holds Java's version and the jar's size, so a new Java or a new release makes a new
rem one; Java ignores an archive that does not fit, so it never stops a run.
set "FAST=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djruby.compile.mode=OFF"
for %%F in ("%JAR%") do set "JARSIZE=%%~zF"
set "JSA=%HERE%programma\policydoc-%JV%-%JARSIZE%.jsa"
type nul 2>nul 1>"%HERE%programma\policydoc-prova.tmp"
if not exist "%HERE%programma\policydoc-prova.tmp" set "JSA=%LOCALAPPDATA%\policydoc\policydoc-%JV%-%JARSIZE%.jsa"
del "%HERE%programma\policydoc-prova.tmp" >nul 2>&1
if exist "%JSA%" goto archive_ready
echo policydoc: preparo l'avvio rapido del programma (solo la prima volta, qualche secondo)... 1>&2
"%JAVA%" %FAST% %OPTS% -XX:ArchiveClassesAtExit="%JSA%" -Dpolicydoc.home="%HERE%." %POLICYDOC_JAVA_OPTS% -cp "%JAR%" it.policydoc.cli.ClassArchiveTraining "%HERE%policies" "%JSA%" >nul 2>&1
rem Made or not, it is not tried again for this jar: an empty archive is ignored.
if not exist "%JSA%" type nul 2>nul 1>"%JSA%"
:archive_ready
if /i "%POLICYDOC_JIT%"=="full" set "FAST="
if /i "%~1"=="serve" set "FAST="
if /i "%~1"=="anteprima" set "FAST="
if /i "%~1"=="bench" set "FAST="
if /i "%~1"=="misura" set "FAST="

if "%~1"=="" goto double_click
call :run %*
exit /b %ERRORLEVEL%

:double_click
echo policydoc: pubblico le policy della cartella "%HERE%policies"...
echo.
call :run pubblica
set "RC=%ERRORLEVEL%"
echo.
if not "%RC%"=="0" (
  echo Il sito non è stato aggiornato: correggi i problemi indicati sopra e riprova.
) else (
  echo Fatto: il sito è nella cartella "%HERE%site".
)
pause
exit /b %RC%

:run
rem No parenthesised blocks here: a ")" in a path or an argument would end them.
"%JAVA%" %FAST% %OPTS% -XX:SharedArchiveFile="%JSA%" -Dpolicydoc.home="%HERE%." %POLICYDOC_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:no_java
del "%VERSIONS%" >nul 2>&1
echo policydoc: non trovo Java, che serve per far funzionare policydoc. 1>&2
echo Installa Java 17 o una versione più recente (basta il «runtime», per esempio Eclipse Temurin JRE 17) 1>&2
echo e riprova. Se Java è già installato, indica la sua cartella nella variabile JAVA_HOME. 1>&2
goto fail

:old_java
echo policydoc: la versione di Java trovata (%JV%) è troppo vecchia: serve Java 17 o più recente. 1>&2
echo Installa Java 17 o una versione più recente (per esempio Eclipse Temurin JRE 17) e riprova; 1>&2
echo se è già installata, indica la sua cartella nella variabile JAVA_HOME. 1>&2

:fail
if "%~1"=="" pause
exit /b 3
