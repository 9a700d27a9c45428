print(repr('naïve café'), repr('tab\there'), str(b'x' if False else 'y'), repr(''), repr("'"), repr('\\'))
