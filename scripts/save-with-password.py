# Opens a .docx in LibreOffice and saves it again as .docx with a password (agile encryption).
import sys, time, subprocess, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

source, target, password = sys.argv[1:4]
office = subprocess.Popen(['soffice', '--headless', '--norestore', '-env:UserInstallation=file:///tmp/dx/lo-profile-pw',
                           '--accept=socket,host=localhost,port=2083;urp;'])
context = None
for _ in range(60):
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        context = resolver.resolve('uno:socket,host=localhost,port=2083;urp;StarOffice.ComponentContext')
        break
    except Exception:
        time.sleep(1)
desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
document.storeAsURL(uno.systemPathToFileUrl(target), (prop('FilterName', sys.argv[4]), prop('Password', password)))
document.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=30)
