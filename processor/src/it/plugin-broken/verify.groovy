// The README's plug-in set-up: the finding comes from -Xplugin:Custody with annotation processing off.
def log = new File(basedir, 'build.log').text
def expected = ~/(?m)^\[ERROR\] .*consumer[\/\\]Broken\.java:\[14,5\] \[custody:use-after-move\] 'r' /
assert log =~ expected: "no [custody:use-after-move] error at Broken.java:[14,5] in build.log"
assert log.contains('BUILD FAILURE')
assert !log.contains('[custody:internal-error]')
// The plug-in's arguments reached it: the SARIF report names the finding.
def sarif = new File(basedir, 'target/custody.sarif')
assert sarif.isFile(): "no SARIF report at target/custody.sarif"
assert sarif.text.contains('use-after-move')
