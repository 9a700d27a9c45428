inventory = {'fruit': {'apple': 3}, 'veg': {}}
inventory['veg']['kale'] = 2
inventory.setdefault('nuts', {})['almond'] = 7
print(inventory, sum(len(v) for v in inventory.values()))
