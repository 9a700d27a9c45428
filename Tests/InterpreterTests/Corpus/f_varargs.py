def show(*args, **kw):
    return f'{args} {sorted(kw.items())}'
print(show(), show(1), show(1, x=2), show(*'ab', **{'k': 'v'}))
