# interrupt: ready
i = 0
print("ready", flush=True)
while True:
    i += 1
