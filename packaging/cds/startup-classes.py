"""Counts, by library, the classes a -Xlog:class+load:file=LOG:uptime log shows loaded before WINDOW_MS.
usage: python3 startup-classes.py LOG WINDOW_MS   (packaging/cds/startup-classes.sh runs the app and calls it)"""
import sys,re,collections
win=float(sys.argv[2])/1000.0
pre=[];post=0
for line in open(sys.argv[1]):
    m=re.match(r'\[(\d+\.\d+)s\]\s*(?:\[info\]\[class,load\] )?(\S+) source: (.*)',line)
    if not m: continue
    t=float(m.group(1)); name=m.group(2)
    if t<=win: pre.append(name)
    else: post+=1
print("loaded before the window:",len(pre)," in the 3 s after:",post)
rules=[('org.easeback.ui.','org.easeback.ui'),('org.easeback.','org.easeback (not ui)'),('com.sun.javafx.','JavaFX com.sun.javafx'),('com.sun.prism.','JavaFX prism'),('com.sun.glass.','JavaFX glass'),('com.sun.scenario.','JavaFX scenario'),('com.sun.media.','JavaFX media (com.sun.media)'),('javafx.scene.media','JavaFX javafx.scene.media'),('javafx.scene.control','JavaFX javafx.scene.control'),('javafx.','JavaFX API, other'),('com.networknt.','json-schema-validator'),('com.ethlo.','itu (validator date-times)'),('org.yaml.','snakeyaml'),('com.fasterxml.jackson.dataformat.yaml','jackson-dataformat-yaml'),('com.fasterxml.jackson.','jackson core/databind'),('ch.qos.logback.','logback'),('org.slf4j.','slf4j'),('picocli.','picocli'),('atlantafx.','atlantafx'),('org.kordamp.ikonli.material2','ikonli material2 pack'),('org.kordamp.','ikonli core/javafx'),('java.lang.invoke.','JDK java.lang.invoke'),('java.','JDK java.*'),('jdk.','JDK jdk.*'),('sun.','JDK sun.*'),('javax.','JDK javax.*'),('com.sun.','JDK com.sun.*')]
def group(n):
    if '$$Lambda' in n or 'LambdaForm$' in n: return 'lambdas / LambdaForms (generated)'
    for p,g in rules:
        if n.startswith(p): return g
    return 'other: '+n.split('.')[0]
c=collections.Counter(group(n) for n in pre)
for g,k in c.most_common(30): print(f'{k:5d} {g}')
print('--- org.easeback by package')
for g,k in collections.Counter('.'.join(n.split('.')[:4]).split('$')[0] for n in pre if n.startswith('org.easeback.')).most_common(25): print(f'{k:5d} {g}')
print('--- JavaFX media / validator classes that load before the window (first few)')
for n in [n for n in pre if n.startswith(('com.sun.media','javafx.scene.media','com.networknt'))][:8]: print('   ',n)
