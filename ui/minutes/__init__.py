"""minutes"""
