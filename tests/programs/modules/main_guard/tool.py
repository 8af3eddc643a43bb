def main():
    return "tool main ran"
if __name__ == "__main__":
    print("tool: run as script (not expected here)")
else:
    print("tool: imported as", __name__)
