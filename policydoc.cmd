@echo off
rem policydoc launcher for Windows: builds the jar on first use or when sources, templates or
rem the pom are newer than it, then runs it with the arguments given.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\policydoc.jar"
set "JSA=%HERE%target\policydoc.jsa"
if not exist "%JAR%" goto build
rem Paths reach PowerShell through the environment: an apostrophe in them would end a quoted string.
powershell -NoProfile -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; $n=Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:HERE 'src\main'),(Join-Path $env:HERE 'templates'),(Join-Path $env:HERE 'pom.xml') | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run
:build
echo policydoc: preparo il programma (solo la prima volta o dopo una modifica)... 1>&2
pushd "%HERE%"
call mvn -B -q -Dmaven.test.skip=true -Dassembly.skipAssembly=true -Dmaven.antrun.skip=true package 1>&2
set "RC=%ERRORLEVEL%"
popd
if not "%RC%"=="0" (
  echo policydoc: la preparazione del programma non e' riuscita ^(vedi i messaggi sopra^). 1>&2
  exit /b 3
)
if exist "%JSA%" del "%JSA%"
:run
rem UTF-8 console so that accented letters in messages print correctly.
chcp 65001 >nul
rem JRuby (the handbook) needs no native extensions; loading them costs half a second.
rem The heap may take half the machine's memory (set POLICYDOC_JAVA_OPTS=-Xmx4g gives more);
rem policies\ and site\ are this folder's when the current folder has no policies\ of its own.
set "ENC=-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Djruby.native.enabled=false -Dpolicydoc.home="%HERE%.""
rem One-shot runs start fastest with the C1 compiler and a class-data archive made by the first
rem run; bench and POLICYDOC_JIT=full keep the default JIT, faster on long batches.
if /i "%~1"=="bench" (
  java -Xmx1g %ENC% %POLICYDOC_JAVA_OPTS% -jar "%JAR%" %*
  exit /b %ERRORLEVEL%
)
if /i "%POLICYDOC_JIT%"=="full" (
  java -XX:MaxRAMPercentage=50 %ENC% %POLICYDOC_JAVA_OPTS% -jar "%JAR%" %*
  exit /b %ERRORLEVEL%
)
rem The class-data archive is mapped where it was made, not copied and relocated at a random
rem address (what Java 17.0.x does by default: 0.15 s of page faults before the program starts).
set "FAST=-XX:MaxRAMPercentage=50 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djruby.compile.mode=OFF -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
if exist "%JSA%" (
  java %FAST% -XX:SharedArchiveFile="%JSA%" %ENC% %POLICYDOC_JAVA_OPTS% -jar "%JAR%" %*
) else (
  java %FAST% -XX:ArchiveClassesAtExit="%JSA%" %ENC% %POLICYDOC_JAVA_OPTS% -jar "%JAR%" %*
)
exit /b %ERRORLEVEL%
