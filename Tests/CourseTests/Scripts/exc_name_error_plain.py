print(undefined_thing_xyz)
