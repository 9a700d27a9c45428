print('{:<8}|{:^8}|{:>8}'.format('l', 'c', 'r'), '{0:.3e}'.format(12345.678), '{name}={val:.1f}'.format(name='x', val=2.25))
