import warnings
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip this one")
warnings.warn("show this one")
warnings.warn("also skip me")
print("done")
