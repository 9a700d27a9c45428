log = []
try:
    log.append('try')
except Exception:
    log.append('except')
else:
    log.append('else')
finally:
    log.append('finally')
print(log)
