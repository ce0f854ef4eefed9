@echo off
rem Starts baocao: lib\baocao.jar of the portable archive, or target\baocao.jar in the source repository,
rem run by the first Java 17 or newer found: %JAVA_HOME%\bin\java.exe, then java.exe on the PATH.
rem Put this bin folder on your PATH to type "baocao build" in any project folder.
setlocal EnableDelayedExpansion
set "BAOCAO_HOME=%~dp0.."
set "BAOCAO_JAR=%BAOCAO_HOME%\lib\baocao.jar"
if not exist "%BAOCAO_JAR%" set "BAOCAO_JAR=%BAOCAO_HOME%\target\baocao.jar"
if not exist "%BAOCAO_JAR%" (
  echo baocao is not built yet: run  mvn -q -B package -DskipTests  in %BAOCAO_HOME% 1>&2
  exit /b 2
)

set "BAOCAO_JAVA="
set "BAOCAO_FOUND="
if defined JAVA_HOME call :try_java "%JAVA_HOME%\bin\java.exe"
if not defined BAOCAO_JAVA for %%j in (java.exe) do if not "%%~$PATH:j"=="" call :try_java "%%~$PATH:j"
if not defined BAOCAO_JAVA (
  echo baocao needs Java 17 or newer!BAOCAO_FOUND!; install it from https://adoptium.net or your package manager 1>&2
  exit /b 1
)

rem Made for a build of a few seconds: no optimising compiler to warm up, no parallel collector to start. The
rem preview runs for hours and renders again at every save, so it keeps the optimising compiler.
set "BAOCAO_FLAGS=-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="serve" set "BAOCAO_FLAGS=-Dfile.encoding=UTF-8 -XX:+UseSerialGC"
rem BAOCAO_JAVA_OPTS: more options for Java, e.g. -Xmx4g for a very large project.
"%BAOCAO_JAVA%" %BAOCAO_FLAGS% %BAOCAO_JAVA_OPTS% -jar "%BAOCAO_JAR%" %*
exit /b %ERRORLEVEL%

rem Sets BAOCAO_JAVA to %1 when it is Java 17 or newer; else notes the version found in BAOCAO_FOUND.
:try_java
if not exist "%~1" exit /b 0
set "BAOCAO_VERSION_FILE=%TEMP%\baocao-java-version-%RANDOM%.txt"
"%~1" -version 2> "%BAOCAO_VERSION_FILE%"
set "BAOCAO_VERSION="
rem The line reads e.g.  openjdk version "17.0.15" 2025-04-15  or  java version "1.8.0_392"
for /f "usebackq tokens=2,3" %%a in ("%BAOCAO_VERSION_FILE%") do if "%%a"=="version" set "BAOCAO_VERSION=%%~b"
del "%BAOCAO_VERSION_FILE%" 2> nul
if not defined BAOCAO_VERSION exit /b 0
rem "1.8.0_392" is Java 8.
for /f "tokens=1,2 delims=.-+_ " %%m in ("%BAOCAO_VERSION%") do (
  set "BAOCAO_MAJOR=%%m"
  if "%%m"=="1" set "BAOCAO_MAJOR=%%n"
)
if %BAOCAO_MAJOR% GEQ 17 (
  set "BAOCAO_JAVA=%~1"
) else (
  if not defined BAOCAO_FOUND set "BAOCAO_FOUND= (found Java %BAOCAO_MAJOR%: %~1)"
)
exit /b 0
