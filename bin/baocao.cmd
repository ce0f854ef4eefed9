@echo off
rem Runs the baocao built in this folder (target\baocao.jar). Put this bin folder on your PATH to type
rem "baocao build" in any project folder.
if not exist "%~dp0..\target\baocao.jar" (
  echo baocao is not built yet: run  mvn -q -B package -DskipTests  in %~dp0.. 1>&2
  exit /b 2
)
java -Dfile.encoding=UTF-8 -jar "%~dp0..\target\baocao.jar" %*
